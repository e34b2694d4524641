// A paper's page in the built seed site, as a researcher uses it: where to find
// the paper, how to cite it (BibTeX read back by a real parser), the collection's
// papers.bib, a description cut at a word, and provenance out of the way.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "@retorquere/bibtex-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { plainText } from "../../src/record/math-text.ts";
import { ensureBuilt, root } from "./dist.ts";

type Paper = { id: string; title: string; links: Array<{ url: string; kind: string }>; abstract: string };
let dist: string;
let papers: Paper[];
const page = (id: string) => readFileSync(join(dist, "papers", id, "index.html"), "utf8");
const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

beforeAll(() => {
  dist = ensureBuilt();
  papers = JSON.parse(readFileSync(join(root, "src/data/papers.json"), "utf8"));
});

describe("a paper's page", () => {
  it("links to the paper's own links first, then to searches for its title on arXiv and the scholar engines", () => {
    const paper = papers.find((p) => p.links.length > 0);
    if (!paper) throw new Error("no seed paper with a link");
    const html = page(paper.id);
    const section = html.slice(html.indexOf('id="find-cite"'));
    const hrefs = [...section.matchAll(/<a href="([^"]+)"/g)].map((m) => decode(m[1] ?? ""));
    expect(hrefs[0]).toBe(paper.links[0]?.url);
    const title = encodeURIComponent(paper.title.replace(/\$/g, ""));
    expect(hrefs.some((h) => h.startsWith("https://arxiv.org/search/") && h.includes(title.slice(0, 20)))).toBe(true);
    expect(hrefs.some((h) => h.startsWith("https://www.semanticscholar.org/search?q="))).toBe(true);
    expect(hrefs.some((h) => h.startsWith("https://scholar.google.com/scholar?q="))).toBe(true);
  });

  it("shows a BibTeX entry, readable without script, that a BibTeX parser reads with the paper's title", () => {
    for (const paper of papers.slice(0, 20)) {
      const html = page(paper.id);
      const pre = /<pre class="bibtex"[^>]*><code>([\s\S]*?)<\/code><\/pre>/.exec(html)?.[1];
      expect(pre, paper.id).toBeDefined();
      const library = parse(decode(pre ?? ""), { sentenceCase: false });
      expect(library.errors, paper.id).toEqual([]);
      expect(library.entries).toHaveLength(1);
      const words = paper.title.split(/\s+/).filter((w) => /^[A-Za-z-]{4,}$/.test(w));
      for (const w of words) expect(library.entries[0]?.fields.title, paper.id).toContain(w);
    }
  });

  it("is described by its abstract cut at a word, and keeps its sources in a closed section", () => {
    for (const paper of papers.slice(0, 40)) {
      const html = page(paper.id);
      const description = decode(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? "");
      expect(description.length).toBeLessThanOrEqual(160);
      if (description.endsWith("…")) {
        const kept = description.slice(0, -1);
        const next = plainText(paper.abstract)
          .replace(/\s+/g, " ")
          .trim()
          .slice(kept.length, kept.length + 1);
        expect(/[\p{L}\p{N}]/u.test(next) && /[\p{L}\p{N}]$/u.test(kept), `${paper.id}: "${description}"`).toBe(false);
      }
      expect(html).toMatch(/<details class="provenance"[^>]*><summary>Sources<\/summary>/);
    }
  });
});

describe("data/papers.bib", () => {
  it("holds one entry per paper, with distinct keys, and parses without an error", () => {
    const library = parse(readFileSync(join(dist, "data/papers.bib"), "utf8"), { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(papers.length);
    expect(new Set(library.entries.map((e) => e.key)).size).toBe(papers.length);
  });
});

describe("the papers a paper's page lists", () => {
  it("lists each paper once, under its strongest relation", () => {
    for (const paper of papers) {
      const html = page(paper.id);
      // The lists of papers: Builds on, Built upon by, Related.
      const lists = [...html.matchAll(/<ul class="card-list"[^>]*>([\s\S]*?)<\/ul>/g)].map((m) => m[1] ?? "").join("");
      const listed = [...lists.matchAll(/<h3[^>]*>\s*<a href="[^"]*\/papers\/([^/"]+)\/"/g)].map((m) => m[1]);
      expect(new Set(listed).size, paper.id).toBe(listed.length);
    }
  });
});

describe("a method's page", () => {
  it("leads with what the method is: its long form and the introducing paper's sentence naming it", () => {
    const methods = JSON.parse(readFileSync(join(root, "src/data/methods.json"), "utf8")) as Array<{
      slug: string;
      definition: string | null;
      longForm: string | null;
      introducedBy: string[];
    }>;
    const defined = methods.filter((m) => m.definition !== null);
    const introduced = methods.filter((m) => m.introducedBy.length > 0);
    // Most introduced methods are named in a sentence of their paper's abstract.
    expect(defined.length).toBeGreaterThan(0.8 * introduced.length);
    for (const m of defined.slice(0, 30)) {
      const html = readFileSync(join(dist, "methods", m.slug, "index.html"), "utf8");
      const lead = html.slice(html.indexOf("<h1"), html.indexOf('id="introduced"'));
      expect(decode(lead), m.slug).toContain(m.definition?.slice(0, 40));
      if (m.longForm) expect(decode(lead), m.slug).toContain(m.longForm);
    }
  });
});

describe("KaTeX's style sheet", () => {
  it("is loaded by the pages whose abstract holds math, and only by them", () => {
    const sheets = (html: string) =>
      [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1] ?? "");
    const katex = (html: string) =>
      sheets(html).some((href) => readFileSync(join(dist, href), "utf8").includes(".katex-display"));
    let withMath = 0;
    for (const paper of papers) {
      const html = page(paper.id);
      const math = html.includes('class="katex"');
      if (math) withMath++;
      expect(katex(html), paper.id).toBe(math);
    }
    expect(withMath).toBeGreaterThan(0);
  });
});
