// No broken internal links anywhere in dist/, and no reference to another host
// in what the pages load (scripts, styles, fonts, images).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./dist.ts";

let dist = "";
const pages: string[] = [];
beforeAll(() => {
  dist = ensureBuilt();
  for (const f of readdirSync(dist, { recursive: true, withFileTypes: true })) if (f.isFile() && f.name.endsWith(".html")) pages.push(join(f.parentPath, f.name));
});

const targetExists = (href: string): boolean => {
  const path = decodeURIComponent(href.split(/[?#]/)[0]!);
  const file = join(dist, path);
  return existsSync(file) && (!path.endsWith("/") || existsSync(join(file, "index.html")));
};

describe("built site", () => {
  it("has no broken internal links", () => {
    const broken: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page, "utf8");
      for (const m of html.matchAll(/\b(?:href|src)="([^"]+)"/g)) {
        let href = m[1]!.replace(/&amp;/g, "&");
        if (/^(?:https?:|mailto:|#|data:)/.test(href)) continue;
        if (!href.startsWith("/")) href = new URL(href, `http://x${page.slice(dist.length).replace(/index\.html$/, "")}`).pathname;
        if (!targetExists(href)) broken.push(`${page.slice(dist.length)} → ${m[1]}`);
      }
    }
    expect(pages.length).toBeGreaterThan(150);
    expect(broken).toEqual([]);
  });

  it("loads nothing from another host", () => {
    const external: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page, "utf8");
      for (const m of html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)="(https?:[^"]+)"/g)) {
        if (!/rel="(?:canonical|alternate)"/.test(m[0])) external.push(`${page.slice(dist.length)}: ${m[1]}`);
      }
    }
    const css = readdirSync(join(dist, "_astro")).filter((f) => f.endsWith(".css")).map((f) => readFileSync(join(dist, "_astro", f), "utf8"));
    for (const text of css) for (const m of text.matchAll(/url\((["']?)(https?:[^)"']+)\1\)/g)) external.push(`css: ${m[2]}`);
    expect(external).toEqual([]);
  });

  it("ships no script on paper pages", () => {
    const paper = pages.find((p) => p.includes("/papers/q-galore"))!;
    expect(readFileSync(paper, "utf8")).not.toMatch(/<script\b(?![^>]*type="application\/(?:ld\+)?json")/);
  });
});
