import type { VFile } from "vfile";
import { note } from "../report/messages.ts";
import type { Entry, Layout } from "../types.ts";
import type { Block } from "./blocks.ts";

/** What parsing one listing yields; lines that are page chrome or belong to no entry are noted on its file. */
export interface ListingParse {
  entries: Entry[];
  /** Explicit years seen on date lines, to infer the capture year. */
  years: number[];
  /** The page's own date, shown without a year above the entries (Daily listings): when it was captured. */
  pageDate?: MonthDay | null;
}

export interface MonthDay {
  month: number;
  day: number;
}

export function newEntry(layout: Layout, file: string, title: Block): Entry {
  return {
    title: title.text,
    abstract: "",
    authors: null,
    orgLine: null,
    date: null,
    dateText: null,
    dateInferred: false,
    upvotes: null,
    venue: null,
    layout,
    source: { file, line: title.line },
    repairs: [],
  };
}

/** Notes a block as page chrome, ignored. */
export function ignored(file: VFile, block: Block, why: string): void {
  note(file, "ignored", block.line, `${why}: "${clip(block.text)}"`);
}

/** Notes a block that belongs to no entry as skipped. */
export function skipped(file: VFile, block: Block, why: string): void {
  note(file, "skipped", block.line, `${why}: "${clip(block.text)}"`);
}

export function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
