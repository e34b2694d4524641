// The built seed site for browser tests: built if missing, served on
// 127.0.0.1, with its papers.json and methods.json, and Debian's Chromium
// (when installed). Each test file starts one in beforeAll and stops it in afterAll.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { hasChromium, launch } from "../../scripts/lib/chromium.ts";
import { serve } from "../../scripts/lib/serve.ts";
import { ensureBuilt, root } from "../site/dist.ts";

export interface ServedSite<P, M> {
  site: Awaited<ReturnType<typeof serve>>;
  /** Undefined when Chromium is not installed (the browser tests are skipped then). */
  browser: Browser | undefined;
  papers: P[];
  methods: M[];
}

export async function startSite<P, M>(): Promise<ServedSite<P, M>> {
  const dist = ensureBuilt();
  const read = (name: string) => JSON.parse(readFileSync(join(root, "src/data", name), "utf8"));
  return {
    papers: read("papers.json") as P[],
    methods: read("methods.json") as M[],
    site: await serve(dist),
    browser: hasChromium ? await launch() : undefined,
  };
}

export async function stopSite(served: { site?: { close(): Promise<void> }; browser?: Browser }): Promise<void> {
  await served.browser?.close();
  await served.site?.close();
}
