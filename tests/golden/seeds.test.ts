// Golden test over the real seed listings: every gold paper found, the
// extraction scored by the shared checker, and the output byte-identical twice.
import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { childEnv } from "../../scripts/lib/child-env.ts";

const root = join(import.meta.dirname, "../..");
const evalDir = join(root, "../shared/eval");

function ingestTo(
  out = mkdtempSync(join(tmpdir(), "papergraph-golden-")),
  sources = join(root, "content/sources"),
): string {
  execFileSync(process.execPath, [join(root, "scripts/ingest.ts"), "--sources", sources, "--out", out, "--quiet"], {
    stdio: "pipe",
    env: childEnv(),
  });
  return out;
}

const snapshot = (dir: string): Map<string, string> => {
  const files = new Map<string, string>();
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (f.isFile())
      files.set(join(f.parentPath, f.name).slice(dir.length), readFileSync(join(f.parentPath, f.name), "utf8"));
  }
  return files;
};

describe("seed listings", () => {
  const first = ingestTo();

  it("accounts for every entry: kept plus merged equals entries read", () => {
    const { summary } = JSON.parse(readFileSync(join(first, "report.json"), "utf8"));
    expect(summary.entries).toBe(166);
    expect(summary.kept + summary.merged).toBe(summary.entries);
    expect(summary.papers).toBe(summary.kept);
    expect(summary.skipped).toBe(0);
  });

  it("says how many names the mention weighing set aside: the ones the rules found and no page shows", () => {
    const { summary } = JSON.parse(readFileSync(join(first, "report.json"), "utf8"));
    const papers = JSON.parse(readFileSync(join(first, "papers.json"), "utf8")) as Array<{ mentions: unknown[] }>;
    const shown = papers.reduce((n, p) => n + p.mentions.length, 0);
    expect(summary.mentions.setAside).toBeGreaterThan(0);
    expect(summary.mentions.found - summary.mentions.setAside).toBe(shown);
    expect(readFileSync(join(first, "report.md"), "utf8")).toContain(`set ${summary.mentions.setAside} of them aside`);
  });

  it.skipIf(!readdirSync(join(root, "..")).includes("shared"))(
    "meets the extraction targets on the labelled papers",
    () => {
      const out = execFileSync(
        process.execPath,
        [
          join(evalDir, "check.mjs"),
          "--gold",
          join(evalDir, "seeds-dev-gold.json"),
          "--papers",
          join(first, "papers.json"),
          "--json",
        ],
        { encoding: "utf8" },
      );
      const result = JSON.parse(out);
      expect(result.found).toBe(result.gold);
      expect(result.scores.links.f1).toBe(1);
      expect(result.exact).toEqual({ authors: 1, date: 1, upvotes: 1, truncated: 1 });
      expect(result.scores.methods.f1).toBeGreaterThanOrEqual(0.9);
      expect(result.scores.mentions.f1).toBeGreaterThanOrEqual(0.75);
      expect(result.scores.concepts.f1).toBeGreaterThanOrEqual(0.85);
    },
  );

  it("does no work again for unchanged sources, and redoes it when one changes", () => {
    const sources = mkdtempSync(join(tmpdir(), "papergraph-sources-"));
    cpSync(join(root, "content/sources"), sources, { recursive: true });
    const out = ingestTo(undefined, sources);
    const run = () =>
      execFileSync(process.execPath, [join(root, "scripts/ingest.ts"), "--sources", sources, "--out", out], {
        encoding: "utf8",
        env: childEnv(),
      });
    expect(run()).toContain("nothing to do");
    appendFileSync(
      join(sources, "000_b7dd5680c81e05bf.txt"),
      "\n\nA New Paper Title\n\nA new abstract arrives in the listing. It has two sentences.\n\n" +
        "  • 2 authors\n·\nJan 3, 2024\n",
    );
    expect(run()).toMatch(/ingest: 151 papers/);
  });

  it("removes the pages of papers that are gone and leaves unchanged pages unwritten", () => {
    const out = ingestTo();
    const pages = join(out, "papers");
    writeFileSync(join(pages, "a-paper-no-listing-holds.mdx"), "---\n{}\n---\n");
    const before = new Map(readdirSync(pages).map((f) => [f, statSync(join(pages, f)).mtimeMs]));
    execFileSync(
      process.execPath,
      [join(root, "scripts/ingest.ts"), "--sources", join(root, "content/sources"), "--out", out, "--quiet", "--force"],
      { stdio: "pipe", env: childEnv() },
    );
    const after = readdirSync(pages);
    expect(after).not.toContain("a-paper-no-listing-holds.mdx");
    expect(after.length).toBe(150);
    for (const f of after) expect(statSync(join(pages, f)).mtimeMs, f).toBe(before.get(f));
  });

  it("is deterministic: a second ingest writes byte-identical files", () => {
    const a = snapshot(first);
    const b = snapshot(ingestTo());
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, text] of a) expect(b.get(name), name).toBe(text);
  });
});
