// The "Daily Papers" layout: title, abstract, then a meta block of an author
// count (or an organisation line), a lone "·", and a date with optional year
// and upvotes. Some entries have no meta block at all.
import type { VFile } from "vfile";
import type { Entry } from "../types.ts";
import { type Block, isProse, isTitleLike } from "./blocks.ts";
import { dateTextOf, parseDateLine } from "./dates.ts";
import { type ListingParse, type MonthDay, clip, ignored, newEntry, skipped } from "./entry.ts";

const AUTHOR_COUNT = /^•\s*(\d+)\s+authors?$/i;
const SEPARATOR = /^[·•]$/;

export function isMetaBlock(block: Block): boolean {
  const lines = block.lines.map((l) => l.trim());
  if (lines.some((l) => SEPARATOR.test(l) || AUTHOR_COUNT.test(l))) return true;
  return lines.length <= 3 && lines.length >= 2 && parseDateLine(lines.at(-1) ?? "") !== null;
}

interface Meta {
  block: Block;
}

function applyMeta(entry: Entry, meta: Block, years: number[]): void {
  const lines = meta.lines.map((l) => l.trim()).filter((l) => !SEPARATOR.test(l));
  for (const line of lines) {
    const count = AUTHOR_COUNT.exec(line);
    const date = parseDateLine(line);
    if (count) entry.authors = Number(count[1]);
    else if (date) {
      entry.dateText = dateTextOf(date);
      entry.upvotes = date.upvotes;
      if (date.year !== null) years.push(date.year);
      // Month and day are kept here; the year is settled per listing later.
      entry.date = `${date.year ?? "????"}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
    } else if (entry.orgLine === null && entry.dateText === null) {
      entry.orgLine = line;
      entry.repairs.push(`organisation line "${clip(line, 60)}" shown instead of an author count`);
    } else {
      entry.repairs.push(`unreadable line in the author/date block: "${clip(line, 60)}"`);
    }
  }
  if (entry.dateText === null) entry.repairs.push("no date in the author/date block");
}

export function parseDaily(blocks: Block[], file: VFile): ListingParse {
  const entries: Entry[] = [];
  const years: number[] = [];
  let pageDate: MonthDay | null = null;
  let pending: Block[] = [];

  const pairUp = (rest: Block[]) => {
    for (let i = 0; i < rest.length; i++) {
      const block = rest[i];
      if (block === undefined) break;
      const next = rest[i + 1];
      if (isTitleLike(block) && !isDateBlock(block) && next && isProse(next.text)) {
        const entry = newEntry("daily", file.path, block);
        entry.abstract = next.text;
        entry.repairs.push("no author or date line");
        entries.push(entry);
        i++;
      } else if (entries.length === 0) {
        // "Jul 2" above the first entry is the date of the page: when it was captured.
        const date = isDateBlock(block) ? parseDateLine(block.text) : null;
        if (date && date.year === null && pageDate === null) pageDate = { month: date.month, day: date.day };
        ignored(file, block, "page header");
      } else if (isTitleLike(block) && !isDateBlock(block)) {
        const entry = newEntry("daily", file.path, block);
        entry.repairs.push("truncated entry: no abstract and no author or date line");
        entries.push(entry);
      } else {
        skipped(file, block, "text with no title before it");
      }
    }
  };

  const close = (meta: Meta | null) => {
    if (!meta) return pairUp(pending);
    const n = pending.length;
    const last = pending[n - 1];
    const beforeLast = pending[n - 2];
    let entry: Entry;
    if (
      last &&
      beforeLast &&
      looksLikeAbstract(last) &&
      (isTitleLike(beforeLast) || couldBeLongTitle(beforeLast)) &&
      !isDateBlock(beforeLast)
    ) {
      pairUp(pending.slice(0, -2));
      entry = newEntry("daily", file.path, beforeLast);
      entry.abstract = last.text;
    } else if (last && isTitleLike(last) && !isDateBlock(last)) {
      pairUp(pending.slice(0, -1));
      entry = newEntry("daily", file.path, last);
      entry.repairs.push("no abstract");
    } else {
      pairUp(pending);
      skipped(file, meta.block, "author/date lines with no title before them");
      return;
    }
    applyMeta(entry, meta.block, years);
    entries.push(entry);
  };

  for (const block of blocks) {
    if (isMetaBlock(block)) {
      close({ block });
      pending = [];
    } else pending.push(block);
  }
  close(null);
  return { entries, years, pageDate };
}

/** A paragraph that is only a date ("Nov 3"): the page's date, never a title. */
function isDateBlock(block: Block): boolean {
  return block.lines.length === 1 && parseDateLine(block.text) !== null;
}

/** An abstract reads as prose or at least as a sentence. */
function looksLikeAbstract(block: Block): boolean {
  return isProse(block.text) || (block.text.length >= 40 && /[.!?)\]]$/.test(block.text));
}

// Right before an abstract and its author/date block, a one-line, one-sentence
// paragraph is the title even when it is unusually long.
function couldBeLongTitle(block: Block): boolean {
  return block.lines.length === 1 && block.text.length <= 1000 && block.text.split(/[.!?]\s+(?=\p{Lu})/u).length === 1;
}

export function dailyScore(blocks: Block[]): number {
  return blocks.filter(isMetaBlock).length;
}
