// A site built from hostile and broken listings: it builds, runs no script from
// content, shows payloads as text, accounts for every entry, keeps notes, and
// builds byte-identically twice.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, assert, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../e2e/axe.ts";
import { hasChromium, launch, watchedPage } from "../../scripts/lib/chromium.ts";
import { childEnv } from "../../scripts/lib/child-env.ts";
import { root } from "../site/dist.ts";
import { serve } from "../../scripts/lib/serve.ts";
import { PAYLOADS, writeHostileSources } from "./hostile-listings.ts";

const work = mkdtempSync(join(tmpdir(), "papergraph-hostile-"));
const sources = join(work, "sources");
const data = join(work, "data");
const notes = join(work, "notes");
const node = process.execPath;

function ingest(...extra: string[]) {
  return spawnSync(
    node,
    [join(root, "scripts/ingest.ts"), "--sources", sources, "--out", data, "--notes", notes, "--quiet", ...extra],
    { encoding: "utf8", env: childEnv() },
  );
}

// Vitest's own variables (BASE_URL, MODE, NODE_ENV, …) must not reach a real build.
function buildSite(outDir: string): void {
  const env = childEnv({
    PAPERGRAPH_DATA: data,
    PAPERGRAPH_PAGES: join(data, "papers"),
    PAPERGRAPH_NOTES: notes,
    PAPERGRAPH_CACHE: join(data, ".astro"),
  });
  execFileSync(join(root, "node_modules/.bin/astro"), ["build", "--outDir", outDir], { cwd: root, env, stdio: "pipe" });
  execFileSync(join(root, "node_modules/.bin/pagefind"), ["--site", outDir], { cwd: root, env, stdio: "pipe" });
}

let expected = 0;
beforeAll(() => {
  ({ expectedPapers: expected } = writeHostileSources(sources));
  mkdirSync(notes, { recursive: true });
  writeFileSync(join(notes, "a-complete-entry.md"), "My note: **check** the <b>appendix</b> and {this}.\n");
  writeFileSync(join(notes, "a-paper-that-is-gone.md"), "An orphaned note.\n");
});

describe("hostile and broken listings", () => {
  it("ingests what can be read, names every problem with file and line, and fails only when strict", () => {
    const loose = ingest();
    expect(loose.status).toBe(0);
    // vfile-reporter: the file, then each failure as line:column, severity, message.
    expect(loose.stderr).toMatch(/binary\.txt\n\s*1:1\s+error\s+binary file/);
    expect(loose.stderr).toMatch(/empty\.txt\n\s*1:1\s+error\s+empty listing/);
    expect(loose.stderr).toMatch(/notes\.txt\n\s*\d+:1\s+error\s+unknown layout/);
    expect(ingest("--strict").status).toBe(1);
  });

  it("accounts for every entry of every source", () => {
    ingest();
    const { summary, items } = JSON.parse(readFileSync(join(data, "report.json"), "utf8"));
    const papers = JSON.parse(readFileSync(join(data, "papers.json"), "utf8"));
    expect(papers).toHaveLength(expected);
    for (const s of summary.sources) expect(s.kept + s.merged, s.file).toBe(s.entries);
    expect(summary.kept).toBe(papers.length);
    // "Same-Title!" into "Same Title"; the BibTeX preprint into the feed's entry with its arXiv id.
    const merged = items.filter((i: { kind: string }) => i.kind === "merged");
    expect(merged.map((m: { into: string }) => m.into).sort()).toEqual([
      "a-year-only-preprint-as-arxiv-spells-it",
      expect.stringMatching(/^same-title-/),
    ]);
    expect(
      items.some(
        (i: { kind: string; file: string; message: string }) =>
          i.kind === "error" && i.file.endsWith("a-paper-that-is-gone.md"),
      ),
    ).toBe(true);
    expect(readdirSync(notes)).toContain("a-paper-that-is-gone.md");
  });

  it("keeps odd text whole: long titles, huge abstracts, scripts of all kinds", () => {
    ingest();
    const papers: Array<{ id: string; title: string; abstract: string }> = JSON.parse(
      readFileSync(join(data, "papers.json"), "utf8"),
    );
    const long = papers.find((p) => p.title.startsWith("A very very"));
    assert(long, "the long title is a paper");
    expect(long.title.length).toBeGreaterThan(380);
    expect(long.id.length).toBeLessThanOrEqual(80);
    expect(papers.find((p) => p.title === "A Paper With A Huge Abstract")?.abstract.length).toBeGreaterThan(100_000);
    expect(papers.map((p) => p.title)).toEqual(
      expect.arrayContaining([
        "深度学习中的低秩训练",
        "تدريب منخفض الرتبة للنماذج",
        "Emoji 🚀 and zerowidth and softhyphen",
        "Graph",
      ]),
    );
    for (const p of papers) expect(p.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe.skipIf(!hasChromium)("site built from hostile listings, in Chromium", () => {
  let out = "";
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serve>>;
  let papers: Array<{ id: string; title: string }>;

  beforeAll(async () => {
    ingest();
    papers = JSON.parse(readFileSync(join(data, "papers.json"), "utf8"));
    out = join(work, "dist-a");
    buildSite(out);
    site = await serve(out);
    browser = await launch();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it("runs no script from content and shows every payload as text", async () => {
    for (const [i, payload] of PAYLOADS.entries()) {
      const paper = papers.find((p) => p.title.startsWith(`Payload ${i}:`));
      assert(paper, `payload ${i} is a paper`);
      const { page, errors } = await watchedPage(browser, site.url);
      await page.goto(`${site.url}/papers/${paper.id}/`);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), payload).toBeUndefined();
      const text = (await page.locator("main").innerText()).replace(/\s+/g, " ");
      expect(text, payload).toContain(payload.replace(/\s+/g, " ").replace(/^\$\$(.*)\$\$.*$/, "display math"));
      expect(
        await page.locator('a[href^="javascript:"], a[href^="data:"], main script, main iframe').count(),
        payload,
      ).toBe(0);
      expect(errors, payload).toEqual([]);
      await page.context().close();
    }
  });

  it("has a page for every paper, titles whole, however odd", async () => {
    for (const p of papers) {
      const res = await fetch(`${site.url}/papers/${p.id}/`);
      // Attributes may hold ">" (the search's plain title): they are read as quoted values.
      const h1 = /<h1(?:\s+[\w-]+(?:="[^"]*")?)*\s*>([\s\S]*?)<\/h1>/.exec(await res.text())?.[1]?.trim() ?? "";
      const text = h1
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, "&");
      expect(res.status, p.id).toBe(200);
      expect(text, p.id).toBe(p.title);
    }
  });

  it("shows the researcher's note, as Markdown and safely", async () => {
    const { page } = await watchedPage(browser, site.url);
    await page.goto(`${site.url}/papers/a-complete-entry/`);
    const note = page.locator("section", { has: page.locator("h2#notes") });
    await expect(note.locator("strong").textContent()).resolves.toBe("check");
    expect(await note.innerText()).toContain("{this}");
  });

  it("has no serious or critical accessibility violations on any page type", async () => {
    const paths = [
      "/",
      "/papers/",
      `/papers/${papers[0]?.id}/`,
      "/methods/",
      "/concepts/",
      "/graph/",
      "/search/",
      "/no-such-page/",
    ];
    for (const path of paths) {
      const { page } = await watchedPage(browser, site.url);
      await page.goto(`${site.url}${path}`, { waitUntil: "networkidle" });
      expect(await axeViolations(page), path).toEqual([]);
      await page.context().close();
    }
  });

  it("builds byte-identically twice", () => {
    const again = join(work, "dist-b");
    buildSite(again);
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((f) => f.isFile())
        .map((f) => join(f.parentPath, f.name).slice(dir.length))
        .sort();
    expect(files(again)).toEqual(files(out));
    const differ = files(out).filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join(again, f))));
    expect(differ).toEqual([]);
  }, 240_000);
});
