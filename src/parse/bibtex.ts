// Reads a .bib file (BibTeX and BibLaTeX as Zotero, Better BibTeX and JabRef
// export them) with @retorquere/bibtex-parser, the parser Better BibTeX's
// imports run on: @string macros, month macros, braces and quotes, accents
// ("{\"o}", "\'e") made Unicode. A malformed entry is reported on its line and
// the rest of the file is read.
import { arxivId, doiOf } from "../record/identifiers.ts";
import { parse, type Creator, type Entry as BibEntry } from "@retorquere/bibtex-parser";
import type { VFile } from "vfile";
import { note } from "../report/messages.ts";
import type { Entry } from "../types.ts";
import { bibliographicEntry, identifiers, isoDate, partialDate, openSource } from "./bibliographic.ts";
import type { ListingResult } from "./listing.ts";
import { escapeRegExp } from "../extract/regexp.ts";
import { lineIndex } from "./normalize.ts";

// Titles as written: no sentence-casing, no case-protection markup; commands the
// parser does not know are dropped rather than failing the entry.
const CONVERTED = { english: false, sentenceCase: false, caseProtection: false, unsupported: "ignore" } as const;

export function parseBibtex(file: string, bytes: Uint8Array): ListingResult {
  const { vfile, result, text } = openSource(file, bytes, "bibtex");
  if (text === null) return result;
  const converted = parse(text, CONVERTED);
  // The same entries with their fields as written, for citing the paper as the file does.
  const raw = new Map(parse(text, { ...CONVERTED, raw: true }).entries.map((e) => [e.input, e]));
  const lineOf = lineIndex(text);
  let cursor = 0;
  const lineOfInput = (input: string) => {
    const at = text.indexOf(input, cursor);
    if (at >= 0) cursor = at + input.length;
    return lineOf(Math.max(0, at));
  };
  // The parser's message up to what it found instead, which quotes the next entry.
  const why = (error: { error: string }) => error.error.replace(/, found .*$/s, "");
  const inputs = converted.entries.map((e) => e.input).filter(Boolean);
  // Which entry an error is of: the one whose text it gives, or (an unknown @string, which
  // comes with no text) the one that uses the name it quotes. null: an entry not read at all.
  const ofEntry = (error: { error: string; input?: string }): string | null => {
    if (error.input) return inputs.includes(error.input) ? error.input : null;
    const quoted = /"([^"]+)"/.exec(error.error)?.[1];
    return (quoted && inputs.find((i) => new RegExp(`[=#]\\s*${escapeRegExp(quoted)}\\b`).test(i))) || null;
  };
  const repairs = new Map<string, string[]>();
  for (const error of converted.errors) {
    const input = ofEntry(error);
    if (input !== null) repairs.set(input, [...(repairs.get(input) ?? []), why(error)]);
    else if (error.input) {
      note(
        vfile,
        "skipped",
        lineOf(Math.max(0, text.indexOf(error.input))),
        `malformed BibTeX entry, skipped: ${why(error)}`,
      );
    } else note(vfile, "error", 1, `BibTeX: ${why(error)}`);
  }
  for (const entry of converted.entries) {
    // An entry the parser could not finish has no input of its own; its error is noted above.
    if (!entry.input) continue;
    const line = lineOfInput(entry.input);
    const kept = readEntry(entry, raw.get(entry.input), vfile, line);
    if (!kept) continue;
    for (const repair of repairs.get(entry.input) ?? []) kept.repairs.push(`read despite: ${repair}`);
    result.entries.push(kept);
  }
  if (converted.entries.length === 0 && converted.errors.length === 0) {
    note(vfile, "error", 1, "no BibTeX entries in the file");
  }
  return result;
}

function readEntry(entry: BibEntry, raw: BibEntry | undefined, vfile: VFile, line: number): Entry | null {
  const f = entry.fields;
  const doi = doiOf(f.doi);
  // An arXiv e-print: eprint with archivePrefix (BibTeX) or eprinttype (BibLaTeX) arXiv, or an arXiv address.
  const archive = (f.archiveprefix ?? f.eprinttype ?? "").toLowerCase();
  const arxiv =
    (archive === "arxiv" || /^\d{4}\.\d{4,5}/.test(f.eprint ?? "") ? arxivId(f.eprint) : null) ?? arxivId(f.url);
  const ids = identifiers(doi, arxiv);
  return bibliographicEntry(
    "bibtex",
    vfile,
    line,
    {
      title: accented(f.title ?? ""),
      abstract: bibtexAbstract(raw?.fields.abstract ?? f.abstract ?? ""),
      authors: (f.author ?? []).map((c) => accented(personName(c))),
      date: dateOf(f.date, f.year, f.month),
      venue: f.journaltitle ?? f.journal ?? f.booktitle ?? null,
      ...(ids ? { ids } : {}),
      urls: f.url ? [f.url] : [],
      ...(raw ? { bibtex: kept(raw) } : {}),
    },
    `BibTeX entry ${entry.key}`,
  );
}

/** "Surname, Given" ("van Beethoven, Ludwig"), or an organisation's name as written. */
function personName(c: Creator): string {
  if (c.name) return c.name;
  const surname = [c.prefix, c.lastName].filter(Boolean).join(" ");
  const given = [c.firstName, c.suffix].filter(Boolean).join(", ");
  return given ? `${surname}, ${given}` : surname;
}

/** BibLaTeX's date ("2023-03-05", "2023-03") or year and month. */
function dateOf(date: string | undefined, year: string | undefined, month: string | undefined): string | null {
  const iso = isoDate(date);
  if (iso) return iso;
  const y = /\d{4}/.exec(year ?? "")?.[0];
  return partialDate(y ? Number(y) : undefined, month ? Number(month) : undefined);
}

/**
 * The abstract as the listings give theirs: text with its math ($…$) kept as
 * written for the page's math rendering, and LaTeX's text commands outside math
 * ("{\"u}", "\textbf{…}", "\%") made plain text by the parser.
 */
export function bibtexAbstract(raw: string): string {
  return (
    raw
      // Math is $…$, $$…$$ or \(…\); an escaped dollar ("\$5") is text.
      .split(/((?<!\\)\$\$(?:[^$\\]|\\.)+\$\$|(?<!\\)\$(?:[^$\\]|\\.)+\$|\\\(.+?\\\))/s)
      .map((part, i) => (i % 2 === 1 ? part : plainOf(part)))
      .join("")
  );
}

function plainOf(latex: string): string {
  if (!/[\\{}~]/.test(latex)) return latex;
  const { entries, errors } = parse(`@misc{x, abstract = {${latex}}}`, CONVERTED);
  const text = entries[0]?.fields.abstract;
  if (errors.length > 0 || text === undefined) return latex;
  // The parser trims the field; the spaces around math belong to the sentence.
  const [lead = ""] = /^\s*/.exec(latex) ?? [];
  const [trail = ""] = /\s*$/.exec(latex) ?? [];
  // It marks up what it converts (<b>, <i>, <a href>): keep the text, and a link's address too.
  const plain = text
    // \url{u} gives the address; \href{u}{text} the text with the address after it.
    .replace(/<a href="([^"]*)">([^<]*)<\/a>/g, (_, url: string, label: string) =>
      label === url ? url : `${label} (${url})`,
    )
    .replace(/<\/?[a-z][^>]*>/g, "")
    .replace(/\u00A0/g, " ");
  return `${lead}${accented(plain)}${trail}`;
}

/** LaTeX accents a dotless i or j ("\\'{\\i}"): as one character, "í" rather than "ı" and a combining accent. */
const accented = (text: string): string =>
  text
    .replace(/ı(?=\p{M})/gu, "i")
    .replace(/ȷ(?=\p{M})/gu, "j")
    .normalize("NFC");

// Fields a reference manager writes for its own use (a local file's path, notes,
// groups, times): private to the researcher's machine, never kept nor published.
const PRIVATE_FIELD = new RegExp(
  "^(?:file|annote|annotation|comment|owner|timestamp|date-?added|date-?modified|groups|readstatus|ranking|" +
    "priority|printed|qualityassured|mendeley-.+|bdsk-.+|zotero-.+)$",
  "i",
);

/** The entry's key, type and fields as the file wrote them, for the BibTeX the site offers. */
function kept(raw: BibEntry): { key: string; type: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw.fields)) {
    if (PRIVATE_FIELD.test(name)) continue;
    // A url that is no web address (a local file) is left out of the record, and so of the citation.
    if (name === "url" && (typeof value !== "string" || !/^https?:\/\//i.test(value.trim()))) continue;
    if (typeof value === "string") fields[name] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === "string")) fields[name] = value.join(", ");
    else if (Array.isArray(value)) fields[name] = (value as Creator[]).map(personName).join(" and ");
  }
  return { key: raw.key, type: raw.type, fields };
}
