// Reads an arXiv API answer (Atom XML: export.arxiv.org/api/query?…) with
// fast-xml-parser. Each <entry> is read on its own, so a malformed one is
// reported on its line and the others are kept: title, summary, authors,
// published date, links, the arXiv id (its version dropped), DOI and primary
// category.
import { arxivId, doiOf } from "../record/identifiers.ts";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { VFile } from "vfile";
import { note } from "../report/messages.ts";
import { bibliographicEntry, identifiers, isoDate, openSource } from "./bibliographic.ts";
import type { ListingResult } from "./listing.ts";
import { lineIndex } from "./normalize.ts";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (tag) => ["author", "link", "category"].includes(tag),
  trimValues: true,
  // Text stays text: a title "007" is not the number 7.
  parseTagValue: false,
});

interface AtomEntry {
  id?: string;
  title?: string;
  summary?: string;
  published?: string;
  updated?: string;
  author?: Array<{ name?: string }>;
  link?: Array<{ "@href"?: string; "@title"?: string; "@rel"?: string }>;
  "arxiv:doi"?: string;
  "arxiv:primary_category"?: { "@term"?: string };
  "arxiv:journal_ref"?: string;
}

export function parseArxivAtom(file: string, bytes: Uint8Array): ListingResult {
  const { vfile, result, text } = openSource(file, bytes, "arxiv-atom");
  if (text === null) return result;
  const starts = [...text.matchAll(/<entry[\s>]/g)].map((m) => m.index);
  if (starts.length === 0) {
    const why = /<feed[\s>]/.test(text) ? "an Atom feed with no <entry>" : "not an Atom feed (no <feed> element)";
    note(vfile, "error", 1, why);
    return result;
  }
  const lineOf = lineIndex(text);
  starts.forEach((start, i) => {
    const line = lineOf(start);
    const end = text.indexOf("</entry>", start);
    const next = starts[i + 1] ?? text.length;
    if (end < 0 || end > next) {
      note(vfile, "skipped", line, "malformed Atom entry, skipped: no </entry> before the next entry");
      return;
    }
    const xml = text.slice(start, end + "</entry>".length);
    const valid = XMLValidator.validate(xml);
    if (valid !== true) {
      // The validator counts lines from the entry's start; the report counts them in the file.
      const why = valid.err.msg.replace(/line (\d+)/g, (_, n: string) => `line ${Number(n) + line - 1}`);
      note(vfile, "skipped", line + valid.err.line - 1, `malformed Atom entry, skipped: ${why}`);
      return;
    }
    const entry = (parser.parse(xml) as { entry?: AtomEntry }).entry ?? {};
    // arXiv answers a bad query with one entry whose id is an error's address and whose summary says why.
    if (/arxiv\.org\/api\/errors/.test(textOf(entry.id))) {
      note(vfile, "error", line, `the arXiv API answered with an error: ${textOf(entry.summary) || "no reason given"}`);
      return;
    }
    const read = readEntry(entry, vfile, line, i + 1);
    if (read) result.entries.push(read);
  });
  return result;
}

function readEntry(e: AtomEntry, vfile: VFile, line: number, n: number) {
  const links = (e.link ?? []).map((l) => l["@href"] ?? "").filter(Boolean);
  const arxiv = arxivId(textOf(e.id)) ?? links.map(arxivId).find((id) => id !== null) ?? null;
  const ids = identifiers(doiOf(textOf(e["arxiv:doi"])), arxiv);
  const category = e["arxiv:primary_category"]?.["@term"];
  return bibliographicEntry(
    "arxiv-atom",
    vfile,
    line,
    {
      title: textOf(e.title),
      abstract: textOf(e.summary),
      authors: (e.author ?? []).map((a) => surnameFirst(textOf(a.name))).filter(Boolean),
      date: isoDate(textOf(e.published) || textOf(e.updated)),
      venue: textOf(e["arxiv:journal_ref"]) || (category ? `arXiv ${category}` : null),
      ...(ids ? { ids } : {}),
      // The arXiv and DOI addresses come from the ids; other links (a journal's page) are kept.
      urls: links,
    },
    `Atom entry ${n}`,
  );
}

/** An element's text (the parser gives a number for "2024" and an object for an element with attributes). */
function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (value && typeof value === "object" && "#text" in value) return String((value as { "#text": unknown })["#text"]);
  return "";
}

/**
 * arXiv writes "Given Surname": "Surname, Given" as the other sources do. The
 * surname is the last word with the lower-case particles before it ("Ludwig van
 * Berg" → "van Berg, Ludwig"); a generational suffix stays last ("John Smith Jr."
 * → "Smith, John, Jr.").
 */
function surnameFirst(name: string): string {
  const words = name.trim().split(/\s+/);
  const suffix = words.length > 2 && /^(?:Jr\.?|Sr\.?|I{2,3}|IV)$/.test(words.at(-1) ?? "") ? words.pop() : undefined;
  let start = words.length - 1;
  while (start > 1 && /^\p{Ll}/u.test(words[start - 1] ?? "")) start--;
  const given = words.slice(0, start).join(" ");
  const surname = words.slice(start).join(" ");
  return [surname, given, suffix].filter(Boolean).join(", ");
}
