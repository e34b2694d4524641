// A second reading of each name the mention rules found, once the whole collection is read: a logistic weighing of
// evidence no single rule weighs together (the name's shape, how often and where the paper writes it, the words
// around its first use, how its acronym is spelled out, how many papers name it). A name whose probability falls
// below the threshold is dropped. The weights are learned from the tune half's labels only (`npm run train`), so the
// held-out half still scores them honestly; they are data, read from `mention-weights.json`, rewritten by training
// alone.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "astro/zod";
import type { PaperRecord } from "../record/schema.ts";
import { findAbbreviations } from "./abbreviations.ts";
import { isKnownName, type Lexicon } from "./names.ts";
import { occurrences, wholeOccurrences } from "./regexp.ts";

const mentionWeights = z.object({
  /** What the weights were learned from, for the reader of the file. */
  trainedOn: z.string(),
  /** A digest of the rows and settings they were fitted with (`trainingDigest`, scripts/eval/mention-training.ts). */
  inputs: z.string(),
  /** A name is kept when its probability is at least this (chosen on the tune half). */
  threshold: z.number().min(0).max(1),
  bias: z.number(),
  /** Feature → weight; a feature not listed weighs nothing. */
  weights: z.record(z.string(), z.number()),
  /**
   * How many papers of a reference collection name each name (its key), where two or more do: how widely the field
   * writes a name. In a small collection every name is rare; the reference keeps a name the field often writes from
   * being read as one paper's.
   */
  reference: z.record(z.string(), z.number().int().min(2)),
});
export type MentionWeights = z.infer<typeof mentionWeights>;

export const MENTION_WEIGHTS_FILE = join(import.meta.dirname, "mention-weights.json");

export function loadMentionWeights(path: string = MENTION_WEIGHTS_FILE): MentionWeights {
  return mentionWeights.parse(JSON.parse(readFileSync(path, "utf8")));
}

let committed: MentionWeights | undefined;
/** The weights `npm run train` wrote, read once. */
export const committedMentionWeights = (): MentionWeights => (committed ??= loadMentionWeights());

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
  /** Small words a long form holds without their initials ("of", "from"). */
  functionWords: ReadonlySet<string>;
}

// Counts read in ranges: a name's length, its uses in the paper, the papers naming it, the paper's mentions.
const RANGES = {
  length: [3, 5, 9],
  uses: [0, 1, 2],
  papers: [1, 2, 5, 20],
  "paper-mentions": [1, 3, 6],
} as const satisfies Record<string, readonly number[]>;
type Range = keyof typeof RANGES;

/** A range's features, one a bound and one past the last: "uses<=0", "uses<=1", "uses<=2", "uses>2". */
const rangeFeatures = (name: Range): string[] => {
  const bounds: readonly number[] = RANGES[name];
  return [...bounds.map((b) => `${name}<=${b}`), `${name}>${bounds.at(-1)}`];
};

const inRange = (name: Range, n: number): string => {
  const bounds: readonly number[] = RANGES[name];
  const at = bounds.findIndex((b) => n <= b);
  return rangeFeatures(name)[at === -1 ? bounds.length : at] ?? "";
};

// The name's shape: an acronym, a version, a compound, a capitalised ordinary-looking word.
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
  ["example", /(?:\bsuch as|\be\.g\.,?|\blike|\bincluding)\s*$/i],
  ["the", /\bthe\s*$/i],
  ["on", /\b(?:on|across)\s*$/i],
  ["compared", /\b(?:than|over|vs\.?|versus)\s*$/i],
  ["using", /\b(?:using|with|via|use|uses|leverag\w*)\s*$/i],
  // (Anywhere in the words before: "our method, trained on X", "we compare with X".)
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
  ["kind", /^[\s-]*(?:models?|datasets?|benchmarks?|framework|method|algorithm|architecture|family)\b/i],
  ["citation", /^\s*(?:et al\b|\[)/i],
  ["comma", /^\s*,/],
  ["and", /^\s*and\b/i],
  ["paren", /^\s*\(/],
  ["verb", /^\s*(?:is|are|has|achieves|uses|employs|outperforms)\b/i],
  ["stop", /^\s*\./],
];
const LONG_FORMS = ["lower", "title", "mixed"] as const;
const ADJECTIVE = /^-(?:based|style|like|driven|type|level)\b/;

/** Every feature `mentionFeatures` can give: a weight for any other name would weigh nothing. */
export const MENTION_FEATURES: ReadonlySet<string> = new Set([
  ...SHAPES.map(([f]) => `shape:${f}`),
  ...BEFORE.map(([f]) => `before:${f}`),
  ...AFTER.map(([f]) => `after:${f}`),
  ...(Object.keys(RANGES) as Range[]).flatMap(rangeFeatures),
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
  const text = `${at.title} . ${at.abstract}`;
  const uses = wholeOccurrences(text, name);
  return [
    ...SHAPES.filter(([, re]) => re.test(name)).map(([f]) => `shape:${f}`),
    inRange("length", name.length),
    inRange("uses", uses.length),
    inRange("papers", at.papersNaming),
    inRange("paper-mentions", at.mentions),
    ...writtenFeatures(name, text, at),
    ...firstUseFeatures(name, text, uses[0], at.title.length),
    ...(uses.some((i) => i < at.title.length) ? ["in-title"] : []),
    ...(at.hasOwn ? ["paper-has-own"] : []),
    ...(at.known ? ["known-name"] : []),
  ];
}

/** How the text writes the name anywhere: defined as an acronym, before a parenthesis, made an adjective. */
function writtenFeatures(name: string, text: string, at: MentionContext): string[] {
  const out: string[] = [];
  // (By plain search: a pattern built per name would cost more than all the rest.)
  const found = occurrences(text, name);
  if (
    found.some((i) => /\(\s*$/.test(text.slice(Math.max(0, i - 3), i)) && /^\s*\)/.test(text.slice(i + name.length)))
  ) {
    out.push("defined");
  }
  // The long form the abbreviations rule reads for it, where the abstract writes it first: "Vector Quantized (VQ)".
  const long = findAbbreviations(at.abstract).find((a) => a.short === name && (a.longStart ?? -1) >= 0)?.long;
  const spelled = long === undefined ? null : longFormCase(long, at.functionWords);
  if (spelled) out.push(`long-form:${spelled}`);
  if (found.some((i) => /^\s*\(/.test(text.slice(i + name.length)))) out.push("before-parenthesis");
  // Made an adjective: "GPTQ-based", "BERT-style".
  if (found.some((i) => ADJECTIVE.test(text.slice(i + name.length, i + name.length + 10)))) out.push("as-modifier");
  return out;
}

/** The words around its first whole use, and where that use stands: the title or a third of the abstract. */
function firstUseFeatures(name: string, text: string, first: number | undefined, titleLength: number): string[] {
  if (first === undefined) return [];
  const before = text.slice(Math.max(0, first - 40), first);
  const after = text.slice(first + name.length, first + name.length + 30);
  const out = [
    ...BEFORE.filter(([, re]) => re.test(before)).map(([f]) => `before:${f}`),
    ...AFTER.filter(([, re]) => re.test(after)).map(([f]) => `after:${f}`),
  ];
  // The abstract starts after the title and the " . " joining them.
  const start = titleLength + 3;
  if (first < start) out.push("first-use:title");
  else {
    const third = 1 + Math.floor((3 * (first - start)) / Math.max(1, text.length - start));
    out.push(`first-use:third-${Math.min(3, third)}`);
  }
  return out;
}

/** How an acronym's long form is written: in lower case, in Title Case or mixed, its small words ("of") aside. */
function longFormCase(long: string, functionWords: ReadonlySet<string>): (typeof LONG_FORMS)[number] | null {
  const words = long.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && !functionWords.has(w.toLowerCase()));
  if (words.length === 0) return null;
  if (words.every((w) => /^\p{Ll}/u.test(w))) return "lower";
  if (words.every((w) => /^\p{Lu}/u.test(w))) return "title";
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
        functionWords: lexicon.functionWords,
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
