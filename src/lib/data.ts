// Build-time access to the ingest output and site URLs that respect the base path.
// PAPERGRAPH_DATA points the build at another ingest output (default src/data).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ZodSafeParseResult } from "astro/zod";
import type { Graph } from "../graph/graph.ts";
import {
  type ConceptEntry,
  type MethodEntry,
  type PaperRecord,
  conceptEntries,
  methodEntries,
  paperRecords,
} from "../record/schema.ts";
import { bibKeys } from "../record/bibtex.ts";
import { plainExcerpt } from "../record/math-text.ts";
import { type InitialJump, METHODS_PER_PAGE, byName, initials } from "./pages.ts";
import { SEARCH_METHODS, mostUsedMethods } from "./search-filters.ts";

export type { ConceptEntry };

export const dataDir = resolve(process.env.PAPERGRAPH_DATA ?? "src/data");
const read = (name: string): unknown => JSON.parse(readFileSync(join(dataDir, name), "utf8"));

/** A data file read through its schema: a file that does not match fails the build, naming the field. */
function load<T>(name: string, schema: { safeParse(data: unknown): ZodSafeParseResult<T> }): T {
  const parsed = schema.safeParse(read(name));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`${join(dataDir, name)}: [${issue?.path.join(".")}] ${issue?.message}`);
}

export const papers: PaperRecord[] = load("papers.json", paperRecords);
export const methods: MethodEntry[] = load("methods.json", methodEntries);
export const allConcepts: ConceptEntry[] = load("concepts.json", conceptEntries);
export const concepts = allConcepts.filter((c) => c.papers.length > 0);
// The graph export is as large as papers.json and two pages need it: it is
// read when asked for, not kept for the whole build.
/** The knowledge graph, parsed afresh on each call. */
export const readGraph = (): Graph => read("graph.json") as Graph;
/** A data file's bytes as the ingest wrote them, for the download endpoints. */
export const dataFile = (name: string): Uint8Array<ArrayBuffer> => {
  const bytes = readFileSync(join(dataDir, name));
  return new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
};

export const paperById = new Map(papers.map((p) => [p.id, p]));
export const methodBySlug = new Map(methods.map((m) => [m.slug, m]));
export const conceptById = new Map(allConcepts.map((c) => [c.id, c]));

/** A site path under the configured base ("papers/x/" → "/base/papers/x/"). */
export function url(path = ""): string {
  const base = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return `${base}${path.replace(/^\//, "")}`;
}

export function authorsText(p: PaperRecord): string {
  if (Array.isArray(p.authors)) return p.authors.map((a) => a.split(", ").reverse().join(" ")).join(", ");
  const by = p.orgLine ? organisation(p.orgLine) : null;
  if (typeof p.authors === "number") return `${p.authors} author${p.authors === 1 ? "" : "s"}${by ? `, ${by}` : ""}`;
  return by ?? "Authors unknown";
}

/**
 * An organisation line as its name. Listings write the organisation's account
 * before its name ("acme-ai Acme AI Lab", "ACME ACME"): the name is what
 * follows the first word, when there is one.
 */
export function organisation(line: string): string {
  const [handle = "", ...rest] = line.trim().split(/\s+/);
  return rest.length > 0 ? rest.join(" ") : handle;
}

/** A meta description: plain text cut at a word, with an ellipsis when cut. */
export const describe = (text: string, limit = 160): string => plainExcerpt(text, limit);

/** Each paper's BibTeX key, made once for the collection: its page and papers.bib agree. */
export const citeKeys = bibKeys(papers);

// One formatter for the whole build: creating one per call dominated page rendering.
const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const DAY_MONTH = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

const formatted = new Map<string, string>();

const MONTH_YEAR = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const LONG_MONTH_YEAR = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** A date as the month and year it falls in ("March 2024"); a year alone is said as it is. */
export const monthText = (date: string): string => (date.length === 4 ? date : LONG_MONTH_YEAR.format(dayOf(date)));

/** The first day a date may be: a bibliography's "2023" or "2023-03" is read as its start. */
export const dayOf = (date: string): Date => new Date(`${`${date}-01-01`.slice(0, 10)}T00:00:00Z`);

export function dateText(p: PaperRecord): string {
  if (!p.date) return p.dateText ?? "Date unknown";
  // A bibliography may give only the year, or the year and month: say no more than it does.
  if (p.date.length === 4) return p.date;
  if (p.date.length === 7) return MONTH_YEAR.format(dayOf(p.date));
  // Many pages list the same papers: each date is formatted once.
  const key = `${p.date}${p.dateInferred ? "?" : ""}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const day = dayOf(p.date);
    // The listing gave the day and month; the year was inferred: say so of the year alone.
    text = p.dateInferred ? `${DAY_MONTH.format(day)}, year inferred as ${p.date.slice(0, 4)}` : DATE.format(day);
    formatted.set(key, text);
  }
  return text;
}

export const byDateDesc = (a: PaperRecord, b: PaperRecord) =>
  (b.date ?? "").localeCompare(a.date ?? "") || a.id.localeCompare(b.id);

// Lists that many pages share are sorted once per build, not once per page:
// at 10,000 papers the per-page sorts of the paged lists cost more than the pages.
const once = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

/** Every paper, newest first. */
export const papersNewestFirst = once(() => [...papers].sort(byDateDesc));

/** Every method by name, ignoring case and accents. */
export const methodsByName = once(() =>
  [...methods].sort((a, b) => byName.compare(a.name, b.name) || a.slug.localeCompare(b.slug)),
);

/** Slugs of the methods offered in the search's method filter. */
export const searchFilterMethods = once(() => mostUsedMethods(methods, SEARCH_METHODS));

/** Where each initial letter starts in the pages of methods. */
export const methodJumps = once((): InitialJump[] =>
  initials(
    methodsByName().map((m) => m.name),
    METHODS_PER_PAGE,
  ),
);
