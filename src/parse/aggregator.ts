// The aggregator layout: title, "Surname, Given, Surname, Given" author line,
// venue line, abstract. Entries are set apart by blank lines.
import type { VFile } from "vfile";
import type { Entry } from "../types.ts";
import { type Block, isProse, isTitleLike } from "./blocks.ts";
import { type ListingParse, clip, ignored, newEntry, skipped } from "./entry.ts";

// A word of a name, in any script: "Müller", "de", "los", "ul", "i", "suo",
// "O'Neil", "Jean-Luc"; or an initial, "S.", "-T." (as in "Stephen S. -T.").
const NAME_WORD = /^(?:-?\p{Lu}\.|\p{L}[\p{L}\p{M}'’.\-]*)$/u;
// Given names and surnames are a few words; an author line holds no digits and
// none of the punctuation of a sentence or a title.
const MAX_NAME_WORDS = 6;
const NOT_IN_NAMES = /[\p{N}:;!?()[\]{}"“”/|@#$%&*+=<>]/u;

const words = (part: string) => part.split(/\s+/).filter(Boolean);
// All in lower case ("wang", "de los"); scripts without case (王) never are.
const lowerCase = (part: string) => words(part).every((w) => /^\p{Ll}/u.test(w));

function isNamePart(part: string): boolean {
  const w = words(part);
  return w.length > 0 && w.length <= MAX_NAME_WORDS && w.every((x) => NAME_WORD.test(x));
}

/**
 * Splits an author line into "Surname, Given" names, or null if it is not one.
 * Real names start in lower case too ("wang, Yuru", "Abdeen, Zain ul",
 * "Ruiz, Juan de los Rios"); a line of names has at most half its parts all in lower case,
 * which a comma-separated list of ordinary words has not.
 */
export function parseAuthorLine(text: string): string[] | null {
  if (NOT_IN_NAMES.test(text)) return null;
  const parts = text.split(",").map((p) => p.trim());
  if (parts.length < 2 || parts.length % 2 !== 0 || parts.some((p) => p === "")) return null;
  if (!parts.every(isNamePart)) return null;
  if (parts.filter(lowerCase).length * 2 > parts.length) return null;
  const names: string[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) names.push(`${parts[i]}, ${parts[i + 1]}`);
  return names;
}

const isAuthorBlock = (b: Block | undefined): boolean =>
  b !== undefined && b.lines.length === 1 && parseAuthorLine(b.text) !== null;

/** A venue line: short, one line, not prose ("arXiv.org Machine Learning"). */
const isVenueBlock = (b: Block | undefined): boolean =>
  b !== undefined && b.lines.length === 1 && b.text.length <= 160 && !isProse(b.text);

// Scraped aggregator pages set entries apart by two blank lines or more and
// the lines of an entry by one. Where a listing keeps to that, each group of
// blocks is one entry, read on its own: a line that fails a check is a repair
// of that entry, never a reason to glue its text to the entry before.
const ENTRY_GAP = 2;

function groups(blocks: Block[]): Block[][] {
  const out: Block[][] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (last === undefined || block.gapBefore >= ENTRY_GAP) out.push([block]);
    else last.push(block);
  }
  return out;
}

/** Whether the listing sets its entries apart by wider gaps than their lines. */
function gapped(blocks: Block[]): boolean {
  const starts = blocks.filter((b, i) => isTitleLike(b) && isAuthorBlock(blocks[i + 1]));
  return starts.length > 0 && starts.filter((b) => b.gapBefore >= ENTRY_GAP).length * 2 >= starts.length;
}

export function parseAggregator(blocks: Block[], file: VFile): ListingParse {
  return gapped(blocks) ? parseGroups(blocks, file) : parseRun(blocks, file);
}

/** One entry per group: title, author line, venue, abstract (and further paragraphs). */
function parseGroups(blocks: Block[], file: VFile): ListingParse {
  const entries: Entry[] = [];
  for (const group of groups(blocks)) {
    const entry = readGroup(group, file);
    if (entry) {
      entries.push(entry);
      continue;
    }
    for (const block of group) {
      if (entries.length === 0) ignored(file, block, "page header");
      else skipped(file, block, "not an entry: no title followed by an author line or an abstract");
    }
  }
  return { entries, years: [] };
}

/** An author line that fails the name check: one line, commas, not prose. */
const looksLikeAuthors = (b: Block | undefined): boolean =>
  b !== undefined && b.lines.length === 1 && b.text.includes(",") && !isProse(b.text);

function readGroup(group: Block[], file: VFile): Entry | null {
  const [title, second] = group;
  if (title === undefined || !isTitleLike(title)) return null;
  const named = isAuthorBlock(second);
  const authorish = !named && looksLikeAuthors(second);
  if (!named && !authorish && !group.slice(1).some((b) => isProse(b.text))) return null;
  const entry = newEntry("aggregator", file.path, title);
  let k = 1;
  if (second && named) entry.authors = parseAuthorLine(second.text);
  else if (second && authorish) entry.repairs.push(`author line not read as names: "${clip(second.text, 80)}"`);
  else entry.repairs.push("no author line");
  if (named || authorish) k = 2;
  const venue = group[k];
  if (venue && isVenueBlock(venue) && group[k + 1] !== undefined) {
    entry.venue = venue.text;
    k++;
  }
  // Everything after the venue is the abstract: its group says it is this entry's.
  const paragraphs = group.slice(k);
  entry.abstract = paragraphs.map((b) => b.text).join(" ");
  if (paragraphs.length === 0) entry.repairs.push("no abstract");
  for (const b of paragraphs.slice(1)) entry.repairs.push(`joined a further abstract paragraph from line ${b.line}`);
  return entry;
}

/** Entries as a run of blocks, for listings whose gaps do not set entries apart. */
function parseRun(blocks: Block[], file: VFile): ListingParse {
  const entries: Entry[] = [];
  const startsEntry = (k: number) => {
    const block = blocks[k];
    return block !== undefined && isTitleLike(block) && isAuthorBlock(blocks[k + 1]);
  };
  // A paragraph joins the abstract before it only when it follows it directly:
  // after a skipped line it may be the abstract of an entry that failed to parse.
  let afterSkip = false;
  for (let i = 0; i < blocks.length;) {
    const block = blocks[i];
    if (block === undefined) break;
    if (!startsEntry(i)) {
      const last = entries.at(-1);
      if (last === undefined) ignored(file, block, "page header");
      else if (isProse(block.text) && !afterSkip) {
        last.abstract = last.abstract ? `${last.abstract} ${block.text}` : block.text;
        last.repairs.push(`joined a further abstract paragraph from line ${block.line}`);
      } else {
        skipped(file, block, "line outside any entry");
        afterSkip = true;
      }
      i++;
      continue;
    }
    afterSkip = false;
    const entry = newEntry("aggregator", file.path, block);
    entry.authors = parseAuthorLine(blocks[i + 1]?.text ?? "");
    let j = i + 2;
    const free = (k: number) => k < blocks.length && !startsEntry(k);
    if (free(j) && isVenueBlock(blocks[j]) && free(j + 1)) {
      entry.venue = blocks[j]?.text ?? null;
      j++;
    }
    if (free(j)) {
      entry.abstract = blocks[j]?.text ?? "";
      j++;
    } else entry.repairs.push("no abstract");
    entries.push(entry);
    i = j;
  }
  return { entries, years: [] };
}

export function aggregatorScore(blocks: Block[]): number {
  return blocks.filter((b, i) => isTitleLike(b) && isAuthorBlock(blocks[i + 1])).length;
}
