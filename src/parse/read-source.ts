// One source file read by its kind. Bibliographies are known by their
// extension (.bib, .json, .xml/.atom); every other file is a listing, whose
// layout is read from its structure.
import { extname } from "node:path";
import { parseArxivAtom } from "./arxiv-atom.ts";
import { parseBibtex } from "./bibtex.ts";
import { parseCslJson } from "./csl-json.ts";
import { type ListingResult, parseListing, type SourceSettings } from "./listing.ts";

/** Reads one source file by its kind: a BibTeX file, a CSL-JSON file, an arXiv Atom feed, or a listing. */
export function readSource(name: string, bytes: Uint8Array, settings?: SourceSettings): ListingResult {
  switch (extname(name).toLowerCase()) {
    case ".bib":
      return parseBibtex(name, bytes);
    case ".json":
      return parseCslJson(name, bytes);
    case ".xml":
    case ".atom":
      return parseArxivAtom(name, bytes);
    default:
      return parseListing(name, bytes, settings);
  }
}
