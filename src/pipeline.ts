// The ingest pipeline: listings → entries → merged paper records → one VFile
// per paper whose tree is its abstract (unified: parse, then the extraction
// plugins) → collection-level relations, method index, graph and its layout,
// report → MDX pages. Everything ingest writes is built here; the writer only
// serialises it.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { VFile } from "vfile";
import { type Concept, loadVocabulary, type Vocabulary } from "./extract/concepts.ts";
import { runPapers } from "./extract/papers.ts";
import { committedMentionWeights, type MentionWeights, weighMentions } from "./extract/mention-weights.ts";
import { learnLowercase, loadLexicon, type Lexicon } from "./extract/names.ts";
import { buildGraph, type Graph } from "./graph/graph.ts";
import { buildMethodIndex } from "./graph/methods.ts";
import { settleOrigins } from "./graph/origins.ts";
import { linkBuildsOn, linkRelated, termVectors } from "./graph/relations.ts";
import type { MethodLink } from "./mdx/paper-page.ts";
import { mergeEntries } from "./merge/merge.ts";
import { type ListingResult, settleCaptureYears } from "./parse/listing.ts";
import { readSource } from "./parse/read-source.ts";
import { listSources, readSettings } from "./parse/sources.ts";
import { type MethodEntry, type PaperRecord, paperRecords } from "./record/schema.ts";
import { note, reportItems } from "./report/messages.ts";
import { type Summary, summarize } from "./report/report.ts";
import type { ReportItem } from "./types.ts";

export interface IngestOptions {
  sources: string;
  vocabulary: string;
  lexicon: string;
  /** Hand-written notes (`<paper id>.md`): a note whose paper is gone is reported. */
  notes?: string;
  /** Threads for the per-paper work: by default two from PARALLEL_FROM papers on (src/extract/papers.ts). */
  threads?: 1 | 2;
  /** The learned weighing of mentions (default: src/extract/mention-weights.json); null reads the rules alone. */
  mentionWeights?: MentionWeights | null;
}

/** A concept of the vocabulary with the papers tagged with it. */
export type ConceptEntry = Concept & { papers: string[] };

/** An MDX page: the paper's id and the page's text. */
export interface PaperPage {
  id: string;
  mdx: string;
}

export interface IngestResult {
  /** Validated records, sorted by id. */
  papers: PaperRecord[];
  methods: MethodEntry[];
  concepts: ConceptEntry[];
  graph: Graph;
  pages: PaperPage[];
  listings: ListingResult[];
  /** Every entry accounted for, and every problem, by file and line. */
  report: ReportItem[];
  /** The listings and notes with their messages (the report's source), for a console reporter. */
  files: VFile[];
  summary: Summary;
  /** Where the time went (ms), for the benchmark: never written. */
  timings: { extract: number; collection: number; pages: number };
}

export function ingest(options: IngestOptions): IngestResult {
  const settings = readSettings(options.sources);
  const listings = listSources(options.sources).map((name) =>
    readSource(name, readFileSync(join(options.sources, name)), settings[name]),
  );
  settleCaptureYears(listings, settings);
  const vocabulary = loadVocabulary(options.vocabulary);
  const lexicon = loadLexicon(options.lexicon);
  return ingestListings(listings, vocabulary, lexicon, options.notes, options.threads, options.mentionWeights);
}

export function ingestListings(
  listings: ListingResult[],
  vocabulary: Vocabulary,
  lexicon: Lexicon,
  notesDir?: string,
  threads?: 1 | 2,
  mentionWeights: MentionWeights | null = committedMentionWeights(),
): IngestResult {
  const started = performance.now();
  const entries = listings.flatMap((l) => l.entries);
  const listingFiles = new Map(listings.map((l) => [l.file, l.vfile]));
  const { papers } = mergeEntries(entries, (name) => listingFiles.get(name) ?? new VFile({ path: name }));
  const learned = learnLowercase(lexicon, papers.map(abstractWords));
  const run = runPapers(papers, { lexicon, learned, vocabulary }, threads);
  // The papers are sorted by id further on: the pages are asked for in this order.
  const extractedIds = papers.map((p) => p.id);
  papers.forEach((paper, i) => {
    const found = run.found[i];
    if (!found) return;
    const given = new Set(paper.links.map((l) => l.url));
    paper.links = [...paper.links, ...found.links.filter((l) => !given.has(l.url))];
    paper.methods = found.methods;
    paper.mentions = found.mentions;
    paper.concepts = found.concepts;
  });
  const extracted = performance.now();
  const byId = new Map(papers.map((p) => [p.id, p]));
  for (const drop of settleOrigins(papers, lexicon.cues.contributionHead)) {
    const source = byId.get(drop.paper)?.sources[0];
    if (!source) continue;
    const file = listingFiles.get(source.file) ?? new VFile({ path: source.file });
    note(file, "repaired", source.line, `"${drop.name}" is not this paper's own method: ${drop.reason}`, drop.paper);
  }
  canonicalizeMethods(papers);
  const found = papers.reduce((n, p) => n + p.mentions.length, 0);
  const setAside = mentionWeights ? weighMentions(papers, mentionWeights, lexicon) : 0;
  // One reading of the papers' wording for both links. A builds-on edge needs a little shared wording besides the name
  // (a cosine of 0.035; 0.1 for a two- or three-letter name spelled out by one paper only): on the real-ML listings,
  // the mentions below it were all but one another thing of the same name; the seeds' edges share 0.14 and more.
  const wording = termVectors(papers, lexicon.stopWords);
  linkBuildsOn(papers, lexicon.cues.contributionHead, wording, 0.035, 0.1);
  linkRelated(papers, { limit: 6, minScore: 0.12, stopWords: lexicon.stopWords }, wording);
  papers.sort((a, b) => a.id.localeCompare(b.id));

  const methods = buildMethodIndex(papers);
  const byKey = new Map(methods.map((m) => [m.key, m]));
  for (const p of papers) for (const m of [...p.methods, ...p.mentions]) m.slug = byKey.get(m.key)?.slug ?? null;
  const graph = buildGraph(papers, methods, vocabulary.concepts);
  const concepts = vocabulary.concepts.map((c) => ({
    ...c,
    papers: papers.filter((p) => p.concepts.some((x) => x.id === c.id)).map((p) => p.id),
  }));
  const files = [...listings.map((l) => l.vfile), ...orphanNotes(notesDir, new Set(papers.map((p) => p.id)))];
  const report = files
    .flatMap(reportItems)
    .sort(
      (a, b) =>
        Number(a.file.startsWith("/")) - Number(b.file.startsWith("/")) ||
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.kind.localeCompare(b.kind) ||
        a.message.localeCompare(b.message),
    );
  // The record is checked against its schema before anything is written, and
  // comes out with its keys in the schema's order.
  const records = paperRecords.parse(papers);
  const collected = performance.now();
  // The pages in the order the papers were extracted (each thread holds the trees of the papers it took), then by id.
  const recordById = new Map(records.map((r) => [r.id, r]));
  const mdx = run.pages(
    extractedIds.map((id) => {
      const record = recordById.get(id);
      return record ? methodLinks(record, byKey) : [];
    }),
  );
  const mdxById = new Map(extractedIds.map((id, i) => [id, mdx[i] ?? ""]));
  const pages = records.map((p) => ({ id: p.id, mdx: mdxById.get(p.id) ?? "" }));
  return {
    papers: records,
    methods,
    concepts,
    graph,
    pages,
    listings,
    report,
    files,
    summary: summarize(listings, report, records.length, { found, setAside }),
    timings: {
      extract: extracted - started,
      collection: collected - extracted,
      pages: performance.now() - collected,
    },
  };
}

/** A paper's title and abstract words, for learning which words are ordinary lower-case words. */
const abstractWords = (p: PaperRecord): string => `${p.title}\n${p.abstract}`;

/** Every spelling of the methods a paper introduces or mentions, with its page. */
function methodLinks(paper: PaperRecord, byKey: Map<string, MethodEntry>): MethodLink[] {
  return [...paper.methods, ...paper.mentions]
    .map((m) => byKey.get(m.key))
    .filter((m) => m !== undefined)
    .flatMap((m) => [m.name, ...m.variants].map((name) => ({ name, href: `../../methods/${m.slug}/` })));
}

/** Notes whose paper is gone, as files with an error: reported, never deleted. */
function orphanNotes(notesDir: string | undefined, ids: Set<string>): VFile[] {
  if (!notesDir || !existsSync(notesDir)) return [];
  return readdirSync(notesDir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((name) => name.replace(/\.md$/, ""))
    .filter((id) => !ids.has(id))
    .map((id) => {
      const file = new VFile({ path: join(notesDir, `${id}.md`) });
      note(file, "error", 1, `note for "${id}", which is no longer a paper; the note is kept, not shown`);
      return file;
    });
}

// Spellings of one name (Q-GaLore / Q-Galore) share a key: a paper mentions a
// key once, its first spelling kept, and never one of its own methods' keys.
function canonicalizeMethods(papers: PaperRecord[]): void {
  for (const p of papers) {
    const seen = new Set(p.methods.map((m) => m.key));
    p.mentions = p.mentions.filter((m) => (seen.has(m.key) ? false : (seen.add(m.key), true)));
  }
}
