// Writes what ingest produced: one MDX page per paper, the data export
// (papers.json, methods.json, concepts.json, graph.json) and the report.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildGraph } from "../graph/graph.ts";
import { buildMethodIndex, type MethodEntry } from "../graph/methods.ts";
import { paperTree, type MethodLink } from "../mdx/paper-tree.ts";
import { toMdx } from "../mdx/stringify.ts";
import type { IngestResult } from "../pipeline.ts";
import type { Paper } from "../types.ts";
import { renderReport, summarize } from "../report/report.ts";

export interface WriteOptions {
  dataDir: string;
  mdxDir: string;
  /** Hand-written notes per paper (`<slug>.md`), checked for orphans. */
  notesDir?: string;
}

// Compact: at 10,000 papers indented JSON is nearly twice the size to write,
// read and download.
const json = (value: unknown) => `${JSON.stringify(value)}\n`;

/** The exported record: the fields tools read, in a fixed order. */
export function exportRecord(p: Paper, methods: Map<string, MethodEntry>) {
  return {
    id: p.id,
    title: p.title,
    abstract: p.abstract,
    authors: p.authors,
    orgLine: p.orgLine,
    date: p.date,
    dateText: p.dateText,
    dateInferred: p.dateInferred,
    upvotes: p.upvotes,
    venue: p.venue,
    links: p.links,
    methods: p.methods.map((m) => ({ ...m, slug: methods.get(m.key)?.slug ?? null })),
    mentions: p.mentions.map((m) => ({ ...m, slug: methods.get(m.key)?.slug ?? null })),
    concepts: p.concepts,
    sources: p.sources,
    buildsOn: p.buildsOn,
    builtUponBy: p.builtUponBy,
    related: p.related,
    truncated: p.truncated,
  };
}
export type PaperRecord = ReturnType<typeof exportRecord>;

function writeIfChanged(path: string, text: string): void {
  if (existsSync(path) && readFileSync(path, "utf8") === text) return;
  writeFileSync(path, text);
}

export interface WriteTimings {
  /** Method index, graph and its layout. */
  graphMs: number;
  /** MDX trees, stringify and every file written. */
  writeMs: number;
}

export function writeOutputs(result: IngestResult, options: WriteOptions): WriteTimings {
  const started = performance.now();
  const methods = buildMethodIndex(result.papers);
  const byKey = new Map(methods.map((m) => [m.key, m]));
  const graph = buildGraph(result.papers, methods, result.vocabulary.concepts);
  const graphMs = performance.now() - started;
  const records = result.papers.map((p) => exportRecord(p, byKey));

  mkdirSync(options.dataDir, { recursive: true });
  const conceptCounts = result.vocabulary.concepts.map((c) => ({
    ...c,
    papers: result.papers.filter((p) => p.concepts.some((x) => x.id === c.id)).map((p) => p.id),
  }));
  const report = result.report.slice();
  if (options.notesDir && existsSync(options.notesDir)) {
    const ids = new Set(result.papers.map((p) => p.id));
    for (const note of readdirSync(options.notesDir)
      .filter((f) => f.endsWith(".md"))
      .sort()) {
      const id = note.replace(/\.md$/, "");
      if (!ids.has(id))
        report.push({
          kind: "error",
          file: join(options.notesDir, note),
          line: 1,
          message: `note for "${id}", which is no longer a paper; the note is kept, not shown`,
        });
    }
  }
  const summary = summarize(result.listings, report, result.papers.length);
  writeIfChanged(join(options.dataDir, "papers.json"), json(records));
  writeIfChanged(join(options.dataDir, "methods.json"), json(methods));
  writeIfChanged(join(options.dataDir, "concepts.json"), json(conceptCounts));
  writeIfChanged(join(options.dataDir, "graph.json"), json(graph));
  writeIfChanged(join(options.dataDir, "report.json"), json({ summary, items: report }));
  writeIfChanged(join(options.dataDir, "report.md"), renderReport(summary, report));

  // The MDX folder is generated whole: pages of papers that are gone go too.
  // A page whose text is unchanged is not rewritten: after a new listing most
  // pages come out the same, and rewriting thousands of files is the slow part.
  mkdirSync(options.mdxDir, { recursive: true });
  const ids = new Set(result.papers.map((p) => `${p.id}.mdx`));
  for (const f of readdirSync(options.mdxDir))
    if (!ids.has(f)) rmSync(join(options.mdxDir, f), { recursive: true, force: true });
  for (const [i, p] of result.papers.entries()) {
    const links: MethodLink[] = [...p.methods, ...p.mentions]
      .map((m) => byKey.get(m.key))
      .filter((m) => m !== undefined)
      .flatMap((m) => [m.name, ...m.variants].map((name) => ({ name, href: `../../methods/${m.slug}/` })));
    const tree = paperTree(p, records[i]!, links);
    writeIfChanged(join(options.mdxDir, `${p.id}.mdx`), toMdx(tree));
  }
  return { graphMs, writeMs: performance.now() - started - graphMs };
}
