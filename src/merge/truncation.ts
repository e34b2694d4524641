// Whether an abstract stops mid-sentence, the way a listing cuts one off. An
// abstract that merely lacks its final stop (it ends on a code URL, a LaTeX
// remnant, a keyword list or a noun) is complete: authors often leave it out.

/** Words a complete English sentence never ends on: articles, prepositions, conjunctions, auxiliaries. */
const NEVER_LAST = new Set(
  (
    "a an the of in on for to from with without via by as at into onto and or but nor than that which whose " +
    "is are was were be been being has have had do does did can could will would should may might must " +
    "such both either neither each every its their our we this these those between among over under through"
  ).split(" "),
);

/** A URL, a LaTeX group or math as the last token: a complete abstract often ends on one. */
const ENDS_ON_MARKUP = /(?:https?:\/\/\S+|[}$])$/;

export function endsMidSentence(abstract: string): boolean {
  const text = abstract.trimEnd();
  if (text === "") return false;
  if (/(?:\.\.\.|…)$/.test(text)) return true;
  if (/[.!?)\]"'”’]$/.test(text) || ENDS_ON_MARKUP.test(text)) return false;
  // A dangling separator: the list or clause goes on in the part that is missing.
  if (/[,;:(\-–—/&+]$/.test(text)) return true;
  const last = /([\p{L}']+)$/u.exec(text)?.[1]?.toLowerCase();
  return last !== undefined && NEVER_LAST.has(last);
}
