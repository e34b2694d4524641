// The paper record, defined once. Ingest builds and validates it, writes it to
// papers.json (keys in this order), and the site reads papers.json through it;
// every TypeScript type of the record is inferred from here.
import { z } from "astro/zod";

export const provenance = z.object({ file: z.string(), line: z.number().int().positive() });

export const linkKind = z.enum(["code", "project", "paper", "other"]);
export const link = z.object({ url: z.string().url(), kind: linkKind });

/** A method name as a paper writes it; `key` is shared by its spellings, `slug` names its page (null: no page). */
const nameRef = z.object({ key: z.string(), name: z.string() });
export const methodRef = nameRef.extend({
  /** How it was found: title prefix, abbreviation definition, proposal phrase. */
  via: z.enum(["title", "abbreviation", "phrase"]),
  slug: z.string().nullable(),
});
export const mentionRef = nameRef.extend({ slug: z.string().nullable() });

export const conceptRef = z.object({
  id: z.string(),
  score: z.number(),
  /** The words in the title and abstract that signalled it. */
  cues: z.array(z.string()),
});

export const relatedRef = z.object({
  id: z.string(),
  score: z.number(),
  /** Why: shared concepts and distinctive shared terms. */
  concepts: z.array(z.string()),
  terms: z.array(z.string()),
});

/** The methods of the other paper that this one uses. */
export const buildsOnRef = z.object({ id: z.string(), methods: z.array(z.string()) });

/** Identifiers a bibliography gives: a DOI ("10.1234/abc") and an arXiv id without its version ("2401.01234"). */
export const identifiers = z.object({ doi: z.string().optional(), arxiv: z.string().optional() });

/** An entry as a BibTeX file gave it (fields as read, LaTeX accents made Unicode), for citing it as given. */
export const importedBibtex = z.object({
  key: z.string(),
  type: z.string(),
  fields: z.record(z.string(), z.string()),
});

export const paperRecord = z.object({
  id: z.string().min(1),
  title: z.string(),
  /** As written in the listing, LaTeX remnants and all. */
  abstract: z.string(),
  /** A count from `• N authors`, names (`Surname, Given`) from an aggregator, or unknown. */
  authors: z.union([z.number().int(), z.array(z.string())]).nullable(),
  /** The organisation line a listing shows instead of an author count. */
  orgLine: z.string().nullable(),
  date: z.string().nullable(),
  dateText: z.string().nullable(),
  dateInferred: z.boolean(),
  upvotes: z.number().int().nullable(),
  venue: z.string().nullable(),
  links: z.array(link),
  methods: z.array(methodRef),
  mentions: z.array(mentionRef),
  concepts: z.array(conceptRef),
  /** Every listing entry merged into this paper. */
  sources: z.array(provenance),
  buildsOn: z.array(buildsOnRef),
  builtUponBy: z.array(buildsOnRef),
  related: z.array(relatedRef),
  /** The abstract stops mid-sentence. */
  truncated: z.boolean(),
  /** Present only when a bibliography gave them. */
  ids: identifiers.optional(),
  /** Present only when a BibTeX file gave the paper. */
  bibtex: importedBibtex.optional(),
});

export const paperRecords = z.array(paperRecord);

export type Provenance = z.infer<typeof provenance>;
export type Identifiers = z.infer<typeof identifiers>;
export type ImportedBibtex = z.infer<typeof importedBibtex>;
export type LinkKind = z.infer<typeof linkKind>;
export type Link = z.infer<typeof link>;
export type MethodRef = z.infer<typeof methodRef>;
export type MentionRef = z.infer<typeof mentionRef>;
export type ConceptRef = z.infer<typeof conceptRef>;
export type RelatedRef = z.infer<typeof relatedRef>;
export type BuildsOnRef = z.infer<typeof buildsOnRef>;
export type PaperRecord = z.infer<typeof paperRecord>;

/** An entry of methods.json: one per canonical key, so spelling variants share one page. */
export const methodEntry = z.object({
  key: z.string(),
  slug: z.string(),
  name: z.string(),
  variants: z.array(z.string()),
  introducedBy: z.array(z.string()),
  mentionedBy: z.array(z.string()),
  /** The sentence of the introducing paper's abstract that names it, as written. */
  definition: z.string().nullable(),
  /** What its abbreviation stands for, as the introducing paper spells it out. */
  longForm: z.string().nullable(),
  /** The earliest date of a paper that introduces or mentions it. */
  firstSeen: z.string().nullable(),
  /** The methods most often named in the same papers, by slug, most often first. */
  together: z.array(z.string()),
});
export const methodEntries = z.array(methodEntry);
export type MethodEntry = z.infer<typeof methodEntry>;

/** A concept of the vocabulary (content/vocabulary/concepts.json). */
export const concept = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "a concept id is lower-case letters, digits and hyphens"),
  label: z.string(),
  definition: z.string(),
  aliases: z.array(z.string()),
  /** Phrases that alone say the paper is about the concept: they count double. */
  strong: z.array(z.string()).optional(),
  /** Phrases (regular expressions, matched case-insensitively on word boundaries). */
  cues: z.array(z.string()),
  /** Phrases that look like a cue but mean something else ("sparse-view"). */
  exclude: z.array(z.string()).optional(),
  /**
   * A kind of contribution (a benchmark, a dataset): its cues count only in the
   * title and in sentences where the paper puts its work forward, not where it
   * evaluates on someone else's; in the first of them, the paper's main
   * contribution, as much as in the title.
   */
  ownWorkOnly: z.boolean().optional(),
  /**
   * Concepts that contain a case of this one ("quantization" for "compression"): a paper tagged with one of them
   * is tagged with this one on any cue of its own, below the threshold (quantizing weights the paper speaks of
   * compressing at all).
   */
  supportedBy: z.array(z.string()).optional(),
});
export type Concept = z.infer<typeof concept>;

/** An entry of concepts.json: a concept with the papers tagged with it. */
export const conceptEntry = concept.extend({ papers: z.array(z.string()) });
export const conceptEntries = z.array(conceptEntry);
export type ConceptEntry = z.infer<typeof conceptEntry>;
