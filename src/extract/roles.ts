// The role a sentence plays in an abstract: whether it states the paper's own
// work ("we propose …", "our method …") rather than background or earlier work.
import type { Cues } from "./names.ts";

/** Who speaks for the paper: "we", "our", "this paper", "here". */
const SELF = /\b(?:we|our|this (?:paper|work|article|study)|here)\b/i;

/** Whether a text holds a word that speaks for the paper. */
export const speaksForPaper = (text: string): boolean => SELF.test(text);

/**
 * "We propose …", "this paper introduces …": the paper puts forward something
 * of its own; the verb, or null.
 */
export function selfProposal(sentence: string, cues: Cues): RegExpExecArray | null {
  const verb = cues.proposal.exec(sentence);
  if (verb === null || !SELF.test(sentence.slice(0, verb.index + verb[0].length + 1))) return null;
  // "we review a previously proposed method": someone else's proposal.
  // The three words before the verb (trimmed first: a trailing space would count as an empty word).
  const before = sentence.slice(0, verb.index).trimEnd().split(/\s+/).slice(-3).join(" ");
  return cues.priorWork.test(before) ? null : verb;
}

/**
 * What a sentence says of the paper's own work: "proposal" when the paper puts
 * it forward there ("we introduce X-Bench"), "own" when the sentence speaks of
 * it otherwise ("our method is evaluated on …"), null for background and
 * earlier work.
 */
export type SentenceRole = "proposal" | "own" | null;

export function sentenceRole(sentence: string, cues: Cues): SentenceRole {
  if (selfProposal(sentence, cues) !== null) return "proposal";
  return cues.ourWork.test(sentence) ? "own" : null;
}
