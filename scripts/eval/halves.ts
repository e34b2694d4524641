// npm run eval -- --papers SEEDS/papers.json --papers REAL/papers.json [--gold FILE ...] [--verbose tune]
// Scores an ingest's papers.json against the hand labels in ../shared/eval with
// the shared checker, on two fixed halves of each label file: "tune" (rules
// may be read and adjusted against it) and "held-out" (never read; its score
// is the honest one). A paper's half follows from a hash of its title, so the
// split is the same on every machine and for every run.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { evalDir, half, holdingMost, LABEL_FILES, titleKey } from "./labels.ts";

const { values } = parseArgs({
  options: {
    papers: { type: "string", multiple: true },
    gold: { type: "string", multiple: true },
    verbose: { type: "string" },
  },
});
if (!values.papers?.length) {
  console.error("eval: --papers DIR/papers.json is required (once per ingest: the seeds, the real corpus)");
  process.exit(2);
}
const exports = values.papers.map((path) => ({
  path: resolve(path),
  titles: new Set((JSON.parse(readFileSync(path, "utf8")) as Array<{ title: string }>).map((p) => titleKey(p.title))),
}));
const golds = values.gold ?? LABEL_FILES.map((f) => f.path);

const work = mkdtempSync(join(tmpdir(), "papergraph-eval-"));
for (const gold of golds) {
  const labels = JSON.parse(readFileSync(gold, "utf8")) as Array<{ title: string }>;
  // The export that holds most of these papers is the one they are scored on.
  const papers = holdingMost(exports, (e) => e.titles, labels).path;
  for (const part of ["tune", "held-out"] as const) {
    const file = join(work, `${part}-${basename(gold)}`);
    const mine = labels.filter((l) => half(l.title) === part);
    // Labels without metadata are scored on the extraction fields only: the checker
    // compares authors, date and upvotes with the export's own, which says nothing.
    const extractionOnly = mine.every((l) => !("authors" in l));
    const byTitle = new Map(
      (JSON.parse(readFileSync(papers, "utf8")) as Array<Record<string, unknown> & { title: string }>).map((p) => [
        titleKey(p.title),
        p,
      ]),
    );
    const filled = extractionOnly
      ? mine.map((l) => {
          const p = byTitle.get(titleKey(l.title));
          return { ...l, authors: p?.authors ?? null, date: p?.date ?? null, upvotes: p?.upvotes ?? null };
        })
      : mine;
    writeFileSync(file, JSON.stringify(filled));
    const args = [join(evalDir, "check.mjs"), "--gold", file, "--papers", papers];
    const verbose = values.verbose === part;
    const out = execFileSync(process.execPath, verbose ? [...args, "--verbose"] : args, { encoding: "utf8" });
    let summary = (out.trim().split("\n").at(-1) ?? "").replace(/^summary: /, "");
    if (extractionOnly) summary = summary.replace(/ authors \S+ date \S+ upvotes \S+/, "");
    console.log(`${basename(gold, ".json")} ${part} (${mine.length}): ${summary}`);
    if (verbose) console.log(out);
  }
}
