// npm run ingest -- [--sources DIR] [--out DIR] [--notes DIR] [--strict]
// Without flags: reads content/sources/ and writes where the site reads
// (src/data/ and src/content/papers/). With --out DIR: DIR/papers.json, the
// other data files, and the MDX pages in DIR/papers/.
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ingest } from "../src/pipeline.ts";
import { formatItem } from "../src/report/report.ts";
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
    quiet: { type: "boolean", default: false },
  },
});

const started = performance.now();
const sources = resolve(values.sources ?? join(root, "content/sources"));
const dataDir = values.out ? resolve(values.out) : join(root, "src/data");
const mdxDir = values.out ? join(dataDir, "papers") : join(root, "src/content/papers");
try {
  const result = ingest({
    sources,
    vocabulary: resolve(values.vocabulary ?? join(root, "content/vocabulary/concepts.json")),
    lexicon: resolve(values.lexicon ?? join(root, "content/vocabulary/lexicon.json")),
  });
  writeOutputs(result, { dataDir, mdxDir, notesDir: resolve(values.notes ?? join(root, "content/notes")) });
  const problems = result.report.filter((r) => r.kind === "error" || r.kind === "skipped");
  for (const p of problems) console.error(formatItem(p));
  const ms = Math.round(performance.now() - started);
  if (!values.quiet) console.log(`ingest: ${result.papers.length} papers from ${result.listings.length} sources in ${ms} ms; ${problems.length} skipped or failed; report: ${join(dataDir, "report.md")}`);
  if (values.strict && problems.length > 0) process.exit(1);
} catch (error) {
  console.error(`ingest failed: ${(error as Error).message}`);
  process.exit(2);
}
