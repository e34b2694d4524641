// The ingest report: for every source, every entry accounted for (kept,
// merged, repaired, skipped) with file:line, and the counts that must add up.
import type { ListingResult } from "../parse/listing.ts";
import type { ReportItem } from "../types.ts";

export interface SourceSummary {
  file: string;
  layout: string | null;
  entries: number;
  kept: number;
  merged: number;
  repaired: number;
  skipped: number;
  errors: number;
  captureYear: number | null;
  captureYearInferred: boolean;
}

export interface Summary {
  papers: number;
  entries: number;
  kept: number;
  merged: number;
  skipped: number;
  errors: number;
  sources: SourceSummary[];
  /** The names of other work the mention rules found, and how many of them the learned weighing set aside. */
  mentions: { found: number; setAside: number };
}

export function summarize(
  listings: ListingResult[],
  report: ReportItem[],
  papers: number,
  mentions: Summary["mentions"] = { found: 0, setAside: 0 },
): Summary {
  const sources = listings.map((l) => {
    const mine = report.filter((r) => r.file === l.file);
    const n = (kind: ReportItem["kind"]) => mine.filter((r) => r.kind === kind).length;
    return {
      file: l.file,
      layout: l.layout,
      entries: l.entries.length,
      kept: n("kept"),
      merged: n("merged"),
      repaired: n("repaired"),
      skipped: n("skipped"),
      errors: n("error"),
      captureYear: l.captureYear,
      captureYearInferred: l.captureYearInferred,
    };
  });
  const sum = (k: "entries" | "kept" | "merged" | "skipped") => sources.reduce((s, x) => s + x[k], 0);
  return {
    papers,
    entries: sum("entries"),
    kept: sum("kept"),
    merged: sum("merged"),
    skipped: sum("skipped"),
    errors: report.filter((r) => r.kind === "error").length,
    sources,
    mentions,
  };
}

// A bibliography's dates carry their years: no capture year is needed for it.
const DATED = new Set<string>(["bibtex", "csl-json", "arxiv-atom"]);
const captureYearText = (s: SourceSummary): string =>
  s.captureYear === null
    ? DATED.has(s.layout ?? "")
      ? "not needed"
      : "unknown"
    : `${s.captureYear}${s.captureYearInferred ? " (inferred)" : ""}`;

export function renderReport(summary: Summary, items: ReportItem[]): string {
  const lines = [
    "# Ingest report",
    "",
    `${summary.entries} entries read from ${summary.sources.length} sources: ${summary.kept} kept as papers, ` +
      `${summary.merged} merged into another entry's paper; ${summary.skipped} blocks skipped; ` +
      `${summary.errors} errors. ${summary.papers} papers.`,
    "",
    // (The weighing drops names, never entries: a reader who misses a name on a page learns why here.)
    `The mention rules found ${summary.mentions.found} names of other work in the papers; the learned weighing ` +
      `(src/extract/mention-weights.json) set ${summary.mentions.setAside} of them aside as unlikely names.`,
    "",
    "| source | layout | entries | kept | merged | repaired | skipped | errors | capture year |",
    "|---|---|---|---|---|---|---|---|---|",
    ...summary.sources.map(
      (s) =>
        `| ${s.file} | ${s.layout ?? "unknown"} | ${s.entries} | ${s.kept} | ${s.merged} | ${s.repaired} | ` +
        `${s.skipped} | ${s.errors} | ${captureYearText(s)} |`,
    ),
    "",
    "## Entries",
    "",
    ...items.map((r) => `- ${r.kind} ${r.file}:${r.line}: ${r.message.replace(/\n/g, " ")}`),
    "",
  ];
  return lines.join("\n");
}
