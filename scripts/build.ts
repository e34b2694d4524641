// npm run build [-- --verbose] [--force] [--sources DIR --out DIR] [--dist DIR]
// The whole build, one progress line per stage with its counts and time:
// ingest (content/sources → src/data, src/content/papers), astro build (→ dist/),
// and Pagefind's search index (→ dist/pagefind/). Astro's own log, a line per
// page, is shown with --verbose; its warnings and errors always are.
// --sources and --out are ingest's (the site is then built from --out), --dist
// the folder the site is written to: the benchmark builds other collections so.
// A build whose inputs (the site's code and data after ingest, public/, the
// configuration, the lock file, the site's address) are those of the last
// finished build stops after ingest: dist/ is what they make. --force builds anyway.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { build } from "astro";
import { inputDigest, recordDigest, upToDate } from "../src/write/cache.ts";

const BUILD_DIGEST = ".build-digest";

const root = resolve(import.meta.dirname, "..");
const bin = (name: string) => join(root, "node_modules/.bin", name);

const options = {
  verbose: { type: "boolean", short: "v" },
  force: { type: "boolean" },
  sources: { type: "string" },
  out: { type: "string" },
  dist: { type: "string" },
} as const;
let values: ReturnType<typeof parseArgs<{ options: typeof options }>>["values"];
try {
  values = parseArgs({ options }).values;
} catch (error) {
  const names = Object.keys(options).map((o) => `--${o}`);
  console.error(`build: ${(error as Error).message.split(". ")[0]} (the options are ${names.join(", ")})`);
  process.exit(2);
}
const verbose = values.verbose === true;
const force = values.force === true;
// The site reads the ingest's output where it was written.
if (values.out) {
  process.env.PAPERGRAPH_DATA = resolve(values.out);
  process.env.PAPERGRAPH_PAGES = join(resolve(values.out), "papers");
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
const ingestArgs = [
  ...(values.sources ? ["--sources", resolve(values.sources)] : []),
  ...(values.out ? ["--out", resolve(values.out)] : []),
];
run("ingest", process.execPath, [join(root, "scripts/ingest.ts"), ...ingestArgs]);

const dist = resolve(values.dist ?? join(root, "dist"));
// What dist/ is made from, ingest's output included; kept outside dist/, which is deployed.
const digestDir = join(root, "node_modules/.cache/papergraph");
// The folders the site reads besides src/: the notes, and the data and pages when they are elsewhere.
const SETTINGS = ["PAPERGRAPH_SITE", "PAPERGRAPH_BASE", "PAPERGRAPH_DATA", "PAPERGRAPH_PAGES", "PAPERGRAPH_NOTES"];
const read = [
  process.env.PAPERGRAPH_DATA,
  process.env.PAPERGRAPH_PAGES,
  process.env.PAPERGRAPH_NOTES ?? "content/notes",
]
  .filter((d): d is string => Boolean(d))
  .map((d) => resolve(root, d));
const digest = inputDigest({
  // This script too: it runs Pagefind with its arguments.
  files: ["astro.config.mjs", "package-lock.json", "pagefind.yml", "tsconfig.json", "scripts/build.ts"].map((f) =>
    join(root, f),
  ),
  dirs: [join(root, "src"), join(root, "public"), ...read],
  base: root,
  extra: [dist, ...SETTINGS.map((k) => process.env[k] ?? "")].join("\0"),
});
const built = [join(dist, "index.html"), join(dist, "pagefind/pagefind-entry.json")];
if (!force && upToDate(digestDir, digest, built, BUILD_DIGEST)) {
  console.log(`build: dist/ is up to date with its inputs (--force to build anyway); done in ${seconds(started)}`);
  process.exit(0);
}
// A build that stops half-way leaves no digest behind: the next one builds.
rmSync(join(digestDir, BUILD_DIGEST), { force: true });

if (!process.env.PAPERGRAPH_SITE)
  console.warn(
    "build: PAPERGRAPH_SITE is not set: no sitemap, feed, canonical or Open Graph URLs " +
      "(set it to the origin to deploy)",
  );
/**
 * Astro empties dist/ before writing it, on the build's one thread: at 10,000 papers deleting 21,000 pages takes
 * seconds. The old dist/ is moved aside at once instead, and deleted by a child process while Astro builds.
 */
function discardInBackground(dir: string): ChildProcess | null {
  if (!existsSync(dir)) return null;
  mkdirSync(digestDir, { recursive: true });
  let aside = join(digestDir, `old-dist-${process.pid}`);
  rmSync(aside, { recursive: true, force: true });
  try {
    renameSync(dir, aside);
  } catch {
    // Another file system (a --dist elsewhere): set aside beside it.
    aside = `${dir}.old-${process.pid}`;
    renameSync(dir, aside);
  }
  const code = "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })";
  return spawn(process.execPath, ["-e", code, aside], { stdio: "ignore" });
}
const discarding = discardInBackground(dist);

let stage = performance.now();
try {
  await build({ root, outDir: dist, logLevel: verbose ? "info" : "warn" });
} catch (error) {
  console.error(`build: astro build failed: ${(error as Error).message}`);
  process.exit(1);
}
console.log(`astro: ${countHtml(dist)} pages into ${values.dist ?? "dist/"} in ${seconds(stage)}`);

stage = performance.now();
run("search index", bin("pagefind"), ["--site", dist, verbose ? "--verbose" : "--quiet"]);
const entry = JSON.parse(readFileSync(join(dist, "pagefind/pagefind-entry.json"), "utf8")) as {
  languages: Record<string, { page_count: number }>;
};
const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
console.log(`pagefind: ${indexed} pages indexed into dist/pagefind/ in ${seconds(stage)}`);
if (discarding && discarding.exitCode === null) await new Promise((done) => discarding.once("exit", done));
mkdirSync(digestDir, { recursive: true });
recordDigest(digestDir, digest, BUILD_DIGEST);
console.log(`build: done in ${seconds(started)}`);
