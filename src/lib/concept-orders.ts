// The two orders a concept's papers can be read in.
import type { PaperRecord } from "../write/export.ts";
import { paperById, type ConceptEntry } from "./data.ts";

export const ORDERS = [
  { id: "by-date", label: "date", sort: (a: PaperRecord, b: PaperRecord) => (b.date ?? "").localeCompare(a.date ?? "") || a.id.localeCompare(b.id) },
  {
    id: "by-upvotes",
    label: "upvotes",
    sort: (a: PaperRecord, b: PaperRecord) => (b.upvotes ?? -1) - (a.upvotes ?? -1) || (b.date ?? "").localeCompare(a.date ?? "") || a.id.localeCompare(b.id),
  },
] as const;

export type OrderId = (typeof ORDERS)[number]["id"];

export function conceptPapers(concept: ConceptEntry, order: OrderId): PaperRecord[] {
  const list = concept.papers.map((id) => paperById.get(id)!).filter(Boolean);
  return list.sort(ORDERS.find((o) => o.id === order)!.sort);
}
