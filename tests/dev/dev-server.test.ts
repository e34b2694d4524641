// `npm run dev`: the dev server answers on 127.0.0.1, and a note written or
// edited while a paper's page is open shows on that page without a manual reload.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import type { Browser, Page } from "playwright-core";
import { afterAll, assert, beforeAll, describe, expect, it } from "vitest";
import { childEnv } from "../../scripts/lib/child-env.ts";
import { hasChromium, launch, watchedPage } from "../../scripts/lib/chromium.ts";

const root = join(import.meta.dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "papergraph-dev-"));
const notes = join(work, "notes");
const data = join(work, "data");
let server: ChildProcess;
let origin = "";
let log = "";
let browser: Browser;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  mkdirSync(notes);
  const port = await freePort();
  server = spawn(process.execPath, [join(root, "scripts/dev.ts")], {
    cwd: root,
    env: childEnv({
      PORT: String(port),
      PAPERGRAPH_NOTES: notes,
      PAPERGRAPH_DATA: data,
      PAPERGRAPH_PAGES: join(data, "papers"),
      PAPERGRAPH_CACHE: join(work, "astro-cache"),
    }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk: Buffer) => (log += stripVTControlCharacters(String(chunk))));
  server.stderr?.on("data", (chunk: Buffer) => (log += stripVTControlCharacters(String(chunk))));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dev server did not start:\n${log}`)), 90_000);
    server.stdout?.on("data", () => {
      if (/Local\s+http:\/\/127\.0\.0\.1:\d+/.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on("exit", (code) => reject(new Error(`dev server exited (${code}):\n${log}`)));
  });
  origin = `http://127.0.0.1:${port}`;
  if (hasChromium) browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.kill("SIGTERM");
});

/**
 * Saves a note and waits for the open page to show it, without navigating.
 * A save made while the server is still settling its watchers (just after it
 * starts, on a loaded machine) can go unseen: like a writer, it saves again.
 */
async function writeUntilShown(page: Page, path: string, text: string, expected: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    writeFileSync(path, text);
    const shown = await page
      .waitForFunction((t) => document.body.textContent?.includes(t), expected, { timeout: 12_000 })
      .then(() => true)
      .catch(() => false);
    if (shown) return;
  }
  throw new Error(`the page never showed "${expected}"; dev server log:\n${log.slice(-3000)}`);
}

describe("npm run dev", () => {
  it("ingests first, then serves the site on 127.0.0.1", async () => {
    expect(log).toMatch(/ingest: \d+ papers from \d+ sources/);
    const home = await fetch(`${origin}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("Papergraph");
  });

  it.skipIf(!hasChromium)(
    "shows a note written while the paper's page is open",
    async () => {
      const papers = JSON.parse(readFileSync(join(data, "papers.json"), "utf8")) as Array<{ id: string }>;
      const [first] = papers;
      assert(first, "the dev ingest wrote no paper");
      const id = first.id;
      const { page } = await watchedPage(browser, origin);
      await page.goto(`${origin}/papers/${id}/`);
      expect(await page.locator("#notes").count()).toBe(0);
      await writeUntilShown(page, join(notes, `${id}.md`), "First thought: check **the appendix**.\n", "First thought");
      expect(await page.locator("section[aria-labelledby=notes] strong").first().textContent()).toBe("the appendix");
      await writeUntilShown(page, join(notes, `${id}.md`), "Second thought: the bound is loose.\n", "Second thought");
      expect(await page.textContent("body")).not.toContain("First thought");
    },
    90_000,
  );
});
