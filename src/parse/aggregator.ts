// The aggregator layout: title, "Surname, Given, Surname, Given" author line,
// venue line, abstract. Entries are set apart by blank lines.
import type { VFile } from "vfile";
import type { Entry } from "../types.ts";
import { type Block, isProse, isTitleLike } from "./blocks.ts";
import { type ListingParse, clip, ignored, newEntry, skipped } from "./entry.ts";

const PARTICLES = new Set([
  "van",
  "von",
  "de",
  "der",
  "den",
  "da",
  "di",
  "du",
  "del",
  "della",
  "la",
  "le",
  "dos",
  "das",
  "bin",
  "al",
  "ter",
  "zu",
]);
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.\-]*|\p{Lu}\.?)$/u;

function isNamePart(part: string): boolean {
  const words = part.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5) return false;
  return words.every((w) => NAME_WORD.test(w) || PARTICLES.has(w.toLowerCase()));
}

/** Splits an author line into "Surname, Given" names, or null if it is not one. */
export function parseAuthorLine(text: string): string[] | null {
  const parts = text.split(",").map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => p === "")) return null;
  if (!parts.every(isNamePart)) return null;
  if (parts.length % 2 !== 0) return null;
  const names: string[] = [];
  for (let i = 0; i < parts.length; i += 2) names.push(`${parts[i]}, ${parts[i + 1]}`);
  return names;
}

const isAuthorBlock = (b: Block | undefined): boolean =>
  !!b && b.lines.length === 1 && parseAuthorLine(b.text) !== null;

export function parseAggregator(blocks: Block[], file: VFile): ListingParse {
  const entries: Entry[] = [];
  const startsEntry = (k: number) => isTitleLike(blocks[k]!) && isAuthorBlock(blocks[k + 1]);

  for (let i = 0; i < blocks.length;) {
    const block = blocks[i]!;
    if (!startsEntry(i)) {
      if (entries.length === 0) ignored(file, block, "page header");
      else if (isProse(block.text)) {
        const last = entries.at(-1)!;
        last.abstract = last.abstract ? `${last.abstract} ${block.text}` : block.text;
        last.repairs.push(`joined a further abstract paragraph from line ${block.line}`);
      } else skipped(file, block, "line outside any entry");
      i++;
      continue;
    }
    const entry = newEntry("aggregator", file.path, block);
    entry.authors = parseAuthorLine(blocks[i + 1]!.text);
    let j = i + 2;
    const free = (k: number) => k < blocks.length && !startsEntry(k);
    if (free(j) && !isProse(blocks[j]!.text) && blocks[j]!.text.length <= 160 && free(j + 1)) {
      entry.venue = blocks[j]!.text;
      j++;
    }
    if (free(j)) {
      entry.abstract = blocks[j]!.text;
      j++;
    } else entry.repairs.push("no abstract");
    entries.push(entry);
    i = j;
  }
  return { entries, years: [] };
}

export function aggregatorScore(blocks: Block[]): number {
  let n = 0;
  for (let i = 0; i + 1 < blocks.length; i++) if (isTitleLike(blocks[i]!) && isAuthorBlock(blocks[i + 1])) n++;
  return n;
}
