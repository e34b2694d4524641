// Literal text inside a regular expression.
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const SPACE = /\s/;
/** Whether a character is white space as `\s` reads it (a character past either end is not). */
export const isSpace = (ch: string | undefined): boolean => ch !== undefined && SPACE.test(ch);

/** Where a text holds a string, every time (occurrences that do not overlap, left to right). */
export function occurrences(text: string, part: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) out.push(at);
  return out;
}

/** A regular-expression alternation of literal words and phrases, longest first. */
export const alternation = (words: Iterable<string>): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escapeRegExp)
    .join("|");

/** Whether a character is part of a token: a letter, a digit or a hyphen. */
export const inToken = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}-]/u.test(c);

/** Where a word stands in a text on its own, not inside a longer token ("Quib", not "Quibé" or "Quib-based"). */
export function wholeOccurrences(text: string, word: string): number[] {
  return occurrences(text, word).filter((at) => !inToken(text[at - 1]) && !inToken(text[at + word.length]));
}

/** Whether a word stands in a text on its own, not inside a longer token. */
export const standsAlone = (text: string, word: string): boolean => wholeOccurrences(text, word).length > 0;
