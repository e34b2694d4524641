// Writes what ingest built: the data files (papers.json, methods.json,
// concepts.json, graph.json), the report, and one MDX page per paper. Nothing
// is computed here: a file whose text is unchanged is left alone, and the pages
// of papers that are gone are removed.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { IngestResult } from "../pipeline.ts";
import { renderReport } from "../report/report.ts";

export interface WriteOptions {
  dataDir: string;
  mdxDir: string;
}

// Compact: at 10,000 papers indented JSON is nearly twice the size to write,
// read and download.
const json = (value: unknown) => `${JSON.stringify(value)}\n`;

function writeIfChanged(path: string, text: string): void {
  if (existsSync(path) && readFileSync(path, "utf8") === text) return;
  writeFileSync(path, text);
}

export function writeOutputs(result: IngestResult, options: WriteOptions): void {
  mkdirSync(options.dataDir, { recursive: true });
  writeIfChanged(join(options.dataDir, "papers.json"), json(result.papers));
  writeIfChanged(join(options.dataDir, "methods.json"), json(result.methods));
  writeIfChanged(join(options.dataDir, "concepts.json"), json(result.concepts));
  writeIfChanged(join(options.dataDir, "graph.json"), json(result.graph));
  writeIfChanged(join(options.dataDir, "report.json"), json({ summary: result.summary, items: result.report }));
  writeIfChanged(join(options.dataDir, "report.md"), renderReport(result.summary, result.report));

  // After a new listing most pages come out the same, and rewriting thousands
  // of files is the slow part.
  mkdirSync(options.mdxDir, { recursive: true });
  const pages = new Set(result.pages.map((p) => `${p.id}.mdx`));
  for (const f of readdirSync(options.mdxDir)) {
    if (!pages.has(f)) rmSync(join(options.mdxDir, f), { recursive: true, force: true });
  }
  for (const page of result.pages) writeIfChanged(join(options.mdxDir, `${page.id}.mdx`), page.mdx);
}
