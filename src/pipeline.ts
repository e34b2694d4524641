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

export interface IngestResult {
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
  const settings = readSettings(options.sources);
  const listings = listSources(options.sources).map((name) =>
    parseListing(name, readFileSync(join(options.sources, name)), settings[name]),
  );
  settleCaptureYears(listings, settings);
  const vocabulary = loadVocabulary(options.vocabulary);
  const lexicon = loadLexicon(options.lexicon);
  return ingestListings(listings, vocabulary, lexicon);
}

export function ingestListings(listings: ListingResult[], vocabulary: Vocabulary, lexicon: Lexicon): IngestResult {
  const entries = listings.flatMap((l) => l.entries);
  const { papers, report: mergeReport } = mergeEntries(entries);
  lexicon = learnLowercase(
    lexicon,
    papers.flatMap((p) => [p.title, p.abstract]),
  );
  const extract = unified()
    .use(paperLinks)
    .use(paperMethods, { lexicon })
    .use(paperMentions, { lexicon })
    .use(paperConcepts, { tagger: createTagger(vocabulary) });
  for (const paper of papers) {
    const file = new VFile({ path: `${paper.id}.mdx`, data: { paper } });
    extract.runSync({ type: "root", children: [] }, file);
  }
  canonicalizeMethods(papers);
  linkBuildsOn(papers);
  linkRelated(papers, { limit: 6, minScore: 0.12 });
  papers.sort((a, b) => a.id.localeCompare(b.id));
  const report = [...listings.flatMap((l) => l.report), ...mergeReport].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.kind.localeCompare(b.kind) ||
      a.message.localeCompare(b.message),
  );
  return { papers, listings, report, vocabulary };
}

// Spellings of one name (Q-GaLore / Q-Galore) share a key: a paper mentions a
// key once, its first spelling kept, and never one of its own methods' keys.
function canonicalizeMethods(papers: Paper[]): void {
  for (const p of papers) {
    const seen = new Set(p.methods.map((m) => m.key));
    p.mentions = p.mentions.filter((m) => (seen.has(m.key) ? false : (seen.add(m.key), true)));
  }
}
