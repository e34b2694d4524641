// A paper page edited by hand with more than Markdown (an MDX expression) is
// left by the content loader to Astro's MDX integration and still built; the
// pages the ingest wrote are rendered at content sync. Both end up on the site.
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { childEnv } from "../../scripts/lib/child-env.ts";
import { root } from "./dist.ts";

describe("a hand-edited MDX page", () => {
  it("is built by Astro's MDX integration, beside the pages rendered at content sync", () => {
    const work = mkdtempSync(join(tmpdir(), "papergraph-mdx-"));
    const data = join(work, "data");
    const pages = join(data, "papers");
    execFileSync(process.execPath, [join(root, "scripts/ingest.ts"), "--out", data, "--quiet"], { env: childEnv() });
    const [edited, other] = readdirSync(pages).sort();
    if (!edited || !other) throw new Error("the seed ingest wrote fewer than two pages");
    appendFileSync(join(pages, edited), "\nThe answer is {40 + 2}, worked out by MDX.\n");
    const out = join(work, "dist");
    const env = childEnv({ PAPERGRAPH_DATA: data, PAPERGRAPH_PAGES: pages, PAPERGRAPH_CACHE: join(work, ".astro") });
    execFileSync(join(root, "node_modules/.bin/astro"), ["build", "--outDir", out], { cwd: root, env, stdio: "pipe" });
    const page = (file: string) => readFileSync(join(out, "papers", file.replace(/\.mdx$/, ""), "index.html"), "utf8");
    expect(page(edited)).toContain("The answer is 42, worked out by MDX.");
    const firstWords = readFileSync(join(pages, other), "utf8").split("\n---\n")[1]?.trim().split(/\s+/).slice(0, 3);
    expect(firstWords?.length).toBe(3);
    expect(page(other)).toContain(firstWords?.join(" "));
  });
});
