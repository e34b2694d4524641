// The real listings of ../shared/corpus/real-ml (thousands of real arXiv
// papers in both layouts): nothing lost, nothing glued, dates that hold.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { PaperRecord } from "../../src/record/schema.ts";

const root = join(import.meta.dirname, "../..");
const corpus = join(root, "../shared/corpus/real-ml");
const out = mkdtempSync(join(tmpdir(), "papergraph-real-"));

let papers: PaperRecord[] = [];
let report: { summary: { entries: number; kept: number; merged: number; skipped: number }; items: unknown[] };

/** The aggregator files' own structure, read without the parser: entries set apart by two blank lines. */
function aggregatorGroups(): Array<{ file: string; title: string; authors: string }> {
  const groups = [];
  for (const file of readdirSync(corpus).filter((f) => f.startsWith("a"))) {
    const text = readFileSync(join(corpus, file), "utf8");
    // The first group is the page's header.
    for (const group of text.split(/\n[ \t]*\n[ \t]*\n+/).slice(1)) {
      const [title = "", authors = ""] = group.split(/\n[ \t]*\n/).map((b) => b.trim().replace(/\s+/g, " "));
      if (title) groups.push({ file, title, authors });
    }
  }
  return groups;
}

beforeAll(() => {
  execFileSync(process.execPath, [join(root, "scripts/ingest.ts"), "--sources", corpus, "--out", out, "--quiet"], {
    stdio: "pipe",
  });
  papers = JSON.parse(readFileSync(join(out, "papers.json"), "utf8"));
  report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"));
}, 120_000);

describe.skipIf(!existsSync(corpus))("the real corpus", () => {
  it("accounts for every entry, and skips none", () => {
    expect(report.summary.entries).toBe(3451);
    expect(report.summary.kept + report.summary.merged).toBe(report.summary.entries);
    expect(papers).toHaveLength(report.summary.kept);
    expect(report.summary.skipped).toBe(0);
  });

  it("keeps every aggregator entry as a paper of its own title", () => {
    const titles = new Set(papers.map((p) => p.title));
    const lost = aggregatorGroups().filter((g) => !titles.has(g.title));
    expect(lost.map((g) => `${g.file}: ${g.title}`)).toEqual([]);
  });

  it("glues no entry's title or author line into another paper's abstract", () => {
    const groups = aggregatorGroups();
    const glued = papers.flatMap((p) =>
      groups
        .filter((g) => g.title !== p.title && (p.abstract.includes(g.title) || p.abstract.includes(g.authors)))
        .map((g) => `${p.id} holds "${g.title}"`),
    );
    expect(glued).toEqual([]);
  });

  it("dates no paper after the listings' capture (2 July 2026, the date their pages show)", () => {
    const late = papers.filter((p) => p.date !== null && p.date > "2026-07-02").map((p) => `${p.id} ${p.date}`);
    expect(late).toEqual([]);
    expect(papers.filter((p) => p.dateInferred).length).toBeGreaterThan(1000);
  });

  // A method introduced in these listings (2025-26) and used by more than 1% of
  // them would be rare; a name taken as introduced by several papers, or by one
  // that only uses it, made fan-ins of ~290 here before.
  it("lets no paper be built upon by more than 1% of the collection", () => {
    const fanIn = Math.max(...papers.map((p) => p.builtUponBy.length));
    expect(fanIn).toBeLessThanOrEqual(Math.ceil(papers.length / 100));
    const edges = papers.reduce((n, p) => n + p.buildsOn.length, 0);
    expect(edges).toBeLessThan(papers.length / 10);
  });
});
