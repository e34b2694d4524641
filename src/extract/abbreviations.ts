// Abbreviation definitions, "long form (SF)", found with the Schwartz–Hearst
// algorithm (A Simple Algorithm for Identifying Abbreviation Definitions in
// Biomedical Text, 2003): the short form's characters are matched right to
// left inside the words before the parenthesis, the first one at a word start.

export interface Abbreviation {
  short: string;
  long: string;
  /** Offset of the "(" in the text. */
  index: number;
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
  const lf = candidate.toLowerCase();
  let s = sf.length - 1;
  let l = lf.length - 1;
  while (s >= 0) {
    const c = sf[s]!;
    // The first short-form character must start a word of the long form.
    while (l >= 0 && (lf[l] !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(lf[l - 1]!)))) l--;
    if (l < 0) return null;
    s--;
    l--;
  }
  const start = lf.lastIndexOf(" ", l + 1) + 1;
  const long = candidate.slice(start).trim().replace(/^[("'“`]+/, "").replace(/["”'’`]+$/, "");
  if (!long || long.length <= short.length) return null;
  if (long.split(/\s+/).length > maxWords) return null;
  return long;
}

export function findAbbreviations(text: string): Abbreviation[] {
  const found: Abbreviation[] = [];
  for (const m of text.matchAll(SHORT_FORM)) {
    const short = m[1]!.trim();
    if (!plausibleShort(short)) continue;
    // The long form lies within the same clause before the parenthesis.
    const before = (text.slice(0, m.index).split(/[.;:!?]\s|[(),]/).at(-1) ?? "").replace(/["”'’`\s]+$/, "");
    const long = matchLongForm(short, before);
    if (long) found.push({ short, long, index: m.index });
  }
  return found;
}
