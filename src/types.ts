import type { Identifiers, ImportedBibtex, PaperRecord, Provenance } from "./record/schema.ts";

// Types of the ingest's stages before the paper record: listing layouts,
// entries as read, and the report's items.

/** Scraped listings ("daily", "aggregator") and exported bibliographies ("bibtex", "csl-json", "arxiv-atom"). */
export type Layout = "daily" | "aggregator" | "bibtex" | "csl-json" | "arxiv-atom";

/** What a listing says of a paper, shared by entries and merged papers. */
export type Listed = Pick<
  PaperRecord,
  "title" | "abstract" | "authors" | "orgLine" | "date" | "dateText" | "dateInferred" | "upvotes" | "venue"
>;

/** One entry as read from one listing, before merging. */
export interface Entry extends Listed {
  layout: Layout;
  source: Provenance;
  /** What the parser had to mend in this entry, for the report. */
  repairs: string[];
  /** A DOI or arXiv id the source gives (bibliographies): the same id is the same paper, whatever the title. */
  ids?: Identifiers;
  /** Addresses the source gives beside the abstract (a bibliography's url field). */
  urls?: string[];
  /** The entry as a BibTeX file gave it: its key, type and fields are kept for citing. */
  bibtex?: ImportedBibtex;
}

// The paper record and its parts are defined once, in the record schema.
export type {
  Identifiers,
  ImportedBibtex,
  BuildsOnRef,
  ConceptRef,
  Link,
  LinkKind,
  MentionRef,
  MethodRef,
  PaperRecord as Paper,
  Provenance,
  RelatedRef,
} from "./record/schema.ts";

export type ReportKind = "kept" | "merged" | "repaired" | "skipped" | "ignored" | "error";
export interface ReportItem {
  kind: ReportKind;
  file: string;
  line: number;
  message: string;
  /** For merged entries: the id of the paper they were merged into. */
  into?: string;
}
