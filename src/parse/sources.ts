// The sources folder: its files, in name order, and its per-file settings
// (papergraph.sources.json). Read before anything is parsed, also by the ingest
// command's quick checks. Bibliographies are known by their extension (.bib,
// .json, .xml/.atom); every other file is a listing, whose layout is read from
// its structure.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { extname, join } from "node:path";
import { parseArxivAtom } from "./arxiv-atom.ts";
import { parseBibtex } from "./bibtex.ts";
import { parseCslJson } from "./csl-json.ts";
import { type ListingResult, parseListing, type SourceSettings } from "./listing.ts";

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
