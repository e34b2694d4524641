// Shared record types of the ingest pipeline. Every stage reads and adds typed
// `file.data` on a VFile (one per source listing, then one per paper).

export type Layout = "daily" | "aggregator";

/** Where a piece of data came from: a listing file and a 1-based line. */
export interface Provenance {
  file: string;
  line: number;
}

/** What a listing says of a paper, shared by entries and merged papers. */
export interface Listed {
  title: string;
  /** Abstract as written in the listing (LaTeX remnants and all). */
  abstract: string;
  /** Count from `• N authors`, or names (`Surname, Given`) from an aggregator. */
  authors: number | string[] | null;
  /** Organisation line shown instead of an author count. */
  orgLine: string | null;
  date: string | null;
  dateText: string | null;
  dateInferred: boolean;
  upvotes: number | null;
  venue: string | null;
}

/** One entry as read from one listing, before merging. */
export interface Entry extends Listed {
  layout: Layout;
  source: Provenance;
  /** What the parser had to mend in this entry, for the report. */
  repairs: string[];
}

export type LinkKind = "code" | "project" | "paper" | "other";
export interface Link {
  url: string;
  kind: LinkKind;
}

export interface MethodRef {
  /** Canonical key shared by spelling variants (`q-galore`). */
  key: string;
  /** Surface form as the paper writes it. */
  name: string;
  /** How it was found: title prefix, abbreviation definition, proposal phrase. */
  via: "title" | "abbreviation" | "phrase";
}

export interface MentionRef {
  key: string;
  name: string;
}

export interface ConceptRef {
  id: string;
  /** The words in the title/abstract that signalled it. */
  cues: string[];
  score: number;
}

export interface RelatedRef {
  id: string;
  score: number;
  /** Why: shared concepts and distinctive shared terms. */
  concepts: string[];
  terms: string[];
}

export interface BuildsOnRef {
  id: string;
  /** The methods of the other paper that this one mentions. */
  methods: string[];
}

export interface Paper extends Listed {
  id: string;
  links: Link[];
  methods: MethodRef[];
  mentions: MentionRef[];
  concepts: ConceptRef[];
  sources: Provenance[];
  buildsOn: BuildsOnRef[];
  builtUponBy: BuildsOnRef[];
  related: RelatedRef[];
  /** Marked when the abstract stops mid-sentence in every source. */
  truncated: boolean;
}

export type ReportKind = "kept" | "merged" | "repaired" | "skipped" | "ignored" | "error";
export interface ReportItem {
  kind: ReportKind;
  file: string;
  line: number;
  message: string;
  /** For merged entries: the id of the paper they were merged into. */
  into?: string;
}

declare module "vfile" {
  interface DataMap {
    /** Source listing: its layout and the entries read from it. */
    layout: Layout;
    entries: Entry[];
    captureYear: number | null;
    /** Paper file: the record as built so far. */
    paper: Paper;
  }
}
