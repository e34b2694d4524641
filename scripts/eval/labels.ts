// The hand labels the extraction is scored and trained on, and their two fixed halves: "tune" (rules and learned
// weights may be read and fitted against it) and "held-out" (never read; its score is the honest one). A paper's half
// follows from a hash of its title, so the split is the same on every machine and for every run.
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";

export const root = resolve(import.meta.dirname, "../..");
export const evalDir = join(root, "../shared/eval");

/** The label files: the shared seeds and real-paper labels, and the project's own blind labels of real papers. */
export const LABEL_FILES = [
  join(evalDir, "seeds-dev-gold.json"),
  join(evalDir, "real-dev-gold.json"),
  // 1,800 more real papers, labelled blind to the extractor by the same conventions: they hold the extraction
  // fields only (no authors, date or upvotes).
  join(import.meta.dirname, "real-blind-gold.json"),
];

/** A title as the checker matches it. */
export const titleKey = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, "");
/** A name as the checker matches it. */
export const nameKey = (n: string): string => n.toLowerCase().replace(/[\s\-_.()'’]+/g, "");

export type Half = "tune" | "held-out";
export const half = (title: string): Half =>
  (createHash("sha256").update(titleKey(title)).digest()[0] ?? 0) % 2 === 0 ? "tune" : "held-out";
