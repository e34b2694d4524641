// Sentence splitting good enough for abstracts: a stop followed by a capital,
// sparing "e.g.", "i.e.", "et al." and single initials.
const NOT_END = /(?:\be\.g|\bi\.e|\bet al|\bvs|\bcf|\bFig|\bEq|\bSec|\b[A-Z])\.$/;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]\s+(?=[\p{Lu}(\d"“])/gu)) {
    const end = m.index + 1;
    if (NOT_END.test(text.slice(Math.max(start, end - 8), end))) continue;
    out.push(text.slice(start, end).trim());
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
