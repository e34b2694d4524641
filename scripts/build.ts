// npm run build [-- --verbose]
// The whole build, one progress line per stage with its counts and time:
// ingest (content/sources → src/data, src/content/papers), astro build (→ dist/),
// and Pagefind's search index (→ dist/pagefind/). Astro's own log, a line per
// page, is shown with --verbose; its warnings and errors always are.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { build } from "astro";

const root = resolve(import.meta.dirname, "..");
const bin = (name: string) => join(root, "node_modules/.bin", name);

let verbose = false;
try {
  verbose = parseArgs({ options: { verbose: { type: "boolean", short: "v" } } }).values.verbose === true;
} catch (error) {
  console.error(`build: ${(error as Error).message.split(". ")[0]} (the only option is --verbose)`);
  process.exit(2);
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Runs a stage's command with its output passed through; stops the build when it fails. */
function run(stage: string, command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`build: ${stage} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}

const countHtml = (dir: string): number =>
  readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html")).length;

const started = performance.now();
// Ingest prints its own summary line (papers, sources, problems, report path).
run("ingest", process.execPath, [join(root, "scripts/ingest.ts")]);

if (!process.env.PAPERGRAPH_SITE)
  console.warn(
    "build: PAPERGRAPH_SITE is not set: no sitemap, feed, canonical or Open Graph URLs (set it to the origin to deploy)",
  );
let stage = performance.now();
try {
  await build({ root, logLevel: verbose ? "info" : "warn" });
} catch (error) {
  console.error(`build: astro build failed: ${(error as Error).message}`);
  process.exit(1);
}
const dist = join(root, "dist");
console.log(`astro: ${countHtml(dist)} pages into dist/ in ${seconds(stage)}`);

stage = performance.now();
run("search index", bin("pagefind"), ["--site", "dist", verbose ? "--verbose" : "--quiet"]);
const entry = JSON.parse(readFileSync(join(dist, "pagefind/pagefind-entry.json"), "utf8")) as {
  languages: Record<string, { page_count: number }>;
};
const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
console.log(`pagefind: ${indexed} pages indexed into dist/pagefind/ in ${seconds(stage)}`);
console.log(`build: done in ${seconds(started)}`);
