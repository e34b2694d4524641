// Build-time access to the ingest output and site URLs that respect the base path.
import conceptsJson from "../data/concepts.json";
import graphJson from "../data/graph.json";
import methodsJson from "../data/methods.json";
import papersJson from "../data/papers.json";
import reportJson from "../data/report.json";
import type { Graph } from "../graph/graph.ts";
import type { MethodEntry } from "../graph/methods.ts";
import type { Concept } from "../extract/concepts.ts";
import type { PaperRecord } from "../write/export.ts";

export type ConceptEntry = Concept & { papers: string[] };

export const papers = papersJson as unknown as PaperRecord[];
export const methods = methodsJson as unknown as MethodEntry[];
export const concepts = (conceptsJson as unknown as ConceptEntry[]).filter((c) => c.papers.length > 0);
export const allConcepts = conceptsJson as unknown as ConceptEntry[];
export const graph = graphJson as unknown as Graph;
export const report = reportJson as { summary: { papers: number; entries: number } };

export const paperById = new Map(papers.map((p) => [p.id, p]));
export const methodBySlug = new Map(methods.map((m) => [m.slug, m]));
export const conceptById = new Map(allConcepts.map((c) => [c.id, c]));

/** A site path under the configured base ("papers/x/" → "/base/papers/x/"). */
export function url(path = ""): string {
  const base = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return `${base}${path.replace(/^\//, "")}`;
}

export function authorsText(p: PaperRecord): string {
  if (Array.isArray(p.authors)) return p.authors.map((a) => a.split(", ").reverse().join(" ")).join(", ");
  if (typeof p.authors === "number") return `${p.authors} author${p.authors === 1 ? "" : "s"}`;
  return p.orgLine ?? "Authors unknown";
}

export function dateText(p: PaperRecord): string {
  if (!p.date) return p.dateText ?? "Date unknown";
  const d = new Date(`${p.date}T00:00:00Z`);
  const text = d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  return p.dateInferred ? `${text} (year inferred)` : text;
}

export const byDateDesc = (a: PaperRecord, b: PaperRecord) => (b.date ?? "").localeCompare(a.date ?? "") || a.id.localeCompare(b.id);
