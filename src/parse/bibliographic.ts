// What the three bibliography formats (BibTeX, CSL-JSON, arXiv Atom) share once
// read: identifiers in one form, dates to the precision given, and the entry
// every source becomes, with an entry that cannot be a paper noted as skipped.
import { VFile } from "vfile";
import { cleanUrl } from "../extract/links.ts";
import { note } from "../report/messages.ts";
import type { Entry, Identifiers, ImportedBibtex, Layout } from "../types.ts";
import { clip } from "./entry.ts";
import type { ListingResult } from "./listing.ts";
import { decodeListing, normalizeText } from "./normalize.ts";
import { arxivId, doiOf } from "../record/identifiers.ts";

/** The identifiers of an entry: arXiv's own DOI (10.48550/arXiv.2401.01234) also gives the arXiv id. */
export function identifiers(doi: string | null, arxiv: string | null): Identifiers | undefined {
  const fromDoi = doi ? arxivId(/^10\.48550\/arxiv\.(.+)$/i.exec(doi)?.[1]) : null;
  const ids: Identifiers = {};
  if (doi) ids.doi = doi;
  if (arxiv ?? fromDoi) ids.arxiv = (arxiv ?? fromDoi) as string;
  return ids.doi || ids.arxiv ? ids : undefined;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when the source gives no more; null when the parts make no date. */
export function partialDate(year?: number, month?: number, day?: number): string | null {
  if (year === undefined || !Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (month === undefined || !Number.isInteger(month) || month < 1 || month > 12) return String(year);
  const ym = `${year}-${pad(month)}`;
  // A day the month does not have ("2023-02-30") would roll over into the next: the month is all that is sure.
  const real =
    day !== undefined && Number.isInteger(day) && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
  return real ? `${ym}-${pad(day)}` : ym;
}

/** An ISO date or its start ("2023-03-05", "2023-03", "2023-03-05T18:00:00Z"), to the precision given; null if none. */
export function isoDate(text: string | undefined): string | null {
  const m = /^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(text ?? "");
  if (!m) return null;
  return partialDate(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
}

/** What a bibliography says of one paper, as read. */
export interface Bibliographic {
  title: string;
  abstract: string;
  /** "Surname, Given", or a name as written (an organisation). */
  authors: string[];
  date: string | null;
  venue: string | null;
  ids?: Identifiers;
  urls: string[];
  bibtex?: ImportedBibtex;
}

/**
 * The entry a bibliography item becomes, or null (noted as skipped, with why)
 * when it has no title. An item without an abstract is kept, and the repair
 * noted, as for a listing's entry.
 */
export function bibliographicEntry(
  layout: Layout,
  vfile: VFile,
  line: number,
  item: Bibliographic,
  label: string,
): Entry | null {
  const title = item.title.replace(/\s+/g, " ").trim();
  if (!title) {
    note(vfile, "skipped", line, `${label}: no title, so no paper to make of it`);
    return null;
  }
  const repairs: string[] = [];
  // Only web addresses are links: a url field holding a file path or a note is left out, and said so.
  // An arXiv or DOI address is the identifier's, which the page links anyway.
  const urls = item.urls
    .filter((u) => arxivId(u) === null && doiOf(u) === null)
    .flatMap((u) => {
      const cleaned = /^https?:\/\//i.test(u.trim()) ? cleanUrl(u.trim()) : null;
      const url = cleaned !== null && URL.canParse(cleaned) ? cleaned : null;
      if (url === null) repairs.push(`url "${clip(u, 60)}" is not a web address: left out`);
      return url === null ? [] : [url];
    });
  const abstract = item.abstract.replace(/\s+/g, " ").trim();
  if (!abstract) repairs.push(`${label} "${clip(title, 60)}" has no abstract: kept with its title only`);
  return {
    title,
    abstract,
    authors: item.authors.length > 0 ? item.authors : null,
    orgLine: null,
    date: item.date,
    dateText: item.date,
    dateInferred: false,
    upvotes: null,
    venue: item.venue,
    layout,
    source: { file: vfile.path, line },
    repairs,
    ...(item.ids ? { ids: item.ids } : {}),
    ...(urls.length > 0 ? { urls } : {}),
    ...(item.bibtex ? { bibtex: item.bibtex } : {}),
  };
}

/**
 * What every bibliography reader starts from: the file's result with no entry
 * yet, and its text decoded and normalised as a listing's is (what was mended
 * noted on its line), or null when it is no text (noted as an error).
 */
export function openSource(
  file: string,
  bytes: Uint8Array,
  layout: Layout,
): { vfile: VFile; result: ListingResult; text: string | null } {
  const vfile = new VFile({ path: file });
  const result: ListingResult = {
    file,
    vfile,
    layout,
    entries: [],
    captureYear: null,
    captureYearInferred: false,
    years: [],
    pageDate: null,
  };
  try {
    const normalized = normalizeText(decodeListing(bytes));
    for (const { message, line } of normalized.notes) note(vfile, "repaired", line, message);
    return { vfile, result, text: normalized.text };
  } catch (error) {
    note(vfile, "error", 1, `${(error as Error).message}; file skipped`);
    return { vfile, result, text: null };
  }
}
