// A paper record as a BibTeX entry, for the paper's page ("Cite") and for the
// whole collection (data/papers.bib). Keys are made once for the collection,
// so that a page and the file agree: first author's surname, the year and the
// title's first word of more than three letters, with a, b, … only where two
// would be the same.
import { arxivId } from "./identifiers.ts";
import { byCodeUnit } from "./order.ts";
import type { PaperRecord } from "./schema.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** ASCII letters of a word, for a key: "Müller" → "muller". */
const keyPart = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]/g, "")
    .toLowerCase();

function keyBase(p: PaperRecord): string {
  const surname = Array.isArray(p.authors) ? keyPart(p.authors[0]?.split(",")[0] ?? "") : "";
  const word =
    p.title
      .split(/\s+/)
      .map(keyPart)
      .find((w) => w.length > 3) ?? "paper";
  // "nd" (no date) for an undated paper. The title's word keeps a key from moving when the collection grows: with
  // surname and year alone, a new paper by another Smith of that year would turn "smith2024" into "smith2024b".
  const year = p.date?.slice(0, 4) ?? "nd";
  return surname ? `${surname}${year}${word}` : `${word}${year}`;
}

/**
 * Each paper's key, unique in the collection, stable for the same collection.
 * A paper a BibTeX file gave keeps that file's key (the researcher cites it by
 * that key already), unless another imported paper took it first.
 */
export function bibKeys(papers: readonly PaperRecord[]): Map<string, string> {
  const keys = new Map<string, string>();
  const byId = [...papers].sort((a, b) => byCodeUnit(a.id, b.id));
  const taken = new Set<string>();
  for (const p of byId) {
    const key = p.bibtex?.key;
    if (key && !taken.has(key)) {
      keys.set(p.id, key);
      taken.add(key);
    }
  }
  const byBase = new Map<string, string[]>();
  for (const p of byId) {
    if (keys.has(p.id)) continue;
    const base = keyBase(p);
    const list = byBase.get(base);
    if (list) list.push(p.id);
    else byBase.set(base, [p.id]);
  }
  // A base one paper has is its key. Those come first: a lettered key of a shared base ("lee2023sketch" + "a") may
  // spell another paper's base ("lee2023sketcha"), and then takes the next letter.
  const shared: Array<[string, string[]]> = [];
  for (const [base, ids] of byBase) {
    const [only] = ids;
    if (ids.length === 1 && only !== undefined && !taken.has(base)) {
      keys.set(only, base);
      taken.add(base);
    } else shared.push([base, ids]);
  }
  for (const [base, ids] of shared) {
    let i = 0;
    for (const id of ids) {
      let key = `${base}${suffix(i++)}`;
      while (taken.has(key)) key = `${base}${suffix(i++)}`;
      keys.set(id, key);
      taken.add(key);
    }
  }
  return keys;
}

/** a, b, …, z, aa, ab, … */
const suffix = (i: number): string =>
  i < 26 ? String.fromCharCode(97 + i) : suffix(Math.floor(i / 26) - 1) + suffix(i % 26);

const LITERAL: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/**
 * Text for a field: outside math, LaTeX's special characters are escaped (a
 * listing's braces and backslashes are its text, not LaTeX); math ($…$) is kept.
 */
export function bibText(s: string): string {
  return s
    .split(/(\$[^$]+\$)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[\\~^&%#_{}$]/g, (c) => LITERAL[c] ?? `\\${c}`)))
    .join("");
}

export function bibEntry(p: PaperRecord, key: string): string {
  if (p.bibtex) return importedEntry(p, key);
  // Double braces: the title's capitals are kept as written (style files would lower-case them).
  const fields: Array<[string, string]> = [["title", `{{${bibText(p.title)}}}`]];
  if (Array.isArray(p.authors) && p.authors.length > 0)
    fields.push(["author", `{${p.authors.map(bibText).join(" and ")}}`]);
  const year = p.date?.slice(0, 4);
  if (year) fields.push(["year", `{${year}}`]);
  const month = p.date && !p.dateInferred ? MONTHS[Number(p.date.slice(5, 7)) - 1] : undefined;
  if (month) fields.push(["month", month]);
  if (p.venue) fields.push(["howpublished", `{${bibText(p.venue)}}`]);
  // The paper's own address (or its project page) is its url; code goes in a note.
  const paperLink = p.links.find((l) => l.kind === "paper") ?? p.links.find((l) => l.kind === "project");
  const code = p.links.find((l) => l.kind === "code");
  const arxiv = p.ids?.arxiv ?? p.links.map((l) => arxivId(l.url)).find((id) => id !== null);
  if (arxiv) fields.push(["eprint", `{${arxiv}}`], ["archiveprefix", "{arXiv}"]);
  if (p.ids?.doi) fields.push(["doi", `{${p.ids.doi}}`]);
  if (paperLink) fields.push(["url", `{${paperLink.url}}`]);
  if (code) fields.push(["note", `{Code: \\url{${code.url}}}`]);
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(",\n")}\n}\n`;
}

/**
 * The entry as the BibTeX file gave it: its type, key (unless another paper
 * took it) and fields as written (less those private to the reference manager),
 * with the identifiers other sources found added when it had none.
 */
function importedEntry(p: PaperRecord, key: string): string {
  const given = p.bibtex ?? { type: "misc", fields: {} };
  // The reader kept no private field (src/parse/bibtex.ts).
  const fields = Object.entries(given.fields);
  const has = (name: string) => fields.some(([n]) => n === name);
  if (p.ids?.doi && !has("doi")) fields.push(["doi", p.ids.doi]);
  if (p.ids?.arxiv && !has("eprint")) fields.push(["eprint", p.ids.arxiv], ["archiveprefix", "arXiv"]);
  return `@${given.type}{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n")}\n}\n`;
}

/** The collection as one .bib file, entries by key (the collection's keys, made once by the caller). */
export function bibFile(papers: readonly PaperRecord[], keys: ReadonlyMap<string, string> = bibKeys(papers)): string {
  return papers
    .map((p) => ({ key: keys.get(p.id) ?? p.id, p }))
    .sort((a, b) => byCodeUnit(a.key, b.key))
    .map(({ key, p }) => bibEntry(p, key))
    .join("\n");
}
