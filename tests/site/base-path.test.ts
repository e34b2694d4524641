// The site hosted under a sub-path: every internal link stays inside it.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { childEnv } from "../../scripts/lib/child-env.ts";
import { ensureBuilt, root } from "./dist.ts";
import { brokenLinks, htmlFiles } from "./check-links.ts";

describe("base path", () => {
  it("builds under /research/papers/ with no link leaving it", () => {
    ensureBuilt(); // the ingest output the build reads
    const out = mkdtempSync(join(tmpdir(), "papergraph-base-"));
    execFileSync(join(root, "node_modules/.bin/astro"), ["build", "--outDir", out], {
      cwd: root,
      env: childEnv({ PAPERGRAPH_BASE: "/research/papers/" }),
      stdio: "pipe",
    });
    execFileSync(join(root, "node_modules/.bin/pagefind"), ["--site", out], { cwd: root, stdio: "pipe" });
    const pages = htmlFiles(out);
    expect(pages.length).toBeGreaterThan(150);
    const broken = brokenLinks(out, pages, "/research/papers/");
    expect(broken.length, broken.slice(0, 5).join("\n")).toBe(0);
  }, 180_000);
});
