// The hand labels the extraction is scored and trained on, and their two fixed halves: "tune" (rules may be read
// against it and weights fitted to it) and "held-out" (its labels are never read; its score is the honest one). A
// paper's half follows from a hash of its title, so the split is the same on every machine and for every run.
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";

export const root = resolve(import.meta.dirname, "../..");
export const evalDir = join(root, "../shared/eval");

/** A label file and the kind of collection its papers come from: the seeds' small one or the real corpus. */
export interface LabelFile {
  path: string;
  kind: "seeds" | "real";
}

export const LABEL_FILES: readonly LabelFile[] = [
  { path: join(evalDir, "seeds-dev-gold.json"), kind: "seeds" },
  { path: join(evalDir, "real-dev-gold.json"), kind: "real" },
  // 1,920 more real papers, labelled blind to the extractor by the same conventions: they hold the extraction
  // fields only (no authors, date or upvotes).
  { path: join(import.meta.dirname, "real-blind-gold.json"), kind: "real" },
];

/** A title as the checker matches it. */
export const titleKey = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, "");
/** A name as the checker matches it (not the extraction's own `nameKey`). */
export const checkerNameKey = (n: string): string => n.toLowerCase().replace(/[\s\-_.()'’]+/g, "");

export type Half = "tune" | "held-out";
export const half = (title: string): Half =>
  (createHash("sha256").update(titleKey(title)).digest()[0] ?? 0) % 2 === 0 ? "tune" : "held-out";

/** Of several collections (each with its papers' titles), the one that holds most of the labelled papers. */
export function holdingMost<T>(
  collections: readonly T[],
  titlesOf: (c: T) => ReadonlySet<string>,
  labels: ReadonlyArray<{ title: string }>,
): T {
  const held = (c: T) => labels.filter((l) => titlesOf(c).has(titleKey(l.title))).length;
  const first = collections[0];
  if (first === undefined) throw new Error("no collection to score the labels on");
  return collections.reduce((a, b) => (held(b) > held(a) ? b : a), first);
}
