// Abbreviation definitions, "long form (SF)", found with the Schwartz–Hearst
// algorithm (A Simple Algorithm for Identifying Abbreviation Definitions in
// Biomedical Text, 2003): the short form's characters are matched right to
// left inside the words before the parenthesis, the first one at a word start.

import { isSpace } from "./regexp.ts";

export interface Abbreviation {
  short: string;
  long: string;
  /** Offset of the "(" in the text, or of the short form when it comes first. */
  index: number;
  /** "SF (long form)" or "(SF - long form)": the short form is written first. */
  shortFirst?: boolean;
  /** Offset of the long form when it is written first, "long form (SF)" (-1 where the text spells it otherwise). */
  longStart?: number;
}

const SHORT_FORM = /\(\s*(?:or\s+|i\.e\.,?\s+)?([^()\s][^()]{0,14}?)\s*\)/g;

function plausibleShort(sf: string): boolean {
  if (sf.split(/\s+/).length > 2) return false;
  if (!/\p{Lu}/u.test(sf)) return false;
  if (!/^\p{L}/u.test(sf)) return false;
  return sf.length >= 2 && sf.length <= 15;
}

/** Finds the long form of `short` among the words ending right before it, or null. */
export function matchLongForm(short: string, before: string): string | null {
  const words = before.trimEnd().split(/\s+/);
  const letters = short.replace(/[^\p{L}\p{N}]/gu, "").replace(/s$/, "");
  const maxWords = Math.min(letters.length + 5, letters.length * 2);
  const candidate = words.slice(-maxWords).join(" ");
  const sf = letters.toLowerCase();
  const lower = candidate.toLowerCase();
  const spelled = startOf(sf, lower);
  // An "X" stands for "cross" or "trans" ("XBM" for cross-batch memory) where no x spells it: then the long form
  // has no more words than the short form letters ("… with explainable AI (XAI)" is no cross-attention's).
  const crossedOut = (): string => lower.replace(CROSS, (w) => `x${w.slice(1)}`);
  const crossed = spelled === null && sf.includes("x") ? startOf(sf, crossedOut()) : null;
  // A "2" stands for "to" and a "4" for "for" ("S2L" for Skill-to-LoRA), read in place, as the X above.
  const numbered =
    spelled === null && crossed === null && /[24]/.test(sf)
      ? startOf(
          sf,
          lower.replace(NUMBER_WORDS, (w) => (w === "to" ? "2o" : "4or")),
        )
      : null;
  const start = spelled ?? crossed ?? numbered;
  if (start === null) return null;
  // (Read with a "2" or a "4", a long form names something only in capitals: "Skill-to-LoRA (S2L)", not
  // "peer-to-peer (P2P)".)
  if (start === numbered && !/\p{Lu}/u.test(candidate.slice(start))) return null;
  const long = candidate
    .slice(start)
    .trim()
    .replace(/^[("'“`]+/, "")
    .replace(/["”'’`]+$/, "");
  if (!long || long.length <= short.length) return null;
  const count = long.split(/\s+/).length;
  if (count > maxWords || (crossed !== null && count > sf.length)) return null;
  return long;
}

// "to" and "for" as words (or parts of a hyphenated compound), read as the "2" and "4" of a short form.
const NUMBER_WORDS = /(?<![\p{L}\p{N}])(?:to|for)(?![\p{L}\p{N}])/gu;

// "cross" and "trans" at a word's start, read as the "X" of a short form; the same length, so offsets hold.
const CROSS = /(?<![\p{L}\p{N}])(?:cross|trans)/gu;

/**
 * Where the long form of the (lower-case) short form `sf` starts in `lf`, matching its characters right to left,
 * or null.
 */
function startOf(sf: string, lf: string): number | null {
  let l = lf.length - 1;
  for (let s = sf.length - 1; s >= 0; s--) {
    const c = sf.charAt(s);
    // The first short-form character must start a word of the long form.
    while (l >= 0 && (lf[l] !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(lf.charAt(l - 1))))) l--;
    if (l < 0) return null;
    l--;
  }
  return lf.lastIndexOf(" ", l + 1) + 1;
}

// The other order: "MASA (Matrix Atom Sharing in Attention)", and both in one
// parenthesis, "(WINNER - weight initialization with noise …)".
// Sticky: tried only where a match can start (see matchesAtParens).
const SHORT_THEN_LONG = /([\p{L}][\p{L}\p{N}-]{1,14})\s+\(([^()]{6,120})\)/uy;
const BOTH_IN_PARENS = /\(\s*([\p{L}][\p{L}\p{N}-]{1,14})\s*(?:[-–—:]|=)\s+([^()]{6,120})\)/uy;

/**
 * What `text.matchAll` gives for a pattern whose match holds exactly one "(",
 * preceded by at most `lead` characters other than "(" and then spaces (none
 * for a pattern that starts with it): the pattern is tried only at those
 * starts before each "(", not at every letter of the text.
 */
export function matchesAtParens(text: string, sticky: RegExp, lead: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let at = 0;
  for (let open = text.indexOf("("); open >= 0; open = text.indexOf("(", Math.max(at, open + 1))) {
    let space = open;
    while (space > at && isSpace(text[space - 1])) space--;
    const from = lead === 0 ? open : Math.max(at, space - lead);
    for (let start = from; start <= open; start++) {
      sticky.lastIndex = start;
      const m = sticky.exec(text);
      if (m) {
        out.push(m);
        at = start + m[0].length;
        break;
      }
    }
  }
  return out;
}

/**
 * The long form when `inner`, as a whole, spells out `short`: it starts with
 * the short form's first letter and holds the others in order. (Matching from
 * the right, as for "long (SF)", would settle for a tail of it.)
 */
function spelledOut(short: string, inner: string): string | null {
  const long = inner.trim().replace(/[.,;]+$/, "");
  const letters = short
    .replace(/[^\p{L}\p{N}]/gu, "")
    .replace(/s$/, "")
    .toLowerCase();
  const words = long.split(/\s+/).length;
  if (words < 2 || words > letters.length + 5 || /^(?:e\.g|i\.e|cf|see)\b/i.test(long)) return null;
  const lf = long.toLowerCase();
  if (lf[0] !== letters[0]) return null;
  let at = 1;
  for (const c of letters.slice(1)) {
    at = lf.indexOf(c, at) + 1;
    if (at === 0) return null;
  }
  return long;
}

/** Where the clause holding `end` starts: after the last "(", ")", "," or ". " (or ";: !? "). */
function clauseStart(text: string, end: number): number {
  for (let i = end - 1; i >= 0; i--) {
    const c = text.charAt(i);
    if (c === "(" || c === ")" || c === ",") return i + 1;
    if (i + 1 < end && ".;:!?".includes(c) && isSpace(text[i + 1])) return i + 2;
  }
  return 0;
}

// The methods and the mentions rules both read one abstract's abbreviations, one after
// the other: the last text's are kept, so each abstract is scanned once.
let last: { text: string; found: readonly Abbreviation[] } | null = null;

export function findAbbreviations(text: string): readonly Abbreviation[] {
  if (last?.text === text) return last.found;
  const found = scanAbbreviations(text);
  last = { text, found };
  return found;
}

function scanAbbreviations(text: string): Abbreviation[] {
  const found: Abbreviation[] = [];
  for (const [re, lead] of [
    [SHORT_THEN_LONG, 15],
    [BOTH_IN_PARENS, 0],
  ] as const) {
    for (const m of matchesAtParens(text, re, lead)) {
      const [, short = "", rest = ""] = m;
      if (!plausibleShort(short) || !/\p{Lu}.*\p{Lu}/u.test(short)) continue;
      const long = spelledOut(short, rest);
      if (long)
        found.push({
          short,
          long,
          index: m.index + (re === BOTH_IN_PARENS ? m[0].indexOf(short) : 0),
          shortFirst: true,
        });
    }
  }
  for (const m of text.matchAll(SHORT_FORM)) {
    const short = (m[1] ?? "").trim();
    if (!plausibleShort(short)) continue;
    // The long form lies within the same clause before the parenthesis.
    const before = text.slice(clauseStart(text, m.index), m.index).replace(/["”'’`\s]+$/, "");
    const long = matchLongForm(short, before);
    if (long) found.push({ short, long, index: m.index, longStart: text.lastIndexOf(long, m.index) });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The text right after the ")" that closes an abbreviation's parenthesis (the first after `index`), 40 characters. */
export function afterParenthesis(text: string, index: number): string {
  const close = text.indexOf(")", index);
  return close < 0 ? "" : text.slice(close + 1, close + 40);
}
