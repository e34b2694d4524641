// The role a sentence plays in an abstract: whether it states the paper's own
// work ("we propose …", "our method …") rather than background or earlier work.
import type { Root } from "mdast";
import type { Plugin } from "unified";
import type { Cues, Lexicon } from "./names.ts";
import { splitSentences } from "./sentences.ts";

/** Who speaks for the paper: "we", "our", "this paper", "here". */
const SELF_WORDS = String.raw`\b(?:we|our|this (?:paper|work|article|study)|here)\b`;
const SELF = new RegExp(SELF_WORDS, "i");

// The nouns a paper names the whole of its work by.
const WHOLE_WORK = "framework|method|approach|model|system|architecture|pipeline|technique|algorithm";

/** The kinds a paper calls its own work by: "this framework", "our method", "the proposed pipeline". */
export const WORK_KINDS = `(?:${WHOLE_WORK}|design|module)`;

/**
 * The paper's work named by its kind, once put forward: "this framework", "our new model", "the proposed method",
 * "the models" (a word between "the" and the kind makes it another's: "the teacher model", "the original model").
 */
export const WORK_NAMED = String.raw`(?:(?:this|the\s+proposed|our)\s+(?:[\p{L}-]+\s+)?|the\s+)${WORK_KINDS}s?`;

// The paper's work named by its kind, as the subject of a proposal: "This framework", "The proposed method". (Not
// "this design" nor "this module": those name a part, whose proposals are read otherwise.)
const WORK = `(?:this|the proposed|our) (?:${WHOLE_WORK})`;

/** The sentence's subject is the paper's work named by its kind: "This framework", "The proposed method also". */
const THIS_WORK = new RegExp(String.raw`^(?:[\p{L}-]+,\s+)?${WORK}\s+(?:also\s+|further\s+|then\s+)?$`, "iu");

const PUTS_FORWARD = new RegExp(
  String.raw`\b${WORK}\s+(?:also\s+|further\s+)?(?:introduces|proposes|presents|designs|develops|incorporates)\b`,
  "i",
);

// A clause turning from what the work puts forward: a relative clause, a contrast, a comparison, an evaluation.
const CLAUSE_TURNS =
  /\b(?:that|which|who|whose|while|whereas|but|compar\w*|outperform\w*|than|against|experiments?|evaluat\w*)\b|;/i;

/**
 * The paper's work, named by its kind, puts forward what ends the text, in the same clause: "This framework
 * introduces the Long Form" (not "this method introduces latency that Long Form avoids").
 */
export function workPutsForward(text: string): boolean {
  const m = PUTS_FORWARD.exec(text);
  // (Nor where the clause goes on to compare or evaluate: "… and, in experiments, compares well to Zorb (ZB)".)
  return m !== null && !CLAUSE_TURNS.test(text.slice(m.index + m[0].length));
}

// The paper's own words, then no clause of another subject up to the end: "We show that Zorb …" is Zorb's clause.
// (A clause set off by a comma, ", which", is about what the paper just put forward; a full stop inside a word or
// after "al" ends no sentence: "Llama 3.1", "Smith et al.")
const SELF_GOVERNS = new RegExp(
  SELF_WORDS +
    String.raw`(?:(?!\b(?:that|whether|how)\b|(?<!,\s?)\b(?:which|who|whose)\b)(?:[^.;]|\.(?=\S)|(?<=\bal)\.))*$`,
  "i",
);
// "We" and a verb without the "-s" of another subject: "We argue that benchmarks saturate and introduce Zorb"
// (not "We observe that Zorbnet overfits and introduces …").
const WE_THEN = /\bwe\b(?:[^.;]|\.(?=\S)|(?<=\bal)\.)*$/i;

/**
 * Whether the paper's own words govern the verb `verb` that follows a text: no clause of another subject between
 * them, or "we" before a verb in the form "we" takes. (A verb in "-s" after ", which" is the paper's work's only in
 * the present: ", which introduced" tells of earlier work.)
 */
export function selfGoverns(text: string, verb = ""): boolean {
  const present = /(?<!s)s$/i.test(verb);
  if (/\b(?:which|who|that)\s+$/i.test(text)) return present && SELF_GOVERNS.test(text);
  return present ? SELF_GOVERNS.test(text) : WE_THEN.test(text) || SELF_GOVERNS.test(text);
}

/** Whether a text holds a word that speaks for the paper. */
export const speaksForPaper = (text: string): boolean => SELF.test(text);

/**
 * "We propose …", "this paper introduces …": the paper puts forward something
 * of its own; the verb, or null.
 */
export function selfProposal(sentence: string, cues: Cues, proposedBefore = false): RegExpExecArray | null {
  // Each verb of proposal in turn: the first may be an adjective or another's ("by integrating our recently proposed
  // Quib, we devise …"). (Most sentences hold none: the first is looked for alone.)
  const first = cues.proposal.exec(sentence);
  if (first === null) return null;
  const found = proposalAt(sentence, first, cues, proposedBefore);
  if (found) return found;
  const all = everyMatch(cues.proposal);
  all.lastIndex = first.index + first[0].length;
  for (let verb = all.exec(sentence); verb !== null; verb = all.exec(sentence)) {
    const later = proposalAt(sentence, verb, cues, proposedBefore);
    if (later) return later;
  }
  return null;
}

const everyForm = new WeakMap<RegExp, RegExp>();
/** The pattern, finding every match: compiled once per pattern. */
function everyMatch(pattern: RegExp): RegExp {
  let all = everyForm.get(pattern);
  if (all === undefined) {
    all = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
    everyForm.set(pattern, all);
  }
  return all;
}

/** Whether the verb of proposal at `verb` is the paper's: the verb, or null. */
function proposalAt(
  sentence: string,
  verb: RegExpExecArray,
  cues: Cues,
  proposedBefore: boolean,
): RegExpExecArray | null {
  // "This framework introduces …": the paper's work, named by its kind, is the subject of a verb in the present,
  // once the paper has put it forward ("this method" before that may be an earlier one the abstract describes).
  const subject = sentence.slice(0, verb.index);
  if ((proposedBefore || /^(?:[\p{L}-]+,\s+)?(?:the proposed|our)\b/iu.test(subject)) && THIS_WORK.test(subject)) {
    if (/s$/i.test(verb[0])) return verb;
  }
  if (!SELF.test(sentence.slice(0, verb.index + verb[0].length + 1))) return null;
  // "We observe that Zorbnet … introduces …": a clause of another subject between the paper's words and the verb.
  if (!selfGoverns(sentence.slice(0, verb.index), verb[0])) return null;
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

/** A sentence of an abstract, where it starts, and what it says of the paper's own work. */
export interface Sentence {
  text: string;
  start: number;
  role: SentenceRole;
  /** The proposal verb, when the paper puts something forward here. */
  verb: RegExpExecArray | null;
  /** Whether the paper put something forward in an earlier sentence. */
  afterProposal: boolean;
}

// What a sentence of the authors reports rather than does: a comparison, an evaluation, its results.
// (Nor what they say of others' work or of what is known: "We argue that prior methods …", "As we know, …".)
const REPORTS = new RegExp(
  String.raw`\b(?:compar\w*|evaluat\w*|outperform\w*|than|baselines?|benchmark\w*|experiments?|results?|` +
    String.raw`observe\w*|know|known|argue\w*|note\w*|show\w*|find\w*|found|prior|existing|previous\w*)\b`,
  "i",
);

// After the paper has put its work forward, the work is the subject: "It prunes …", "This framework routes …", "The
// proposed model is deployed …", "The model is quantized …" (before it, "the model" may be any other).
const WORK_SUBJECT = new RegExp(
  String.raw`^(?:[\p{L}-]+,\s+)?(?:it(?!\s+is\s+(?:well\s+)?known)|` + String.raw`${WORK_NAMED})\s`,
  "iu",
);

/**
 * "We quantize the weights to four bits", "We then prune …", and once the work is put forward "It prunes …": the
 * authors say what their work does, though with no verb that puts it forward. Not what they compare with, evaluate
 * or observe.
 */
const authorsAtWork = (sentence: string, proposed: boolean): boolean =>
  weDo(sentence) ||
  ((/\bwe\b/i.test(sentence) || (proposed && WORK_SUBJECT.test(sentence))) && !REPORTS.test(sentence));

// The verb right after "we", and words that are no verb of doing there (an adverb, a modal, an auxiliary) or that
// tell what the authors think or show rather than do.
const WE_VERB = /\bwe\s+(?:(?:also|further|then|first|additionally)\s+)?(\p{L}+)/iu;
const NOT_DOING = new RegExp(
  String.raw`^(?:\p{L}+ly|can|could|will|would|may|might|must|should|are|were|have|had|do|did|` +
    String.raw`believe|hypothesi[sz]e|conjecture|demonstrate|reveal|confirm|report|discuss)$`,
  "iu",
);
// A sentence that sets the work against others: what it names may be theirs.
const SETS_AGAINST = /\b(?:than|outperform\w*|baselines?|compar\w*|against)\b/i;

/**
 * "We fine-tune and evaluate … using Zorb adapters": where the authors' first verb is one of doing, the sentence
 * says what their work does, though it goes on to evaluate; not where it sets the work against others.
 */
function weDo(sentence: string): boolean {
  const verb = WE_VERB.exec(sentence)?.[1];
  return verb !== undefined && !REPORTS.test(verb) && !NOT_DOING.test(verb) && !SETS_AGAINST.test(sentence);
}

/** The abstract's sentences with their roles: read once, used by the methods and concepts rules. */
export function readSentences(abstract: string, cues: Cues): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  let proposed = false;
  for (const text of splitSentences(abstract)) {
    const start = Math.max(from, abstract.indexOf(text, from));
    const verb = selfProposal(text, cues, proposed);
    out.push({
      text,
      start,
      verb,
      role: verb ? "proposal" : cues.ourWork.test(text) || authorsAtWork(text, proposed) ? "own" : null,
      afterProposal: proposed,
    });
    proposed ||= verb !== null;
    from = start + text.length;
  }
  return out;
}

/** The abstract's sentences and their roles (sentences plugin, before methods and concepts). */
export const paperSentences: Plugin<[{ lexicon: Lexicon }], Root> =
  ({ lexicon }) =>
  (_tree, file) => {
    file.data.sentences = readSentences(file.data.text ?? "", lexicon.cues);
  };

declare module "vfile" {
  interface DataMap {
    /** The abstract's sentences with their roles (sentences plugin). */
    sentences: Sentence[];
  }
}
