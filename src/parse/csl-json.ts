// Reads a CSL-JSON file (Zotero's, Mendeley's "CSL JSON" export): an array of
// items with title, author[].family/given (or literal), issued.date-parts,
// abstract, DOI, URL, container-title. jsonc-parser gives each item's offset,
// so every item, and any syntax error, is reported on its line.
import { arxivId, doiOf } from "../record/identifiers.ts";
import { type Node, parseTree, printParseErrorCode, type ParseError, getNodeValue } from "jsonc-parser";
import { z } from "astro/zod";
import type { VFile } from "vfile";
import { note } from "../report/messages.ts";
import { bibliographicEntry, identifiers, isoDate, partialDate, openSource } from "./bibliographic.ts";
import type { ListingResult } from "./listing.ts";
import { lineIndex } from "./normalize.ts";

const name = z.object({
  family: z.string().optional(),
  given: z.string().optional(),
  literal: z.string().optional(),
  "non-dropping-particle": z.string().optional(),
  "dropping-particle": z.string().optional(),
  suffix: z.string().optional(),
});
const date = z.object({
  "date-parts": z.array(z.array(z.union([z.number(), z.string()]))).optional(),
  raw: z.string().optional(),
  literal: z.string().optional(),
});
/** The fields of a CSL item Papergraph reads; the others are left as they are. */
const item = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  title: z.string().optional(),
  author: z.array(name).optional(),
  issued: date.optional(),
  abstract: z.string().optional(),
  DOI: z.string().optional(),
  URL: z.string().optional(),
  "container-title": z.union([z.string(), z.array(z.string())]).optional(),
  number: z.union([z.string(), z.number()]).optional(),
});

export function parseCslJson(file: string, bytes: Uint8Array): ListingResult {
  const { vfile, result, text } = openSource(file, bytes, "csl-json");
  if (text === null) return result;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const lineOf = lineIndex(text);
  // "CommaExpected" → "comma expected".
  const why = (e: ParseError) =>
    printParseErrorCode(e.error)
      .replace(/(?<=[a-z])(?=[A-Z])/g, " ")
      .toLowerCase();
  const items: Node[] = root?.type === "array" ? (root.children ?? []) : root?.type === "object" ? [root] : [];
  if (root !== undefined && items.length === 0) {
    note(vfile, "error", 1, "not CSL-JSON: expected an array of items (Zotero: Export Collection… → CSL JSON)");
  }
  // Broken JSON is mended by the parser as it sees fit, which can fold the next item into this
  // one: an item holding a syntax error is not read, and the report names the error's line.
  const outside = errors.filter((e) => !items.some((n) => e.offset >= n.offset && e.offset <= n.offset + n.length));
  for (const e of outside) note(vfile, "error", lineOf(e.offset), `not valid JSON (${why(e)})`);
  items.forEach((node, i) => {
    const line = lineOf(node.offset);
    const label = `CSL item ${i + 1}`;
    const broken = errors.find((e) => e.offset >= node.offset && e.offset <= node.offset + node.length);
    if (broken) {
      const where = `line ${lineOf(broken.offset)}`;
      note(vfile, "skipped", line, `${label}: not read, its JSON is broken on ${where} (${why(broken)})`);
      return;
    }
    const parsed = item.safeParse(node.type === "object" ? getNodeValue(node) : null);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      note(vfile, "skipped", line, `${label}: not a CSL item (${issue?.path.join(".") || "item"}: ${issue?.message})`);
      return;
    }
    const it = parsed.data;
    const doi = doiOf(it.DOI);
    // Zotero writes a preprint's arXiv id in "number" ("arXiv:2401.01234") and its address in URL.
    const arxiv = arxivId(typeof it.number === "string" ? it.number : undefined) ?? arxivId(it.URL);
    const ids = identifiers(doi, arxiv);
    const entry = bibliographicEntry(
      "csl-json",
      vfile,
      line,
      {
        title: it.title ?? "",
        abstract: it.abstract ?? "",
        authors: (it.author ?? []).flatMap(personName),
        date: issuedDate(it.issued),
        venue: [it["container-title"]].flat()[0] ?? null,
        ...(ids ? { ids } : {}),
        urls: it.URL ? [it.URL] : [],
      },
      label,
    );
    if (entry) result.entries.push(entry);
  });
  return result;
}

/** "Surname, Given" as the other sources write it: "van Beethoven, Ludwig", "King, Martin Luther, Jr.". */
function personName(n: z.infer<typeof name>): string[] {
  if (n.literal) return [n.literal];
  const surname = [n["non-dropping-particle"], n.family].filter(Boolean).join(" ");
  const given = [n.given, n["dropping-particle"]].filter(Boolean).join(" ");
  if (!surname) return given ? [given] : [];
  return [[surname, given, n.suffix].filter(Boolean).join(", ")];
}

/** "issued": date-parts [[2023, 3, 5]], or a raw ISO date. */
function issuedDate(issued: z.infer<typeof date> | undefined): string | null {
  const parts = issued?.["date-parts"]?.[0]?.map(Number);
  if (parts && parts.length > 0) return partialDate(parts[0], parts[1], parts[2]);
  return isoDate(issued?.raw ?? issued?.literal);
}
