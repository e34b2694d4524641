// npm run ingest -- [options]   (--help lists them)
// Without flags: reads content/sources/ and writes where the site reads
// (src/data/ and src/content/papers/). With --out DIR: DIR/papers.json, the
// other data files, and the MDX pages in DIR/papers/.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { INGEST_USAGE, parseIngestArgs } from "../src/cli/ingest-options.ts";
import { listSources } from "../src/parse/sources.ts";
import type { VFile } from "vfile";
import { reporter } from "vfile-reporter";
import { failed, filesOf } from "../src/report/messages.ts";
import type { ReportItem } from "../src/types.ts";
import { inputDigest, recordDigest, upToDate } from "../src/write/cache.ts";

const root = resolve(import.meta.dirname, "..");
const args = parseIngestArgs(process.argv.slice(2));
if (args.kind === "help") {
  console.log(INGEST_USAGE);
  process.exit(0);
}
if (args.kind === "error") {
  console.error(`ingest: ${args.message} (npm run ingest -- --help lists the options)`);
  process.exit(2);
}
const values = args.flags;

const started = performance.now();
const sources = resolve(values.sources ?? join(root, "content/sources"));
const dataDir = values.out ? resolve(values.out) : join(root, "src/data");
const mdxDir = values.out ? join(dataDir, "papers") : join(root, "src/content/papers");
const vocabulary = resolve(values.vocabulary ?? join(root, "content/vocabulary/concepts.json"));
const lexicon = resolve(values.lexicon ?? join(root, "content/vocabulary/lexicon.json"));
const notesDir = resolve(values.notes ?? join(root, "content/notes"));
if (!existsSync(sources) || !statSync(sources).isDirectory()) {
  console.error(`ingest: ${sources}: no such folder of listings`);
  process.exit(2);
}
if (listSources(sources).length === 0) {
  // Nothing to read is almost always a wrong path: an error under --strict,
  // a warning otherwise (an empty site is still built).
  console.error(`ingest: ${values.strict ? "error" : "warning"}: ${sources} holds no listing files`);
  if (values.strict) process.exit(1);
}
try {
  // The ingest code is part of the input: a new extractor must redo the work.
  const code = ["parse", "merge", "extract", "graph", "mdx", "write", "report", "record"].map((d) =>
    join(root, "src", d),
  );
  const digest = inputDigest({
    files: [vocabulary, lexicon, join(root, "src/pipeline.ts"), join(root, "src/types.ts")],
    dirs: [sources, notesDir, ...code],
    base: root,
  });
  const outputs = ["papers.json", "methods.json", "concepts.json", "graph.json", "report.json"].map((f) =>
    join(dataDir, f),
  );
  if (!values.force && upToDate(dataDir, digest, [...outputs, mdxDir])) {
    const { summary, items } = JSON.parse(readFileSync(join(dataDir, "report.json"), "utf8")) as {
      summary: { papers: number; skipped: number; errors: number };
      items: ReportItem[];
    };
    printFailures(filesOf(items));
    if (!values.quiet)
      console.log(
        `ingest: sources unchanged since the last run (${summary.papers} papers); nothing to do (--force to redo)`,
      );
    if (values.strict && summary.skipped + summary.errors > 0) process.exit(1);
    process.exit(0);
  }
  // The pipeline is loaded only when there is work: a run with nothing to do
  // (the dev server's on every note saved) starts without it.
  const [{ ingest }, { writeOutputs }] = await Promise.all([
    import("../src/pipeline.ts"),
    import("../src/write/export.ts"),
  ]);
  const result = ingest({ sources, vocabulary, lexicon, notes: notesDir });
  writeOutputs(result, { dataDir, mdxDir });
  recordDigest(dataDir, digest);
  const problems = result.report.filter((r) => r.kind === "error" || r.kind === "skipped");
  printFailures(result.files);
  const ms = Math.round(performance.now() - started);
  if (!values.quiet)
    console.log(
      `ingest: ${result.papers.length} papers from ${result.listings.length} sources in ${ms} ms; ` +
        `${problems.length} skipped or failed; report: ${join(dataDir, "report.md")}`,
    );
  if (values.strict && problems.length > 0) process.exit(1);
} catch (error) {
  console.error(`ingest failed: ${(error as Error).message}`);
  process.exit(2);
}

/** Errors and skipped text, by file and line (the report has every entry). */
function printFailures(files: VFile[]): void {
  const withFailures = failed(files);
  if (withFailures.length > 0) console.error(reporter(withFailures, { silent: true }));
}
