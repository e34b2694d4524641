// The same paper appears in several sources. Entries with the same arXiv id or
// DOI, whatever their titles, and entries whose titles match (ignoring case and
// punctuation) and whose abstracts agree, become one paper that keeps the
// richest fields of each and every source.
import { classifyUrl } from "../extract/links.ts";
import { endsMidSentence } from "./truncation.ts";
import type { VFile } from "vfile";
import { note } from "../report/messages.ts";
import type { Entry, Paper } from "../types.ts";
import { shortHash, slugify, titleKey } from "./keys.ts";

export interface MergeResult {
  papers: Paper[];
}

// Slugs that would shadow a site route or read badly as a page name.
const RESERVED = new Set(["index", "graph", "search", "papers", "methods", "concepts", "404", "data", "page", "rss"]);

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Two abstracts tell of the same paper when most of their words are shared. */
export function sameAbstract(a: string, b: string): boolean {
  if (!a || !b) return true;
  const x = words(a);
  const y = words(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size) >= 0.6;
}

/**
 * Merges the entries into papers; every entry's fate (kept, merged, repaired)
 * is noted on its listing's file, as `fileOf` gives it.
 */
export function mergeEntries(entries: Entry[], fileOf: (name: string) => VFile): MergeResult {
  const { groups, apart } = groupEntries(entries);
  for (const { entry, other, key } of apart) {
    const there = other ? `${other.source.file}:${other.source.line}` : "another entry";
    entry.repairs.push(`shares ${key} with ${there}, but their other identifiers differ: kept as separate papers`);
  }
  const merged = groups.map((group) => ({ group, paper: combine(group) }));
  assignIds(merged);
  for (const { group, paper } of merged) {
    group.forEach((entry, j) => {
      const file = fileOf(entry.source.file);
      const line = entry.source.line;
      const first = group[0]?.source;
      if (j === 0) note(file, "kept", line, `kept as ${paper.id}`, paper.id);
      else note(file, "merged", line, `same paper as ${first?.file}:${first?.line}; merged into ${paper.id}`, paper.id);
      for (const repair of entry.repairs) note(file, "repaired", line, repair, paper.id);
    });
  }
  return { papers: merged.map((m) => m.paper) };
}

/**
 * The entries of each paper, in the order of their first entry. Entries join
 * (union-find) when they share an identifier, or a title whose abstracts agree,
 * unless the two sides have different identifiers of one kind (two arXiv ids:
 * two papers under one title or one proceedings DOI), which is reported.
 */
function groupEntries(entries: Entry[]): { groups: Entry[][]; apart: Apart[] } {
  const apart: Apart[] = [];
  const parent = entries.map((_, i) => i);
  const ids = entries.map((e) => new Map(idKeys(e).map((k) => [k.slice(0, k.indexOf(":")), k])));
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  const conflict = (a: number, b: number) =>
    [...(ids[a] ?? [])].some(([kind, key]) => ids[b]?.has(kind) && ids[b]?.get(kind) !== key);
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    const [keep, gone] = ra < rb ? [ra, rb] : [rb, ra];
    parent[gone] = keep;
    // The group's identifiers are its members' together.
    for (const [kind, key] of ids[gone] ?? []) if (!ids[keep]?.has(kind)) ids[keep]?.set(kind, key);
  };
  const byId = new Map<string, number>();
  const byTitle = new Map<string, number[]>();
  entries.forEach((entry, i) => {
    for (const key of idKeys(entry)) {
      const j = byId.get(key);
      if (j === undefined) byId.set(key, i);
      else if (conflict(find(i), find(j))) apart.push({ entry, other: entries[j], key });
      else union(i, j);
    }
    const title = titleKey(entry.title);
    const heads = byTitle.get(title) ?? [];
    const match = heads.find((j) => sameAbstract(entries[j]?.abstract ?? "", entry.abstract));
    if (match !== undefined && !conflict(find(i), find(match))) union(i, match);
    else byTitle.set(title, [...heads, i]);
  });
  const byRoot = new Map<number, Entry[]>();
  entries.forEach((entry, i) => {
    const root = find(i);
    const group = byRoot.get(root);
    if (group) group.push(entry);
    else byRoot.set(root, [entry]);
  });
  return { groups: [...byRoot.values()], apart };
}

/** Two entries that share an identifier but differ in another of one kind: kept apart, and said so. */
interface Apart {
  entry: Entry;
  other: Entry | undefined;
  key: string;
}

/** The identifiers an entry can be found by: "doi:…" (case-insensitive, as DOIs are) and "arxiv:…". */
function idKeys(entry: Entry): string[] {
  const keys: string[] = [];
  if (entry.ids?.doi) keys.push(`doi:${entry.ids.doi.toLowerCase()}`);
  if (entry.ids?.arxiv) keys.push(`arxiv:${entry.ids.arxiv}`);
  return keys;
}

/**
 * The richest date of a group: a date the source states outright before one
 * whose year was inferred, the more precise first. A listing's day and month
 * with an inferred year, which a bibliography's stated year (and month)
 * confirms, is that day of that year.
 */
function richestDate(group: Entry[]): Pick<Entry, "date" | "dateText" | "dateInferred"> | null {
  const dated = group.filter((e) => e.date !== null);
  const rank = (e: Entry) => (e.dateInferred ? 0 : 2) + (e.date?.length ?? 0) / 100;
  const best = dated.reduce<Entry | null>((a, b) => (a === null || rank(b) > rank(a) ? b : a), null);
  if (best === null) return null;
  const confirmed = dated.find(
    (e) =>
      e.dateInferred &&
      !best.dateInferred &&
      best.date !== null &&
      (e.date?.length ?? 0) > best.date.length &&
      e.date?.startsWith(best.date),
  );
  return confirmed ? { date: confirmed.date, dateText: confirmed.dateText, dateInferred: false } : best;
}

const length = (e: Entry) => (Array.isArray(e.authors) ? e.authors.length : 0);

function combine(group: Entry[]): Paper {
  const [first] = group;
  if (first === undefined) throw new Error("a paper merged from no entry");
  // The longest list of names: one source may give the first author only.
  const names = group
    .filter((e) => Array.isArray(e.authors))
    .reduce<Entry | undefined>((a, b) => (a === undefined || length(b) > length(a) ? b : a), undefined);
  const counted = group.find((e) => typeof e.authors === "number");
  const dated = richestDate(group) ?? first;
  const doi = group.find((e) => e.ids?.doi)?.ids?.doi;
  const arxiv = group.find((e) => e.ids?.arxiv)?.ids?.arxiv;
  const bibtex = group.find((e) => e.bibtex)?.bibtex;
  const upvotes = group.map((e) => e.upvotes).filter((u): u is number => u !== null);
  const abstract = group.map((e) => e.abstract).reduce((a, b) => (b.length > a.length ? b : a), "");
  return {
    id: "",
    title: first.title,
    abstract,
    authors: names?.authors ?? counted?.authors ?? null,
    orgLine: group.find((e) => e.orgLine)?.orgLine ?? null,
    date: dated.date,
    dateText: dated.dateText,
    dateInferred: dated.dateInferred,
    upvotes: upvotes.length ? Math.max(...upvotes) : null,
    venue: group.find((e) => e.venue)?.venue ?? null,
    // A bibliography's own addresses; the abstract's are added when it is read.
    links: [...new Set(group.flatMap((e) => e.urls ?? []))].map((url) => ({ url, kind: classifyUrl(url) })),
    methods: [],
    mentions: [],
    concepts: [],
    sources: group.map((e) => ({ ...e.source })),
    buildsOn: [],
    builtUponBy: [],
    related: [],
    truncated: endsMidSentence(abstract),
    // Only what a bibliography gave: a listing's paper keeps the record it always had.
    ...(doi || arxiv ? { ids: { ...(doi ? { doi } : {}), ...(arxiv ? { arxiv } : {}) } } : {}),
    ...(bibtex ? { bibtex } : {}),
  };
}

// A slug depends only on the paper itself (title, and first source when titles
// collide), so adding or removing other papers never renames a page.
function assignIds(merged: Array<{ group: Entry[]; paper: Paper }>): void {
  const bySlug = new Map<string, Array<{ group: Entry[]; paper: Paper }>>();
  for (const m of merged) {
    let slug = slugify(m.paper.title);
    if (!slug || RESERVED.has(slug)) slug = `paper-${slug || shortHash(m.paper.title)}`.replace(/-$/, "");
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), m]);
  }
  for (const [slug, members] of bySlug) {
    if (members.length === 1) for (const { paper } of members) paper.id = slug;
    else
      for (const { group, paper } of members) {
        const [first] = group;
        paper.id = `${slug}-${shortHash(`${first?.title ?? ""}\n${first?.abstract ?? ""}`)}`;
      }
  }
}
