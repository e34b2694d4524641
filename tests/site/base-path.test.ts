// The site hosted under a sub-path, at a configured origin: every internal link
// stays inside the sub-path, and the sitemap, the feed, robots.txt and the
// canonical links use the origin. Without an origin (the default build), none of
// them points anywhere local.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { childEnv } from "../../scripts/lib/child-env.ts";
import { ensureBuilt, root } from "./dist.ts";
import { brokenLinks, htmlFiles } from "./check-links.ts";

const ORIGIN = "https://example.org";
const BASE = "/research/papers/";

describe("base path and origin", () => {
  it("builds under /research/papers/ with no link leaving it, and every absolute address at the origin", () => {
    ensureBuilt(); // the ingest output the build reads
    const out = mkdtempSync(join(tmpdir(), "papergraph-base-"));
    execFileSync(join(root, "node_modules/.bin/astro"), ["build", "--outDir", out], {
      cwd: root,
      env: childEnv({ PAPERGRAPH_BASE: BASE, PAPERGRAPH_SITE: ORIGIN }),
      stdio: "pipe",
    });
    execFileSync(join(root, "node_modules/.bin/pagefind"), ["--site", out], { cwd: root, stdio: "pipe" });
    const pages = htmlFiles(out);
    expect(pages.length).toBeGreaterThan(150);
    const broken = brokenLinks(out, pages, BASE);
    expect(broken.length, broken.slice(0, 5).join("\n")).toBe(0);

    const papers = JSON.parse(readFileSync(join(root, "src/data/papers.json"), "utf8")) as Array<{ id: string }>;
    const feed = readFileSync(join(out, "feed.xml"), "utf8");
    expect(XMLValidator.validate(feed)).toBe(true);
    const items = new XMLParser().parse(feed).rss.channel.item as Array<{ link: string }>;
    expect(items).toHaveLength(papers.length);
    expect(new Set(items.map((i) => i.link))).toEqual(new Set(papers.map((p) => `${ORIGIN}${BASE}papers/${p.id}/`)));

    const sitemap = readFileSync(join(out, "sitemap-0.xml"), "utf8");
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? "");
    expect(locs.length).toBeGreaterThan(150);
    for (const loc of locs) expect(loc.startsWith(`${ORIGIN}${BASE}`), loc).toBe(true);
    expect(readFileSync(join(out, "robots.txt"), "utf8")).toContain(`Sitemap: ${ORIGIN}${BASE}sitemap-index.xml`);
    const paper = readFileSync(join(out, "papers", papers[0]?.id ?? "", "index.html"), "utf8");
    expect(paper).toContain(`<link rel="canonical" href="${ORIGIN}${BASE}papers/${papers[0]?.id}/"`);
    expect(paper).toContain('<meta property="og:type" content="article"');
  }, 180_000);

  it("writes no local address into a build without an origin, and no sitemap or feed that would need one", () => {
    const dist = ensureBuilt();
    for (const file of htmlFiles(dist)) expect(readFileSync(file, "utf8"), file).not.toContain("127.0.0.1");
    expect(existsSync(join(dist, "feed.xml"))).toBe(false);
    expect(existsSync(join(dist, "sitemap-index.xml"))).toBe(false);
    expect(readFileSync(join(dist, "robots.txt"), "utf8")).toBe("User-agent: *\nAllow: /\n");
  });
});
