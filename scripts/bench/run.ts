// npm run bench [-- --sizes seeds,real,2000,10000] [--quick] [--write]
// Builds the seeds, the real corpus (../shared/corpus/real-ml, ~3,300 real
// papers) and synthetic collections of each size, and prints what it measured:
// ingest, graph layout, astro build (time, peak memory), search index, bytes
// shipped per page type, and in Chromium the graph, panning and search.
// --quick: the seed listings and 2,000 papers, for use during development.
// Then rebuilds as `npm run build` runs them, at the largest synthetic size:
// from nothing cached, with no input changed, and after one listing is added.
// --write: also writes BENCHMARKS.md.
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { ingest } from "../../src/pipeline.ts";
import { writeOutputs } from "../../src/write/export.ts";
import { hubMembership } from "../../src/graph/layout.ts";
import { serve } from "../lib/serve.ts";
import { hasChromium, launch } from "../lib/chromium.ts";
import { childEnv } from "../lib/child-env.ts";
import { generateCorpus, seedEntries } from "./generate.ts";

const root = resolve(import.meta.dirname, "../..");
const { values } = parseArgs({
  options: {
    sizes: { type: "string" },
    quick: { type: "boolean", default: false },
    write: { type: "boolean", default: false },
    work: { type: "string", default: join(root, ".cache/bench") },
  },
});
const realCorpus = join(root, "../shared/corpus/real-ml");
const defaultSizes = ["seeds", ...(existsSync(realCorpus) ? ["real"] : []), "2000", "10000"];
const sizes = values.sizes?.split(",") ?? (values.quick ? ["seeds", "2000"] : defaultSizes);

interface Row {
  size: string;
  papers: number;
  ingestMs: number;
  computeMs: number;
  extractMs: number;
  graphMs: number;
  pagesMs: number;
  writeMs: number;
  reingestMs: number;
  /** Builds-on edges, the most papers that build on one paper, and papers with no concept: truth figures. */
  buildsOn: number;
  maxFanIn: number;
  noConcept: number;
  /** Share of papers with a concept whose nearest hub in the layout is one of their own. */
  hubShare: number;
  buildMs: number;
  buildPeakMb: number | null;
  indexMs: number;
  indexKb: number;
  pages: Record<string, { html: number; js: number; css: number; total: number }>;
  graphReadyMs?: number;
  /** The graph page's own scripts at its first frame: bytes, and the share of them not run yet. */
  graphScript?: { kb: number; unused: number };
  /** Of the median load: code run, data read, graph created (ms after navigation). */
  graphSteps?: { code: number; data: number; created: number };
  panFrameMs?: { mean: number; p95: number };
  zoomedPapers?: number;
  panZoomedFrameMs?: { mean: number; p95: number };
  searchMs?: number;
  searchKb?: number;
  searchWarmMs?: number;
  searchTypedMs?: number;
  searchArrivalMs?: number;
  totalBuildMs: number;
}

const kb = (n: number) => Math.round(n / 102.4) / 10;
const ms = (n: number) => Math.round(n);

/** Runs a command, returning wall time and (where GNU time exists) peak memory. */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv): { ms: number; peakMb: number | null } {
  const gnuTime = existsSync("/usr/bin/time");
  const started = performance.now();
  const run = gnuTime
    ? spawnSync("/usr/bin/time", ["-f", "PEAK_KB=%M", cmd, ...args], {
        cwd: root,
        env,
        encoding: "utf8",
        maxBuffer: 1 << 28,
      })
    : spawnSync(cmd, args, { cwd: root, env, encoding: "utf8", maxBuffer: 1 << 28 });
  const elapsed = performance.now() - started;
  if (run.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${run.stderr?.slice(-2000)}`);
  const peak = /PEAK_KB=(\d+)/.exec(run.stderr ?? "");
  return { ms: elapsed, peakMb: peak ? Math.round(Number(peak[1]) / 1024) : null };
}

function dirBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .reduce((s, f) => s + statSync(join(f.parentPath, f.name)).size, 0);
}

/** Gzipped bytes of a page and of the scripts and styles it loads (fonts excluded). */
function pageWeight(dist: string, path: string) {
  const html = readFileSync(join(dist, path, "index.html"));
  const text = html.toString("utf8");
  const assets = (re: RegExp) => [
    ...new Set([...text.matchAll(re)].flatMap(([, url]) => (url?.startsWith("/") ? [url] : []))),
  ];
  const size = (urls: string[]) =>
    urls.reduce((s, u) => (existsSync(join(dist, u)) ? s + gzipSync(readFileSync(join(dist, u))).length : s), 0);
  const js = size(assets(/<script[^>]*\ssrc="([^"]+)"/g));
  const css =
    size(assets(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) +
    size(assets(/<link[^>]*href="([^"]+\.css)"/g).filter(() => false));
  const h = gzipSync(html).length;
  return { html: kb(h), js: kb(js), css: kb(css), total: kb(h + js + css) };
}

/** Frame times while the mouse drags the graph, as a reader pans it. */
async function dragFrames(page: import("playwright-core").Page): Promise<{ mean: number; p95: number }> {
  const box = await page.locator("#graph").boundingBox();
  if (box === null) throw new Error("the graph is not shown: it has no bounding box");
  await page.locator("#graph").scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    let last = performance.now();
    const step = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (w.__recording) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  const b = (await page.locator("#graph").boundingBox()) ?? box;
  const x = b.x + b.width / 2;
  const y = b.y + b.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let k = 1; k <= 60; k++) {
    await page.mouse.move(x + 4 * k, y + 2 * k);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames.slice(1);
  });
  const sorted = frames.sort((a, b) => a - b);
  return {
    mean: sorted.reduce((s, f) => s + f, 0) / Math.max(1, sorted.length),
    p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
  };
}

/** The page's own scripts when its graph has drawn: their size and the share of their bytes not run. */
async function scriptCoverage(browser: import("playwright-core").Browser, url: string) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.coverage.startJSCoverage({ resetOnNavigation: false });
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById("graph")?.dataset.readyMs !== undefined);
  const entries = (await page.coverage.stopJSCoverage()).filter((e) => e.url.startsWith(new URL(url).origin));
  let total = 0;
  let used = 0;
  for (const e of entries) {
    const size = e.source?.length ?? 0;
    // Block coverage: a byte counts as run when the innermost range holding it was entered.
    const run = new Uint8Array(size);
    // Outer ranges first, so that an inner range's count overrides its enclosing one's.
    const ranges = e.functions.flatMap((f) => f.ranges);
    ranges.sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
    for (const r of ranges) run.fill(r.count > 0 ? 1 : 0, r.startOffset, Math.min(size, r.endOffset));
    total += size;
    used += run.reduce((n, b) => n + b, 0);
  }
  await ctx.close();
  return { kb: kb(total), unused: total ? 1 - used / total : 0 };
}

async function browserFigures(dist: string, row: Row): Promise<void> {
  if (!hasChromium) return;
  const site = await serve(dist);
  const browser = await launch();
  try {
    // Time to an interactive graph varies from load to load: the median of three fresh loads.
    type Load = { ready: number; code: number; data: number; created: number };
    const loadGraph = async () => {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await ctx.newPage();
      await page.goto(`${site.url}/graph/`);
      await page.waitForFunction(() => document.getElementById("graph")?.dataset.readyMs !== undefined, null, {
        timeout: 120_000,
      });
      const ready = Number(await page.locator("#graph").getAttribute("data-ready-ms"));
      const marks = await page.evaluate(() =>
        Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime)])),
      );
      const load: Load = {
        ready,
        code: marks["graph:code"] ?? NaN,
        data: marks["graph:data"] ?? NaN,
        created: marks["graph:created"] ?? NaN,
      };
      return { ctx, page, load };
    };
    const first = await loadGraph();
    await first.ctx.close();
    const second = await loadGraph();
    await second.ctx.close();
    // The last load's page stays open for the measurements below.
    const { ctx, page, load } = await loadGraph();
    const loads: [Load, Load, Load] = [first.load, second.load, load];
    const [, median] = loads.sort((a, b) => a.ready - b.ready);
    row.graphReadyMs = median.ready;
    row.graphSteps = { code: median.code, data: median.data, created: median.created };
    row.panFrameMs = await dragFrames(page);
    // Zoomed in, where a large collection draws its papers.
    await page.evaluate(() => {
      const cy = window.cy;
      if (!cy) throw new Error("the graph page exposes no window.cy");
      cy.zoom(cy.zoom() * 2.5);
      cy.center();
    });
    await page.waitForTimeout(1500);
    row.zoomedPapers = Number(await page.locator("#graph").getAttribute("data-rendered"));
    row.panZoomedFrameMs = await dragFrames(page);
    await ctx.close();

    row.graphScript = await scriptCoverage(browser, `${site.url}/graph/`);

    const search = await browser.newContext();
    const sp = await search.newPage();
    await sp.goto(`${site.url}/`);
    let bytes = 0;
    sp.on("response", async (r) => {
      if (r.url().includes("/pagefind/")) bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    row.searchMs = await sp.evaluate(async () => {
      const started = performance.now();
      const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
      await pagefind.init();
      const found = await pagefind.search("low-rank gradient projection");
      await Promise.all(found.results.slice(0, 5).map((r: { data(): Promise<unknown> }) => r.data()));
      return performance.now() - started;
    });
    await sp.waitForTimeout(200);
    row.searchKb = kb(bytes);
    // A later query, Pagefind and its index metadata loaded: only this
    // query's index chunks and results are fetched.
    row.searchWarmMs = await sp.evaluate(async () => {
      const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
      const started = performance.now();
      const found = await pagefind.search("kronecker factored curvature");
      await Promise.all(found.results.slice(0, 5).map((r: { data(): Promise<unknown> }) => r.data()));
      return performance.now() - started;
    });
    await search.close();

    // As a reader does it: open the search page, type a query, wait for the
    // first result on screen (the UI waits 150 ms for typing to stop).
    const typed = await browser.newContext();
    const tp = await typed.newPage();
    await tp.goto(`${site.url}/search/`);
    await tp.waitForSelector("#search-input");
    await tp.waitForTimeout(1000);
    row.searchTypedMs = await tp.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>("#search-input");
      if (input === null) throw new Error("the search page has no #search-input");
      const started = performance.now();
      input.value = "low-rank gradient projection";
      input.dispatchEvent(new Event("input", { bubbles: true }));
      await new Promise<void>((done) => {
        const check = () => (document.querySelector(".result-link") ? done() : setTimeout(check, 5));
        check();
      });
      return performance.now() - started;
    });
    await typed.close();

    // Arriving from the search field in the header: the search page opens
    // with ?q=; from navigation to the first result on screen, Pagefind
    // loading included.
    const arriving = await browser.newContext();
    const ap = await arriving.newPage();
    await ap.goto(`${site.url}/search/?q=${encodeURIComponent("low-rank gradient projection")}`);
    await ap.waitForSelector(".result-link");
    row.searchArrivalMs = await ap.evaluate(
      () => performance.getEntriesByName("search:first-result")[0]?.startTime ?? NaN,
    );
    await arriving.close();
  } finally {
    await browser.close();
    await site.close();
  }
}

async function measure(size: string): Promise<Row> {
  const dir = join(values.work, size);
  const given: Record<string, string> = { seeds: join(root, "content/sources"), real: realCorpus };
  const sources = given[size] ?? join(dir, "sources");
  if (!(size in given)) generateCorpus(sources, Number(size), seedEntries(join(root, "content/sources")));
  const data = join(dir, "data");
  rmSync(data, { recursive: true, force: true });

  const t0 = performance.now();
  const result = ingest({
    sources,
    vocabulary: join(root, "content/vocabulary/concepts.json"),
    lexicon: join(root, "content/vocabulary/lexicon.json"),
  });
  const computeMs = performance.now() - t0;
  writeOutputs(result, { dataDir: data, mdxDir: join(data, "papers") });
  const ingestMs = performance.now() - t0;
  const writeMs = ingestMs - computeMs;
  const graphMs = result.timings.collection;

  // The CLI once to record the digest, then again: unchanged sources.
  const cli = [join(root, "scripts/ingest.ts"), "--sources", sources, "--out", data, "--quiet", "--force"];
  execFileSync(process.execPath, cli, { stdio: "pipe" });
  const again = performance.now();
  execFileSync(
    process.execPath,
    cli.filter((a) => a !== "--force"),
    { stdio: "pipe" },
  );
  const reingestMs = performance.now() - again;

  const dist = join(dir, "dist");
  rmSync(dist, { recursive: true, force: true });
  // As `npm run build` runs it: with Node's cache of compiled code.
  const env = childEnv({
    PAPERGRAPH_DATA: data,
    PAPERGRAPH_PAGES: join(data, "papers"),
    NODE_COMPILE_CACHE: join(root, "node_modules/.cache/node-compile"),
  });
  const build = timed(join(root, "node_modules/.bin/astro"), ["build", "--outDir", dist], env);
  const index = timed(join(root, "node_modules/.bin/pagefind"), ["--site", dist], env);

  const [first] = result.papers;
  if (first === undefined) throw new Error(`${size}: the ingest gave no papers`);
  const paper = first.id;
  const method = JSON.parse(readFileSync(join(data, "methods.json"), "utf8"))[0].slug;
  const concept = JSON.parse(readFileSync(join(data, "concepts.json"), "utf8")).find(
    (c: { papers: string[] }) => c.papers.length > 0,
  ).id;
  const paths: Record<string, string> = {
    home: "",
    paper: `papers/${paper}/`,
    method: `methods/${method}/`,
    concept: `concepts/${concept}/`,
    graph: "graph/",
    search: "search/",
  };
  const pages = Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, pageWeight(dist, p)]));
  const row: Row = {
    size,
    papers: result.papers.length,
    ingestMs,
    computeMs,
    extractMs: result.timings.extract,
    graphMs,
    pagesMs: result.timings.pages,
    writeMs,
    reingestMs,
    buildsOn: result.papers.reduce((n, p) => n + p.buildsOn.length, 0),
    maxFanIn: Math.max(0, ...result.papers.map((p) => p.builtUponBy.length)),
    noConcept: result.papers.filter((p) => p.concepts.length === 0).length,
    hubShare: hubMembership(JSON.parse(readFileSync(join(data, "graph.json"), "utf8")).nodes).share,
    buildMs: build.ms,
    buildPeakMb: build.peakMb,
    indexMs: index.ms,
    indexKb: kb(dirBytes(join(dist, "pagefind"))),
    pages,
    totalBuildMs: ingestMs + build.ms + index.ms,
  };
  await browserFigures(dist, row);
  return row;
}

const NAMED: Record<string, string> = { seeds: "seeds", real: "real corpus" };

function table(rows: Row[]): string {
  const col = (label: string, f: (r: Row) => string | number) => `| ${label} | ${rows.map((r) => f(r)).join(" | ")} |`;
  const types = ["home", "paper", "method", "concept", "graph", "search"];
  return [
    `| | ${rows.map((r) => (r.size in NAMED ? `${NAMED[r.size]} (${r.papers})` : `${r.papers} papers`)).join(" | ")} |`,
    `|---|${rows.map(() => "---").join("|")}|`,
    col("ingest throughput (papers/s, incl. writing)", (r) => Math.round(r.papers / (r.ingestMs / 1000))),
    col(
      "ingest: extract / relations, graph+layout / MDX / write (ms)",
      (r) => `${ms(r.extractMs)} / ${ms(r.graphMs)} / ${ms(r.pagesMs)} / ${ms(r.writeMs)}`,
    ),
    col("re-ingest, sources unchanged (ms)", (r) => ms(r.reingestMs)),
    col("builds-on edges / largest fan-in", (r) => `${r.buildsOn} / ${r.maxFanIn}`),
    col("papers with no concept", (r) => `${r.noConcept} (${Math.round((100 * r.noConcept) / r.papers)}%)`),
    col("graph layout: papers nearest one of their own hubs (%)", (r) => (100 * r.hubShare).toFixed(1)),
    col("astro build (s)", (r) => (r.buildMs / 1000).toFixed(1)),
    col("astro build peak memory (MB)", (r) => r.buildPeakMb ?? "n/a"),
    col("search indexing (s)", (r) => (r.indexMs / 1000).toFixed(1)),
    col("search index size (KB)", (r) => r.indexKb),
    col("full build: ingest + astro + index (s)", (r) => (r.totalBuildMs / 1000).toFixed(1)),
    ...types.map((t) =>
      col(`${t} page, gzipped KB (HTML + JS + CSS)`, (r) => {
        const w = r.pages[t];
        return w ? `${w.total} (${w.html} + ${w.js} + ${w.css})` : "n/a";
      }),
    ),
    col("graph interactive after navigation, median of 3 loads (ms)", (r) => r.graphReadyMs ?? "n/a"),
    col("graph page scripts at first frame: KB uncompressed / share not yet run", (r) =>
      r.graphScript ? `${r.graphScript.kb} / ${Math.round(100 * r.graphScript.unused)}%` : "n/a",
    ),
    col("of which: code run / data read / graph created, at (ms)", (r) =>
      r.graphSteps ? `${r.graphSteps.code} / ${r.graphSteps.data} / ${r.graphSteps.created}` : "n/a",
    ),
    col("frame time dragging the graph as first shown, mean / p95 (ms)", (r) =>
      r.panFrameMs ? `${r.panFrameMs.mean.toFixed(1)} / ${r.panFrameMs.p95.toFixed(1)}` : "n/a",
    ),
    col("papers drawn when zoomed in", (r) => r.zoomedPapers ?? "n/a"),
    col("frame time dragging zoomed in, mean / p95 (ms)", (r) =>
      r.panZoomedFrameMs ? `${r.panZoomedFrameMs.mean.toFixed(1)} / ${r.panZoomedFrameMs.p95.toFixed(1)}` : "n/a",
    ),
    col("first search query incl. loading Pagefind, latency (ms)", (r) =>
      r.searchMs !== undefined ? ms(r.searchMs) : "n/a",
    ),
    col("a later query, Pagefind loaded, latency (ms)", (r) =>
      r.searchWarmMs !== undefined ? ms(r.searchWarmMs) : "n/a",
    ),
    col("first search query, bytes fetched (KB)", (r) => r.searchKb ?? "n/a"),
    col("search page: typing a query to the first result shown (ms)", (r) =>
      r.searchTypedMs !== undefined ? ms(r.searchTypedMs) : "n/a",
    ),
    col("search page opened with a query: navigation to the first result shown (ms)", (r) =>
      r.searchArrivalMs !== undefined ? ms(r.searchArrivalMs) : "n/a",
    ),
  ].join("\n");
}

const machine = [
  `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}`,
  `${Math.round(totalmem() / 2 ** 30)} GiB`,
  `Node ${process.version}`,
  new Date().toISOString().slice(0, 10),
].join(", ");
mkdirSync(values.work, { recursive: true });
const rows: Row[] = [];
for (const size of sizes) {
  process.stderr.write(`bench: ${size}…\n`);
  rows.push(await measure(size));
}
interface Rebuilds {
  papers: number;
  full: { ms: number; peakMb: number | null };
  unchanged: number;
  added: { ms: number; peakMb: number | null };
}

/**
 * `npm run build` (scripts/build.ts) over `n` synthetic papers: from nothing cached (a new ingest output, an empty
 * content store), again with no input changed, and after one more listing of 200 papers is added.
 */
function rebuilds(n: number): Rebuilds {
  const dir = join(values.work, `rebuild-${n}`);
  const all = join(dir, "generated");
  const sources = join(dir, "sources");
  generateCorpus(all, n + 200, seedEntries(join(root, "content/sources")));
  const listings = readdirSync(all).sort();
  const added = listings.pop();
  if (added === undefined) throw new Error("rebuild: no listing generated");
  rmSync(sources, { recursive: true, force: true });
  mkdirSync(sources, { recursive: true });
  for (const f of listings) copyFileSync(join(all, f), join(sources, f));
  for (const d of ["data", "dist"]) rmSync(join(dir, d), { recursive: true, force: true });
  // Astro's content store (node_modules/.astro): emptied, so that every page is rendered.
  rmSync(join(root, "node_modules/.astro"), { recursive: true, force: true });
  const args = [join(root, "scripts/build.ts"), "--sources", sources, "--out", join(dir, "data")];
  const build = (...extra: string[]) =>
    timed(process.execPath, [...args, "--dist", join(dir, "dist"), ...extra], childEnv({}));
  const full = build("--force");
  const unchanged = build().ms;
  copyFileSync(join(all, added), join(sources, added));
  const papers = JSON.parse(readFileSync(join(dir, "data/papers.json"), "utf8")).length as number;
  return { papers, full, unchanged, added: build() };
}

function rebuildTable(r: Rebuilds): string {
  const s = (ms: number) => (ms / 1000).toFixed(1);
  return [
    `| \`npm run build\`, ${r.papers} papers | time (s) | peak memory (MB) |`,
    "|---|---|---|",
    `| nothing cached (new ingest output, empty content store) | ${s(r.full.ms)} | ${r.full.peakMb ?? "n/a"} |`,
    `| no input changed | ${s(r.unchanged)} | |`,
    `| one listing of 200 papers added | ${s(r.added.ms)} | ${r.added.peakMb ?? "n/a"} |`,
  ].join("\n");
}

const largest = Math.max(0, ...sizes.map(Number).filter((n) => Number.isFinite(n)));
let rebuildText = "";
if (largest > 0) {
  process.stderr.write(`bench: rebuilds at ${largest}…\n`);
  rebuildText = `\n${rebuildTable(rebuilds(largest))}\n`;
}
const out = `Machine: ${machine}\n\n${table(rows)}\n${rebuildText}`;
console.log(out);
if (values.write) {
  const path = join(root, "BENCHMARKS.md");
  const [head = "# Benchmarks\n\n"] = existsSync(path) ? readFileSync(path, "utf8").split("<!-- figures -->") : [];
  writeFileSync(path, `${head}<!-- figures -->\n${out}`);
}
