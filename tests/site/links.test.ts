// No broken internal links anywhere in dist/, and no reference to another host
// in what the pages load (scripts, styles, fonts, images).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { assert, beforeAll, describe, expect, it } from "vitest";
import { brokenLinks, htmlFiles } from "./check-links.ts";
import { ensureBuilt } from "./dist.ts";

let dist = "";
let pages: string[] = [];
beforeAll(() => {
  dist = ensureBuilt();
  pages = htmlFiles(dist);
});

describe("built site", () => {
  it("has no broken internal links", () => {
    expect(pages.length).toBeGreaterThan(150);
    expect(brokenLinks(dist, pages)).toEqual([]);
  });

  it("loads nothing from another host", () => {
    const external: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page, "utf8");
      for (const m of html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)="(https?:[^"]+)"/g)) {
        if (!/rel="(?:canonical|alternate)"/.test(m[0])) external.push(`${page.slice(dist.length)}: ${m[1]}`);
      }
    }
    const css = readdirSync(join(dist, "_astro"))
      .filter((f) => f.endsWith(".css"))
      .map((f) => readFileSync(join(dist, "_astro", f), "utf8"));
    for (const text of css)
      for (const m of text.matchAll(/url\((["']?)(https?:[^)"']+)\1\)/g)) external.push(`css: ${m[2]}`);
    expect(external).toEqual([]);
  });

  it("ships paper pages with no script but the header's own (theme, search keys), under 2 KB in all", () => {
    const paper = pages.find((p) => p.includes("/papers/q-galore"));
    assert(paper, "a page for Q-GaLore");
    const html = readFileSync(paper, "utf8");
    let bytes = 0;
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const [, attributes = "", body = ""] = m;
      if (/type="application\/(?:ld\+)?json"/.test(attributes)) continue;
      const src = /src="([^"]+)"/.exec(attributes)?.[1];
      bytes += src ? readFileSync(join(dist, src), "utf8").length : body.length;
    }
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(2048);
  });
});
