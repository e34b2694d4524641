import type { Entry, Layout, ReportItem } from "../types.ts";
import type { Block } from "./blocks.ts";

/** What parsing one listing yields. */
export interface ListingParse {
  entries: Entry[];
  /** Lines that are page chrome or could not be read as part of an entry. */
  report: ReportItem[];
  /** Explicit years seen on date lines, to infer the capture year. */
  years: number[];
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

export function ignored(file: string, block: Block, why: string): ReportItem {
  return { kind: "ignored", file, line: block.line, message: `${why}: "${clip(block.text)}"` };
}

export function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
