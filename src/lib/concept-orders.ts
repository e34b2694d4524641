// The two orders a concept's papers can be read in.
import type { PaperRecord } from "../record/schema.ts";
import { paperById, type ConceptEntry } from "./data.ts";

export const ORDERS = [
  {
    id: "by-date",
    label: "date",
    sort: (a: PaperRecord, b: PaperRecord) => (b.date ?? "").localeCompare(a.date ?? "") || a.id.localeCompare(b.id),
  },
  {
    id: "by-upvotes",
    label: "upvotes",
    sort: (a: PaperRecord, b: PaperRecord) =>
      (b.upvotes ?? -1) - (a.upvotes ?? -1) || (b.date ?? "").localeCompare(a.date ?? "") || a.id.localeCompare(b.id),
  },
] as const;

export type Order = (typeof ORDERS)[number];
export type OrderId = Order["id"];

// A concept's list is paged: sorted once, read by each of its pages.
const sorted = new Map<string, PaperRecord[]>();

export function conceptPapers(concept: ConceptEntry, order: Order): PaperRecord[] {
  const key = `${concept.id}\0${order.id}`;
  let list = sorted.get(key);
  if (!list) {
    list = concept.papers
      .map((id) => paperById.get(id))
      .filter((p) => p !== undefined)
      .sort(order.sort);
    sorted.set(key, list);
  }
  return list;
}
