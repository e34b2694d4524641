// Tags a paper with concepts of the vocabulary from cue words in its title and
// abstract. Ambiguous words ("kernel") count only when their context says which
// sense is meant.
import { readFileSync } from "node:fs";
import type { Root } from "mdast";
import { z } from "astro/zod";
import type { Plugin } from "unified";
import { type Concept, type ConceptRef, concept } from "../record/schema.ts";
import { escapeRegExp, isSpace } from "./regexp.ts";
import type { Sentence } from "./roles.ts";

const sense = z.object({
  /** The ambiguous word (regular expression). */
  term: z.string(),
  /** How many words either side count as context. */
  window: z.number().int().positive(),
  /** Concept id → context phrases that select that sense. */
  senses: z.record(z.string(), z.array(z.string())),
});
export type Sense = z.infer<typeof sense>;

const vocabulary = z.object({
  /** Score a concept needs to be tagged. */
  threshold: z.number(),
  /** A lower score for the concepts whose cues are seldom written in passing ("CUDA kernels", "pruned weights"). */
  thresholds: z.record(z.string(), z.number()).default({}),
  /** What a cue in the title counts: a title names what the paper is about. */
  titleWeight: z.number().positive().default(2),
  /** What a cue counts in a sentence stating the paper's own work ("we propose …", "our method …"). */
  ownWorkWeight: z.number().positive().default(1),
  concepts: z.array(concept),
  ambiguous: z.array(sense),
  /** Words that set a concept aside ("unlike …", "compatible with …"): cues after them, to the clause's end, count
   * nothing. */
  asides: z.array(z.string()).default([]),
});
export type Vocabulary = z.infer<typeof vocabulary>;
export type { Concept };

interface Cue {
  re: RegExp;
  weight: number;
  /** Lower-case text every match contains: where it is absent the cue is not scanned. */
  literal: string | null;
}

interface Compiled {
  concept: Concept;
  /** All cues at once: a text none of them occurs in is skipped cheaply. */
  cues: Cue[];
  /** Phrases never read as the words they hold, each with the text it needs (a text without it is not scanned). */
  exclude: Array<{ re: RegExp; literal: string | null }>;
}

/**
 * The longest run of literal characters that every match of `pattern` must
 * contain (lower-cased), or null when the pattern has top-level alternatives or
 * no run of three characters. A cheap `includes` on it spares most regex scans.
 */
export function requiredLiteral(pattern: string): string | null {
  const runs: string[] = [];
  let run = "";
  const end = () => {
    runs.push(run);
    run = "";
  };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i);
    if (ch === "|") return null;
    if (ch === "?" || ch === "*" || (ch === "{" && /^\{0[,}]/.test(pattern.slice(i)))) {
      run = run.slice(0, -1); // the character before is optional
      end();
      if (ch === "{") i = pattern.indexOf("}", i);
    } else if (ch === "+") end();
    else if (ch === "\\") {
      const next = pattern[i + 1] ?? "";
      i++;
      if (/[A-Za-z0-9]/.test(next))
        end(); // a class such as \w or \d
      else run += next;
    } else if (ch === "[") {
      end();
      i = pattern.indexOf("]", i);
      if ("?*".includes(pattern[i + 1] ?? "")) i++;
    } else if (ch === "(") {
      end();
      let depth = 1;
      while (depth > 0 && ++i < pattern.length) {
        if (pattern[i] === "\\") i++;
        else if (pattern[i] === "(") depth++;
        else if (pattern[i] === ")") depth--;
      }
      if ("?*".includes(pattern[i + 1] ?? "")) i++;
    } else if (".^$".includes(ch)) end();
    else run += ch;
  }
  end();
  const best = runs.map((r) => r.toLowerCase()).sort((a, b) => b.length - a.length)[0] ?? "";
  return best.trim().length >= 3 ? best : null;
}

export interface Tagger {
  vocabulary: Vocabulary;
  /** The concepts of a paper; with its abstract's sentences and their roles, cues count by role. */
  tag(title: string, abstract: string, sentences?: readonly Sentence[]): ConceptRef[];
}

// Cues are ASCII; their word boundaries also respect accented Latin letters.
// (Without the "u" flag these scans run several times faster.) A cue written
// with capitals is a name or an acronym and keeps them ("ZO\w*" is not "zone",
// "\w+Lore" not "explore"); a cue in lower case matches in any case. A cue
// followed by "-free" names what a method does without ("SVD-free", "Fisher-free").
const phrase = (p: string) =>
  new RegExp(
    `(?<![A-Za-z0-9\\u00C0-\\u024F])(?:${p})(?![A-Za-z0-9\\u00C0-\\u024F]|-free\\b)`,
    /[A-Z]/.test(p.replace(/\\[A-Za-z]/g, "")) ? "g" : "gi",
  );

export function loadVocabulary(path: string): Vocabulary {
  const parsed = vocabulary.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (parsed.success) {
    const ids = new Set(parsed.data.concepts.map((c) => c.id));
    for (const c of parsed.data.concepts)
      for (const id of c.supportedBy ?? [])
        if (!ids.has(id)) throw new Error(`${path}: concepts.${c.id}.supportedBy: no concept "${id}"`);
    for (const id of Object.keys(parsed.data.thresholds))
      if (!ids.has(id)) throw new Error(`${path}: thresholds: no concept "${id}"`);
    return parsed.data;
  }
  const issue = parsed.error.issues[0];
  throw new Error(`${path}: ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "not a vocabulary"}`);
}

export function createTagger(vocabulary: Vocabulary): Tagger {
  const compiled: Compiled[] = vocabulary.concepts.map((concept) => ({
    concept,
    cues: [
      ...(concept.strong ?? []).map((p) => ({ re: phrase(p), weight: 2, literal: requiredLiteral(p) })),
      ...concept.cues.map((p) => ({ re: phrase(p), weight: 1, literal: requiredLiteral(p) })),
    ],
    exclude: (concept.exclude ?? []).map((p) => ({ re: phrase(p), literal: requiredLiteral(p) })),
  }));
  // Which cue literals a text contains, found in one scan: at each position the
  // longest literal starting there, plus the literals that are its prefixes.
  const literals = [
    ...new Set(compiled.flatMap((c) => c.cues.map((q) => q.literal)).filter((l): l is string => l !== null)),
  ].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const scan = literals.length > 0 ? new RegExp(`(?=(${literals.map(escapeRegExp).join("|")}))`, "g") : null;
  const prefixes = new Map(literals.map((l) => [l, literals.filter((m) => l.startsWith(m))]));
  const present = (lower: string): Set<string> => {
    const found = new Set<string>();
    if (scan) for (const m of lower.matchAll(scan)) for (const p of prefixes.get(m[1] ?? "") ?? []) found.add(p);
    return found;
  };
  const concepts = new Set(vocabulary.concepts.map((c) => c.id));
  const thresholdOf = (id: string) => vocabulary.thresholds[id] ?? vocabulary.threshold;
  const supporters = new Map(vocabulary.concepts.map((c) => [c.id, c.supportedBy ?? []]));
  // An aside runs from its words to the clause's end: a comma, a semicolon, a full stop or a parenthesis.
  const aside =
    vocabulary.asides.length > 0 ? new RegExp(`\\b(?:${vocabulary.asides.join("|")})\\b[^,;.()]*`, "gi") : null;
  const exclusions = compiled.flatMap((c) => c.exclude);
  const senses = vocabulary.ambiguous.map((s) => ({
    term: phrase(s.term),
    /** Lower-case text every occurrence holds: a text without it is not scanned. */
    literal: requiredLiteral(s.term),
    window: s.window,
    senses: Object.entries(s.senses).map(([id, cues]) => ({ id, cues: cues.map(phrase) })),
  }));

  return {
    vocabulary,
    tag(title, abstract, sentences) {
      const scores = new Map<string, { score: number; cues: Set<string> }>();
      const bump = (id: string, cue: string, weight: number) => {
        const s = scores.get(id) ?? { score: 0, cues: new Set<string>() };
        s.score += weight;
        s.cues.add(cue.toLowerCase());
        scores.set(id, s);
      };
      const occurrences: Occurrence[] = [];
      // The title, then the abstract, whose cues count by the role of their sentence.
      const heading: Part = { text: title, at: () => ({ weight: vocabulary.titleWeight, proposal: true }) };
      const parts = [heading, { text: abstract, at: rolesAt(sentences ?? [], vocabulary.ownWorkWeight) }];
      for (const part of parts) {
        // What a text sets aside is masked: "Unlike LoRA, …" says nothing of low rank.
        const text = aside ? part.text.replace(aside, (m) => " ".repeat(m.length)) : part.text;
        const { at } = part;
        const lower = text.toLowerCase();
        const has = present(lower);
        for (const { concept, cues, exclude } of compiled) {
          if (cues.every((c) => c.literal !== null && !has.has(c.literal))) continue;
          let masked = text;
          for (const ex of exclude)
            if (ex.literal === null || lower.includes(ex.literal))
              masked = masked.replace(ex.re, (m) => " ".repeat(m.length));
          for (const cue of cues) {
            if (cue.literal !== null && !has.has(cue.literal)) continue;
            for (const m of masked.matchAll(cue.re)) {
              const { weight, proposal, mainFrom } = at(m.index);
              // A contribution kind put forward first is the paper's main contribution, as a title says.
              const main = concept.ownWorkOnly && mainFrom !== undefined && putForward(text, mainFrom, m.index);
              const w = main ? vocabulary.titleWeight : weight;
              if (!concept.ownWorkOnly || proposal) bump(concept.id, m[0], w * cue.weight);
            }
          }
        }
        // An exclusion says a phrase is not the word it holds ("sparse-view", "sparse random projections"): an
        // ambiguous word it overlaps is not read, and contexts are read without them. An ambiguous term that holds
        // the whole excluded phrase stands: "token merging" is no model merging, and is read for its own senses.
        const spans: Array<[number, number]> = [];
        for (const ex of exclusions)
          if (ex.literal === null || lower.includes(ex.literal))
            for (const m of text.matchAll(ex.re)) spans.push([m.index, m.index + m[0].length]);
        let unexcluded = text;
        for (const [from, to] of spans)
          unexcluded = unexcluded.slice(0, from) + " ".repeat(to - from) + unexcluded.slice(to);
        const inLonger = (from: number, to: number) =>
          spans.some(([a, b]) => a < to && b > from && (a < from || b > to));
        for (const sense of senses) {
          if (sense.literal !== null && !lower.includes(sense.literal)) continue;
          for (const m of text.matchAll(sense.term)) {
            if (inLonger(m.index, m.index + m[0].length)) continue;
            const context = windowAround(unexcluded, m.index, m[0].length, sense.window);
            const votes = new Map(
              sense.senses.map((s) => [s.id, s.cues.reduce((n, re) => n + (context.match(re)?.length ?? 0), 0)]),
            );
            occurrences.push({ sense: sense.term.source, text: m[0], weight: at(m.index).weight, votes });
          }
        }
      }
      resolveSenses(occurrences, scores, bump, concepts);
      const tagged = (id: string) => (scores.get(id)?.score ?? 0) >= thresholdOf(id);
      return [...scores]
        .filter(([id, s]) => s.score >= thresholdOf(id) || (supporters.get(id) ?? []).some(tagged))
        .sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0]))
        .map(([id, s]) => ({ id, score: s.score, cues: [...s.cues].sort() }));
    },
  };
}

/** What a cue counts where it stands, and whether the paper puts its work forward there. */
interface Role {
  weight: number;
  proposal: boolean;
  /** In the sentence where the paper first puts its work forward (its main contribution): where its verb ends. */
  mainFrom?: number;
}

/** A text read for cues (the title, the abstract) and the role at each offset of it. */
interface Part {
  text: string;
  at: (index: number) => Role;
}

/**
 * The role at each offset of an abstract, from its sentences' roles: a concept
 * the sentences stating the paper's own work name is what the paper does, where
 * the same word in the background ("LLMs are usually tuned with LoRA") is
 * context. Without sentences every cue of the abstract counts 1, and a
 * contribution kind (`ownWorkOnly`) counts in the title alone.
 */
function rolesAt(sentences: readonly Sentence[], ownWorkWeight: number): (index: number) => Role {
  const plain: Role = { weight: 1, proposal: false };
  const main = sentences.find((s) => s.role === "proposal");
  const spans = sentences.map((s) => ({
    start: s.start,
    role: s.role
      ? {
          weight: ownWorkWeight,
          proposal: s.role === "proposal",
          mainFrom: s === main && s.verb ? s.start + s.verb.index + s.verb[0].length : undefined,
        }
      : plain,
  }));
  return (index) => {
    let found = plain;
    for (const span of spans) {
      if (span.start > index) break;
      found = span.role;
    }
    return found;
  };
}

/**
 * Whether a cue at `at` is what the verb ending at `from` puts forward: after it, within a dozen words, with no
 * clause of comparison, test or setting between ("We present Zorbset, an evaluation benchmark", not "We propose Zorb,
 * a reader, and benchmark it", "Zorb tops the Quib benchmark", "robust under benchmarking noise").
 */
function putForward(text: string, from: number, at: number): boolean {
  if (at < from) return false;
  const gap = text.slice(from, at);
  return (
    gap.split(/\s+/).length <= 12 && !/\b(?:and|against|than|on|in|under|over|tops?|outperform\w*|it)\b/i.test(gap)
  );
}

interface Occurrence {
  /** Which ambiguous term. */
  sense: string;
  text: string;
  weight: number;
  /** Context cues found near it, per concept. */
  votes: Map<string, number>;
}

/**
 * One sense per discourse (Gale, Church and Yarowsky, 1992): a paper uses an
 * ambiguous word in one sense. That sense is the one with the most evidence
 * over the whole paper, the contexts of every occurrence together with the
 * unambiguous cues already scored; the occurrences then count for it alone.
 * Without a clear winner the word is left untagged.
 */
function resolveSenses(
  occurrences: Occurrence[],
  scores: Map<string, { score: number }>,
  bump: (id: string, cue: string, weight: number) => void,
  known: ReadonlySet<string>,
): void {
  for (const term of new Set(occurrences.map((o) => o.sense))) {
    const these = occurrences.filter((o) => o.sense === term);
    const evidence = new Map<string, number>();
    for (const o of these)
      for (const [id, n] of o.votes) if (n > 0) evidence.set(id, (evidence.get(id) ?? 0) + n * o.weight);
    // Evidence without the word: only for senses its contexts point to at all.
    for (const [id, n] of evidence) evidence.set(id, n + (scores.get(id)?.score ?? 0));
    const ranked = [...evidence].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    if (first === undefined || (second !== undefined && first[1] === second[1])) continue;
    // A sense that is no concept of the vocabulary ("drawing" for "sketch") wins by tagging nothing.
    if (!known.has(first[0])) continue;
    for (const o of these) bump(first[0], o.text, o.weight);
  }
}

function windowAround(text: string, index: number, length: number, words: number): string {
  return `${wordsBefore(text, index, words + 1)} ${wordsAfter(text, index + length, words + 1)}`;
}

/** `text.slice(0, end).split(/\s+/).slice(-n).join(" ")`, reading only the last n words. */
export function wordsBefore(text: string, end: number, n: number): string {
  let start = end;
  for (let runs = 0; start > 0; start--) {
    if (!isSpace(text[start - 1])) continue;
    if (++runs === n) break;
    while (start > 1 && isSpace(text[start - 2])) start--;
  }
  return text.slice(start, end).split(/\s+/).join(" ");
}

/** `text.slice(start).split(/\s+/).slice(0, n).join(" ")`, reading only the first n words. */
export function wordsAfter(text: string, start: number, n: number): string {
  let end = start;
  for (let runs = 0; end < text.length; end++) {
    if (!isSpace(text[end])) continue;
    if (++runs === n) break;
    while (end + 1 < text.length && isSpace(text[end + 1])) end++;
  }
  return text.slice(start, end).split(/\s+/).join(" ");
}

/** The vocabulary's concepts the paper is about (concepts plugin). */
export const paperConcepts: Plugin<[{ tagger: Tagger }], Root> =
  ({ tagger }) =>
  (_tree, file) => {
    file.data.concepts = tagger.tag(file.data.title ?? "", file.data.text ?? "", file.data.sentences);
  };

declare module "vfile" {
  interface DataMap {
    /** Concepts with their cue words (concepts plugin). */
    concepts: ConceptRef[];
  }
}
