// Sentence splitting good enough for abstracts: a stop followed by a capital,
// sparing "e.g.", "i.e.", "et al." and single initials. A listing may have lost
// the space after a stop: a word in lower case, the stop, then a capitalised
// word is a sentence's end too ("the data.To this end, …").
const NOT_END = /(?:\be\.g|\bi\.e|\bet al|\bvs|\bcf|\bFig|\bEq|\bSec|\b[A-Z])\.$/;
const STOP = /[.!?]\s+(?=[\p{Lu}(\d"“])|(?<=(?<![\p{L}\p{N}.])\p{Ll}{3,})\.(?=\p{Lu}\p{Ll}|[AI]\s)/gu;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(STOP)) {
    const end = m.index + 1;
    if (NOT_END.test(text.slice(Math.max(start, end - 8), end))) continue;
    out.push(text.slice(start, end).trim());
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
