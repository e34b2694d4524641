// One name, different things: acronyms collide ("Subtle-Cue Oriented Perception Engine (SCOPE)", "Scene-Conditioned
// Object Pose Estimation (SCOPE)"), two titles lead with one name ("TRACE: …"), and a coined name may be an older one
// in other capitals ("ADAM: Autonomous Discovery and Annotation Model", the optimizer Adam). Where a paper says what
// its name is, that tells them apart:
// a claim is not taken by an earlier paper's homonym (graph/origins.ts), and a mention links only to the paper
// that introduces the same thing (graph/relations.ts).
import { type Abbreviation, findAbbreviations } from "../extract/abbreviations.ts";
import { occurrences } from "../extract/regexp.ts";

/** What the spelling of a name needs of a paper. */
export interface Spelled {
  id: string;
  title: string;
  abstract: string;
  methods: ReadonlyArray<{ key: string; name: string }>;
  mentions: ReadonlyArray<{ key: string; name: string }>;
}

/** A long form as comparable words: case, hyphens and plurals aside. */
const wordsOf = (long: string) =>
  long
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => w.replace(/s$/, ""))
    .join(" ");

/** What a name is said to be: the words it abbreviates, or the title it leads (its paper's subject). */
interface Expansion {
  words: string;
  /** The name's letters spelled out: then the name's capitals are part of it (ADAM is not Adam). */
  acronym: boolean;
}

/**
 * What a paper says a name is: the words it abbreviates, in the abstract ("Low-Rank Adaptation (LoRA)", or set after
 * it by a dash, a colon or a comma), or, for a name the paper claims, in its title (after the name and a colon, or
 * as the title's initials: "ADAM: Autonomous Discovery and Annotation Model"); or else the rest of a title the name
 * leads ("TRACE: Training-Time Interpretability"): two papers whose titles lead with one name and go on differently
 * are two works. A mention's paper names the thing only in its abstract: its title is about its own work.
 */
function expansionOf(
  paper: Spelled,
  name: string,
  abbreviations: readonly Abbreviation[],
  kinds: RegExp | null,
): Expansion | null {
  const claimed = paper.methods.some((m) => m.name === name);
  const spelled =
    // (A plural defined for the name counts: "timed reward machines (TRMs)" spells TRM.)
    abbreviations.find((a) => a.short === name || a.short === `${name}s`)?.long ??
    setAfter(paper.abstract, name) ??
    (claimed ? titleInitials(paper.title, name) : null);
  if (spelled) return { words: wordsOf(spelled), acronym: true };
  const rest = claimed && paper.title.startsWith(`${name}: `) ? paper.title.slice(name.length + 2) : "";
  if (rest) return { words: wordsOf(rest), acronym: spellsOut(rest, name) };
  const apposed = claimed && kinds ? apposition(paper.abstract, name, kinds) : null;
  return apposed ? { words: wordsOf(apposed), acronym: false } : null;
}

/**
 * What the words set beside a claimed name say it is, when they name a kind of work (`kinds`: "method", "framework"
 * …): "Zorb, a method that learns …", "our streaming framework, Zorb". Two papers that coin one name and say
 * differently what it is made two things. (Not a clause about the name: "With Zorb, the accuracy improves".)
 */
function apposition(abstract: string, name: string, kinds: RegExp): string | null {
  const kind = (words: string) => words.split(/\s+/).some((w) => kinds.test(w.replace(/[^\p{L}-]/gu, "")));
  for (const at of occurrences(abstract, name)) {
    if (/[\p{L}\p{N}]/u.test(abstract[at - 1] ?? "") || /[\p{L}\p{N}]/u.test(abstract[at + name.length] ?? ""))
      continue;
    const after = APPOSED.exec(abstract.slice(at + name.length, at + name.length + 200))?.[1];
    const described = after?.split(/\s+/).slice(0, 12).join(" ");
    if (described && kind(described)) return described;
    const before = OURS_BEFORE.exec(abstract.slice(Math.max(0, at - 100), at))?.[1];
    if (before && kinds.test(before.split(/\s+/).at(-1) ?? "")) return before;
  }
  return null;
}

// "Zorb (Zesty Orb), a new large-scale, multilingual dataset …": an article after the name and its comma (its
// spelled-out form in parentheses between; a LaTeX brace closing the name aside), then what it is, to the
// sentence's end or a parenthesis. (Unlike SET_AFTER, it runs past commas: a description may hold several
// adjectives.)
const APPOSED = /^[}\s]*(?:\([^()]{0,120}\)\s*)?,\s*(?:an?|the)\s+([^.;()]{3,160})/u;

// "our streaming framework, Zorb": the words between "our" and the name.
const OURS_BEFORE = /\bour\s+([^.;,()]{3,80}),\s*$/u;

/** The capitals of a name, in order: "DEAL", "CRAFT" of "CRAFT", "DRF" of "DRiFt". */
const capitalsOf = (name: string) => name.replace(/[^\p{Lu}]/gu, "");

/** Whether a phrase's capitals hold a name's, in order, from its first ("Contradistinguisher-based Regularization"). */
function spellsOut(phrase: string, name: string): boolean {
  const letters = capitalsOf(name);
  if (letters.length < 2 || phrase[0] !== letters[0]) return false;
  let i = 0;
  for (const c of capitalsOf(phrase)) if (c === letters[i]) i++;
  return i === letters.length;
}

/**
 * Capitalised words a title starts with (after the name and its colon, if it leads) whose initials spell the name,
 * function words between them skipped: "Data Efficient Adaptation in Large Language Models" for DEAL.
 */
function titleInitials(title: string, name: string): string | null {
  const letters = capitalsOf(name);
  if (letters.length < 3) return null;
  const words = (title.startsWith(`${name}: `) ? title.slice(name.length + 2) : title).split(/[\s-]+/);
  const spelled: string[] = [];
  for (const w of words) {
    if (spelled.length > 0 && /^\p{Ll}+$/u.test(w) && w.length <= 4) continue;
    if (w[0] !== letters[spelled.length]) break;
    spelled.push(w);
    if (spelled.length === letters.length) return spelled.join(" ");
  }
  return null;
}

/**
 * Words set after the name by a dash, a colon or a comma whose capitals hold its letters ("CRAFT -- a
 * Contradistinguisher-based Regularization Approach for Flexible Training"), at any of its places.
 */
function setAfter(abstract: string, name: string): string | null {
  if (capitalsOf(name).length < 3) return null;
  for (const at of occurrences(abstract, name)) {
    if (/[\p{L}\p{N}]/u.test(abstract[at - 1] ?? "")) continue;
    const after = SET_AFTER.exec(abstract.slice(at + name.length, at + name.length + 160))?.[1];
    if (after && spellsOut(after, name)) return after;
  }
  return null;
}

// Words set after a name by a dash, a colon or a comma, up to the clause's end.
const SET_AFTER = /^\s*(?:--|—|–|:|,)\s*(?:an?\s+|the\s+)?([^.;()]{5,120}?)(?=[,.;(]|$)/u;

/**
 * Two long forms of one name: one's words hold the other's ("3D Gaussian Splatting", "Gaussian splatting"). Else
 * they differ in a word the name stands for: "Dual Mixture-of-Experts", "Dynamic Mixture-of-Experts".
 */
export function alike(a: string, b: string): boolean {
  const x = new Set(a.split(" "));
  const y = new Set(b.split(" "));
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared === Math.min(x.size, y.size);
}

/**
 * Whether two papers that each claim a name claim one thing: both say alike what it is, or neither says. One that
 * says and one that does not more likely coined it apart.
 */
export const sameClaim = (a: string | null, b: string | null): boolean =>
  a === null ? b === null : b !== null && alike(a, b);

/**
 * Whether two spellings of one key write it in other capitals ("DoRA", "DORA"), punctuation and a plural aside
 * ("Zorb-Net" and "ZorbNets" are ZorbNet's).
 */
export function otherCapitals(a: string, b: string): boolean {
  const letters = (n: string) => n.replace(/[^\p{L}\p{N}]/gu, "").replace(/s$/, "");
  return letters(a) !== letters(b) && letters(a).toLowerCase() === letters(b).toLowerCase();
}

/** The name as a paper writes it under a key: its claim's, or its mention's. */
const writtenBy = (q: Spelled, key: string) =>
  (q.methods.find((m) => m.key === key) ?? q.mentions.find((m) => m.key === key))?.name ?? "";

export interface Spellings {
  /** What the paper says the name is (comparable words), or null where it does not. */
  of(paper: Spelled, name: string): string | null;
  /** Whether the paper spells the name out as the words it abbreviates. */
  spelledOut(paper: Spelled, name: string): boolean;
  /**
   * Whether paper q's name under `key` can be the name p gives: not when both say differently what it is, nor, with
   * `capitals`, when p spells its name out and q writes it in other capitals (ADAM, Adam). A later paper may well
   * write a name in its own capitals (MARLIN, Marlin): the capitals tell only whether a name was taken before.
   */
  same(p: Spelled, name: string, q: Spelled, key: string, capitals?: boolean): boolean;
}

/**
 * Spellings read once per paper and name. With `kinds` (the lexicon's kinds of work, `contributionHeads`), an
 * apposition saying what kind of work a claimed name is counts as what the paper says it is.
 */
export function spellings(kinds: RegExp | null = null): Spellings {
  const known = new Map<string, Expansion | null>();
  // A paper's abbreviations, read once: several of its names may be asked about.
  const defined = new Map<string, readonly Abbreviation[]>();
  const expansion = (paper: Spelled, name: string): Expansion | null => {
    const at = `${paper.id}\0${name}`;
    if (!known.has(at)) {
      // Only an abstract that holds the name can define it ("(i.e., LoRA)" as well as "(LoRA)").
      let abbreviations = paper.abstract.includes(name) ? defined.get(paper.id) : [];
      if (!abbreviations) defined.set(paper.id, (abbreviations = findAbbreviations(paper.abstract)));
      known.set(at, expansionOf(paper, name, abbreviations, kinds));
    }
    return known.get(at) ?? null;
  };
  return {
    of: (paper, name) => expansion(paper, name)?.words ?? null,
    spelledOut: (paper, name) => expansion(paper, name)?.acronym === true,
    same(p, name, q, key, capitals = false) {
      const mine = expansion(p, name);
      if (mine === null) return true;
      const written = writtenBy(q, key);
      if (capitals && mine.acronym && written !== name) return false;
      const theirs = expansion(q, written);
      return theirs === null || alike(theirs.words, mine.words);
    },
  };
}
