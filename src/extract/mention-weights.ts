// A second reading of each name the mention rules found, across the whole collection: a logistic weighing of what
// the rules cannot see one at a time (the name's shape, how often and where the paper writes it, the words around its
// first use, how many papers of the collection name it). A name whose weight falls below the threshold is dropped.
// The weights are learned from the tune half of the labels only (`npm run train`), so the held-out half still scores
// them honestly; they are data, read from `mention-weights.json`, and the file is rewritten by training alone.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "astro/zod";
import type { PaperRecord } from "../record/schema.ts";
import { isKnownName, type Lexicon } from "./names.ts";
import { occurrences } from "./regexp.ts";

const mentionWeights = z.object({
  /** What the weights were learned from, for the reader of the file. */
  trainedOn: z.string(),
  /** A name is kept when its probability is at least this (chosen on the tune half). */
  threshold: z.number().min(0).max(1),
  bias: z.number(),
  /** Feature → weight; a feature not listed weighs nothing. */
  weights: z.record(z.string(), z.number()),
  /**
   * How many papers of a reference collection name each name (its key), where two or more do: how widely the field
   * writes a name, so that a small collection, where every name is rare, is weighed as a large one is.
   */
  reference: z.record(z.string(), z.number().int().min(2)),
});
export type MentionWeights = z.infer<typeof mentionWeights>;

export const MENTION_WEIGHTS_FILE = join(import.meta.dirname, "mention-weights.json");

export function loadMentionWeights(path: string = MENTION_WEIGHTS_FILE): MentionWeights {
  return mentionWeights.parse(JSON.parse(readFileSync(path, "utf8")));
}

/** What a feature needs to know of the paper. */
export interface MentionContext {
  title: string;
  abstract: string;
  /** Whether the paper puts forward methods of its own. */
  hasOwn: boolean;
  /** How many papers name it (as their own or as a mention): of the collection or of the reference, the more. */
  papersNaming: number;
  /** How many names the rules found in the paper as mentions. */
  mentions: number;
  /** Whether the lexicon knows it as a name ("word2vec", "Stable Diffusion"). */
  known: boolean;
}

// Counts read in ranges: a name's length, its uses in the paper, the papers naming it, the paper's mentions.
const RANGES = {
  length: [3, 5, 9],
  uses: [0, 1, 2],
  papers: [1, 2, 5, 20],
  "paper-mentions": [1, 3, 6],
} as const satisfies Record<string, readonly number[]>;
type Range = keyof typeof RANGES;

const inRange = (name: Range, n: number): string => {
  const bounds: readonly number[] = RANGES[name];
  const upper = bounds.find((b) => n <= b);
  return upper === undefined ? `${name}>${bounds.at(-1)}` : `${name}<=${upper}`;
};

// The name's shape.
const SHAPES: ReadonlyArray<[string, RegExp]> = [
  ["capitals", /^[A-Z0-9-]+s?$/],
  ["plural-capitals", /^[A-Z][A-Z0-9-]*[A-Z]s$/],
  ["digit", /\d/],
  ["hyphen", /-/],
  ["words", / /],
  ["camel", /[a-z][A-Z]/],
  ["lower-start", /^[a-z]/],
  ["capitalised-word", /^[A-Z][a-z]+$/],
];

// What the words right before a name's first use say of it: listed as an example ("such as X"), used ("using X"),
// compared with ("than X"), the paper's own ("our X").
const BEFORE: ReadonlyArray<[string, RegExp]> = [
  ["example", /(?:such as|e\.g\.,?|like|including)\s*$/i],
  ["the", /\bthe\s*$/i],
  ["on", /\b(?:on|across)\s*$/i],
  ["compared", /\b(?:than|over|vs\.?|versus)\s*$/i],
  ["using", /\b(?:using|with|via|use|uses|leverag\w*)\s*$/i],
  ["our", /\bour\b/i],
  ["we", /\bwe\b/i],
  ["comma", /,\s*$/],
  ["and", /\band\s*$/i],
  ["paren", /\(\s*$/],
  ["a", /\ban?\s*$/i],
  ["of", /\bof\s*$/i],
  ["in", /\bin\s*$/i],
];
// And right after it: its kind ("X model"), a citation, a list, a definition, a verb.
const AFTER: ReadonlyArray<[string, RegExp]> = [
  ["kind", /^[\s-]*(?:models?|datasets?|benchmarks?|framework|method|algorithm|architecture|family)/i],
  ["citation", /^\s*(?:et al|\[|\()/i],
  ["comma", /^\s*,/],
  ["and", /^\s*and\b/i],
  ["paren", /^\s*\(/],
  ["verb", /^\s*(?:is|are|has|achieves|uses|employs|outperforms)\b/i],
  ["stop", /^\s*\./],
];
const LONG_FORMS = ["lower", "title", "mixed"] as const;
// A use inside a longer word is no use of the name: a word character or a hyphen touches it.
const WORD_END = /[\w-]$/;
const WORD_START = /^[\w-]/;
const ADJECTIVE = /^-(?:based|style|like|driven|type|level)\b/;

/** Every feature `mentionFeatures` can give: a weight for any other name would weigh nothing. */
export const MENTION_FEATURES: ReadonlySet<string> = new Set([
  ...SHAPES.map(([f]) => `shape:${f}`),
  ...BEFORE.map(([f]) => `before:${f}`),
  ...AFTER.map(([f]) => `after:${f}`),
  ...Object.entries(RANGES).flatMap(([name, bounds]) => [
    ...bounds.map((b) => `${name}<=${b}`),
    `${name}>${bounds.at(-1)}`,
  ]),
  ...LONG_FORMS.map((c) => `long-form:${c}`),
  ...["title", "third-1", "third-2", "third-3"].map((w) => `first-use:${w}`),
  "in-title",
  "defined",
  "before-parenthesis",
  "as-modifier",
  "paper-has-own",
  "known-name",
]);

/** The features of one name the rules found in a paper: binary, by name. */
export function mentionFeatures(name: string, at: MentionContext): string[] {
  const out = SHAPES.filter(([, re]) => re.test(name)).map(([f]) => `shape:${f}`);
  const text = `${at.title} . ${at.abstract}`;
  // Every place the text writes it, read by plain search (a pattern built per name would cost more than the rest).
  const found = occurrences(text, name).map((i) => ({
    i,
    before: text.slice(Math.max(0, i - 40), i),
    after: text.slice(i + name.length, i + name.length + 30),
  }));
  const uses = found.filter((o) => !WORD_END.test(o.before) && !WORD_START.test(o.after)).map((o) => o.i);
  out.push(inRange("length", name.length), inRange("uses", uses.length), inRange("papers", at.papersNaming));
  out.push(inRange("paper-mentions", at.mentions));
  if (uses.some((i) => i < at.title.length)) out.push("in-title");
  const definition = found.find((o) => /\(\s*$/.test(o.before) && /^\s*\)/.test(o.after));
  if (definition) out.push("defined");
  if (found.some((o) => /^\s*\(/.test(o.after))) out.push("before-parenthesis");
  const spelled = definition ? longFormCase(name, text.slice(0, definition.i).replace(/\(\s*$/, "")) : null;
  if (spelled) out.push(`long-form:${spelled}`);
  // Made an adjective: "GPTQ-based", "BERT-style".
  if (found.some((o) => ADJECTIVE.test(o.after))) out.push("as-modifier");
  const first = uses[0] ?? text.indexOf(name);
  if (first >= 0) {
    const before = text.slice(Math.max(0, first - 40), first);
    const after = text.slice(first + name.length, first + name.length + 30);
    for (const [feature, re] of BEFORE) if (re.test(before)) out.push(`before:${feature}`);
    for (const [feature, re] of AFTER) if (re.test(after)) out.push(`after:${feature}`);
    const third = Math.min(3, 1 + Math.floor((3 * (first - at.title.length)) / Math.max(1, text.length)));
    out.push(first < at.title.length ? "first-use:title" : `first-use:third-${third}`);
  }
  if (at.hasOwn) out.push("paper-has-own");
  if (at.known) out.push("known-name");
  return out;
}

/**
 * How the words an acronym is defined for are written, where the text defines it ("Vector Quantized (VQ)"): in lower
 * case, in Title Case or mixed. The words are the ones right before its parenthesis (the text `before` it), as many
 * as it has capitals.
 */
function longFormCase(name: string, before: string): (typeof LONG_FORMS)[number] | null {
  if (!/^[A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*$/.test(name)) return null;
  const capitals = name.replace(/[^A-Z]/g, "").length;
  const words = before.slice(-160).trimEnd().split(/\s+/);
  const spelled = words.slice(-capitals).filter((w) => /^\p{L}/u.test(w));
  if (spelled.length < capitals) return null;
  if (spelled.every((w) => /^\p{Ll}/u.test(w))) return "lower";
  if (spelled.every((w) => /^\p{Lu}/u.test(w))) return "title";
  return "mixed";
}

/** The probability that a name with these features is a mention the labels would keep. */
export function mentionProbability(features: readonly string[], model: MentionWeights): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** A name a paper's mention rules found, with its features. */
export interface WeighedMention {
  paper: PaperRecord;
  mention: PaperRecord["mentions"][number];
  features: string[];
}

/** How many papers name each key, as their own or as a mention. */
export function papersNaming(papers: readonly PaperRecord[]): Map<string, number> {
  const naming = new Map<string, number>();
  for (const p of papers) {
    for (const key of new Set([...p.methods, ...p.mentions].map((m) => m.key))) {
      naming.set(key, (naming.get(key) ?? 0) + 1);
    }
  }
  return naming;
}

/**
 * Every mention of the papers with its features: how many papers name it is the collection's count or the
 * reference's, the more.
 */
export function weighedMentions(
  papers: readonly PaperRecord[],
  lexicon: Lexicon,
  reference: Readonly<Record<string, number>>,
): WeighedMention[] {
  const naming = papersNaming(papers);
  return papers.flatMap((paper) =>
    paper.mentions.map((mention) => ({
      paper,
      mention,
      features: mentionFeatures(mention.name, {
        title: paper.title,
        abstract: paper.abstract,
        hasOwn: paper.methods.length > 0,
        papersNaming: Math.max(naming.get(mention.key) ?? 1, reference[mention.key] ?? 0),
        mentions: paper.mentions.length,
        known: isKnownName(mention.name, lexicon),
      }),
    })),
  );
}

/** Drops the mentions whose weight falls below the threshold; returns how many were dropped. */
export function weighMentions(papers: PaperRecord[], model: MentionWeights, lexicon: Lexicon): number {
  const dropped = new Set(
    weighedMentions(papers, lexicon, model.reference)
      .filter((w) => mentionProbability(w.features, model) < model.threshold)
      .map((w) => w.mention),
  );
  for (const p of papers) p.mentions = p.mentions.filter((m) => !dropped.has(m));
  return dropped.size;
}
