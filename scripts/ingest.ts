// npm run ingest -- [--sources DIR] [--out DIR] [--notes DIR] [--strict]
// Without flags: reads content/sources/ and writes where the site reads
// (src/data/ and src/content/papers/). With --out DIR: DIR/papers.json, the
// other data files, and the MDX pages in DIR/papers/.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ingest } from "../src/pipeline.ts";
import { formatItem } from "../src/report/report.ts";
import type { ReportItem } from "../src/types.ts";
import { inputDigest, recordDigest, upToDate } from "../src/write/cache.ts";
import { writeOutputs } from "../src/write/export.ts";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    sources: { type: "string" },
    out: { type: "string" },
    vocabulary: { type: "string" },
    lexicon: { type: "string" },
    notes: { type: "string" },
    strict: { type: "boolean", default: false },
    force: { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
  },
});

const started = performance.now();
const sources = resolve(values.sources ?? join(root, "content/sources"));
const dataDir = values.out ? resolve(values.out) : join(root, "src/data");
const mdxDir = values.out ? join(dataDir, "papers") : join(root, "src/content/papers");
const vocabulary = resolve(values.vocabulary ?? join(root, "content/vocabulary/concepts.json"));
const lexicon = resolve(values.lexicon ?? join(root, "content/vocabulary/lexicon.json"));
const notesDir = resolve(values.notes ?? join(root, "content/notes"));
try {
  // The ingest code is part of the input: a new extractor must redo the work.
  const code = ["parse", "merge", "extract", "graph", "mdx", "write", "report"].map((d) => join(root, "src", d));
  const digest = inputDigest({ files: [vocabulary, lexicon, join(root, "src/pipeline.ts"), join(root, "src/types.ts")], dirs: [sources, notesDir, ...code], base: root });
  const outputs = ["papers.json", "methods.json", "concepts.json", "graph.json", "report.json"].map((f) => join(dataDir, f));
  if (!values.force && upToDate(dataDir, digest, [...outputs, mdxDir])) {
    const { summary, items } = JSON.parse(readFileSync(join(dataDir, "report.json"), "utf8")) as { summary: { papers: number; skipped: number; errors: number }; items: ReportItem[] };
    for (const p of items.filter((r) => r.kind === "error" || r.kind === "skipped")) console.error(formatItem(p));
    if (!values.quiet) console.log(`ingest: sources unchanged since the last run (${summary.papers} papers); nothing to do (--force to redo)`);
    if (values.strict && summary.skipped + summary.errors > 0) process.exit(1);
    process.exit(0);
  }
  const result = ingest({ sources, vocabulary, lexicon });
  writeOutputs(result, { dataDir, mdxDir, notesDir });
  recordDigest(dataDir, digest);
  const problems = result.report.filter((r) => r.kind === "error" || r.kind === "skipped");
  for (const p of problems) console.error(formatItem(p));
  const ms = Math.round(performance.now() - started);
  if (!values.quiet) console.log(`ingest: ${result.papers.length} papers from ${result.listings.length} sources in ${ms} ms; ${problems.length} skipped or failed; report: ${join(dataDir, "report.md")}`);
  if (values.strict && problems.length > 0) process.exit(1);
} catch (error) {
  console.error(`ingest failed: ${(error as Error).message}`);
  process.exit(2);
}
