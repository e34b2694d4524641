// What makes a token a name (GaLore, K-FAC, GPT-2, node2vec) rather than a word,
// and the generic terms that look like names but name no particular thing.
import { readFileSync } from "node:fs";
import type { VFile } from "vfile";
import { alternation, escapeRegExp } from "./regexp.ts";
import { findAbbreviations } from "./abbreviations.ts";

/** Where a keyword list starts ("Keywords: …", "Index Terms —"): its items are capitalised whatever they are. */
export const KEYWORDS = /\b(?:key ?words|index terms)\s*[:—–-]/i;

// Math glued right after a name is its part: a script ("Quib-5$^i$", "Zorb$_{RGB}$") or a symbol after a hyphen
// ("Zorb-$\alpha$"); not a footnote's or an affiliation's mark ("$^{1,2}$", "$^*$", "$^\dagger$", "$^{a}$").
export const SCRIPT_AFTER = new RegExp(
  String.raw`^(?:\$(?!\^\{?(?:[\p{N},\s]+|\*|\\d?dagger|[a-c†‡])\}?\$)[_^][^$\s]{1,8}\$|-\$[^$\s]{1,12}\$)` +
    String.raw`(?![\p{L}\p{N}])`,
  "u",
);

/** A release's number after a name: "2", "v3", "1.5" (of "Zorb 2", "Quib-v3", "Vexa 1.5"). */
export const RELEASE_NUMBER = String.raw`v?\p{N}+(?:\.\p{N}+)*`;

/** The kinds of report a title names its model in: "Zorb2 Technical Report", "Quib 5 Model Card". */
export const REPORT_KINDS = String.raw`(?:[Tt]echnical [Rr]eport|[Mm]odel [Cc]ard|[Ss]ystem [Cc]ard)`;

// What a naming verb names before the name: "this mechanism", "these two losses", "the resulting method" (not a task,
// a problem or a setting, which the paper studies rather than makes).
const NAMED_OBJECT =
  String.raw`(?:this|these|our|the (?:resulting|proposed|overall))` +
  String.raw`(?:\s+(?!(?:tasks?|problems?|settings?)\b)[\w-]+){0,3}?`;

/** A token as written: letters and digits joined by - . / + ' */
export const TOKEN = /[\p{L}\p{N}]+(?:[-./'’+][\p{L}\p{N}]+)*\+*/gu;

const LATEX_COMMANDS = [
  ...["sim", "times", "leq", "geq", "approx", "cdot", "ell", "infty", "frac", "log", "top", "operatorname"],
  ...["mathcal", "mathfrak", "mathbb", "mathbf", "epsilon", "delta", "gamma", "omega"],
];
const GREEK_LETTERS = [
  ...["alpha", "beta", "gamma", "delta", "epsilon", "theta", "lambda", "mu", "sigma", "tau", "phi", "psi"],
  ...["omega", "pi", "xi"],
];
const RELATIONS = [
  ...["subseteq", "subset", "supseteq", "notin", "in", "times", "cdot", "leq", "geq", "le", "ge", "neq"],
  ...["top", "sim", "to", "approx", "mapsto"],
];
// LaTeX command names glued to what followed once their backslash was lost.
const LATEX_GLUE = new RegExp(`^(?:${alternation(LATEX_COMMANDS)})(?=[\\p{Lu}\\p{N}_])`, "u");
// A Greek letter glued to the relation after it: "Omegasubseteq" from "\Omega \subseteq".
const GREEK_GLUE = new RegExp(`^(?:${alternation(GREEK_LETTERS)})(?:${alternation(RELATIONS)})(?![\\p{L}])`, "iu");

/** A word made of LaTeX commands that lost their backslashes. */
export const isLatexRemnant = (token: string): boolean => LATEX_GLUE.test(token) || GREEK_GLUE.test(token);

// LaTeX font commands around a name's letters, which the letters are read without: "\text{S}", "\textsc{Zorb}",
// "\mathtt{QZ}", "M\textsuperscript{4}Quib".
const LATEX_FONT =
  /\\(?:text(?:sc|bf|it|rm|tt|sf|superscript|subscript)?|math(?:rm|tt|bf|it|sf|cal|bb)|emph)\{([^{}]*)\}/g;

/** A name as the reader sees it: without LaTeX font commands, nor dollars around a plain word ("$\mathtt{QZ}$"). */
export function plainName(name: string): string {
  const plain = name.replace(LATEX_FONT, "$1");
  return /^\$[\p{L}\p{N}-]+\$$/u.test(plain) ? plain.slice(1, -1) : plain;
}

/**
 * A token is a name when one of its hyphen parts is: mixed case inside the
 * word (GaLore), two capitals (K-FAC), letters with digits (node2vec), or
 * capitalised words with a version number (Llama-3, ResNet-50, Zorb-Flash-Omni-2.0).
 */
export function looksLikeName(token: string): boolean {
  if (isLatexRemnant(token)) return false;
  if (/^\p{N}/u.test(token)) return digitLedName(token);
  if (/^top-?\d+$/i.test(token)) return false;
  const parts = token.split("-");
  if (parts.some(strongPart)) return true;
  // Capitalised words joined, then a version and what may follow it: "Zorb-2", "Zorb-Flash-Omni-2.0",
  // "Quib-Image-Edit-2509", "Vexa-Zorb-3.1-8B-Instruct".
  const version = parts.findIndex((p) => /^\p{N}/u.test(p));
  return version >= 1 && parts.slice(0, version).every((p) => /^\p{Lu}\p{Ll}+$/u.test(p));
}

/**
 * A name may start with a digit: "3DGS" (capitals glued after the digits),
 * "3D-GAN" (a later part that is a name); sizes, ranges and "2D-Matrix" are not.
 */
function digitLedName(token: string): boolean {
  const [head = "", ...rest] = token.split("-");
  const capitals = /^[\p{N}.]+(\p{Lu}{2,})[\p{L}\p{N}]*$/u.exec(head)?.[1];
  if (capitals !== undefined && !/^(?:[KMGTP]i?B|[KMBT])$/.test(capitals)) return true;
  return rest.some(strongPart);
}

function strongPart(part: string): boolean {
  if (!/\p{L}/u.test(part) || /^\p{N}/u.test(part)) return false; // 8-bit, 3x, 7B
  const upper = (part.match(/\p{Lu}/gu) ?? []).length;
  if (upper >= 2) return true;
  if (/^\p{Ll}.*\p{Lu}/u.test(part) || /^.[\p{Ll}\p{N}]+\p{Lu}/u.test(part)) return true;
  return /\p{L}/u.test(part) && /\p{N}/u.test(part);
}

export interface Lexicon {
  /** Generic words that look like names: families, hardware, routines. */
  generic: Set<string>;
  /** Of them, the lexicon's own list (families, hardware, routines), without metrics, languages, units and tasks. */
  families: Set<string>;
  /** Capitalised words that are not names of methods (eponyms, adjectives). */
  notNames: Set<string>;
  /** Names no shape gives away: the one-word ones, lower-cased, found in any case ("k-means", "word2vec"). */
  knownWords: Set<string>;
  /** The ones of several words, found with their capitals ("Stable Diffusion"), a hyphen and a space alike. */
  knownPhrases: RegExp | null;
  /** Words that make a title prefix a phrase, not a name: function words and title words ("rethinking"). */
  functionWords: Set<string>;
  /** Words that relate no two papers: function words and words every abstract uses. */
  stopWords: Set<string>;
  /** Words the collection writes in lower case (in two papers or more): ordinary words, not names. */
  lowercase: Set<string>;
  /** Words the paper at hand writes in lower case. */
  lowercaseHere?: Set<string>;
  /** How many texts of the collection write each word as a name inside a sentence (lower-cased), once learned. */
  namedTexts?: Map<string, number>;
  /** How many texts of the collection spell out each long form of an acronym (its words lower-cased). */
  spelledTexts?: Map<string, number>;
  /** The cue words of the methods and mentions rules, as patterns. */
  cues: Cues;
}

export interface Cues {
  /** "we propose / introduce / present …": the authors put something forward. */
  proposal: RegExp;
  /** A proposal verb at the start of a text. */
  proposalFirst: RegExp;
  /** Every proposal verb of a text (global): "… introduce X and propose the Long Form". */
  proposalEvery: RegExp;
  /** After a part's acronym, its kind and a verb in the present: " mechanism leverages …", " module aligns …". */
  kindThenVerb: RegExp;
  /** "called / termed / dubbed X", "we call it X", "we term this X": a name is given (global). */
  naming: RegExp;
  /** Naming words or "we call" at the end of a text, before the name ("… called the"). */
  namingAtEnd: RegExp;
  /** "our X library", "our new optimizer": the authors' own contribution, at the end of a text. */
  ourContribution: RegExp;
  /** Whether a text holds a naming word at all (a cheap test before `naming`). */
  namingWord: RegExp;
  /** "our method", "our proposed framework": the paper's own contribution, anywhere in a text. */
  ourWork: RegExp;
  /** "our … framework, DORA": the name a paper gives its own contribution (global; the name keeps its case). */
  ourNamed: RegExp;
  /** "our proposed image tokenizer, Zorb": whatever the kind, a proposed thing named in apposition (global). */
  ourProposedNamed: RegExp;
  /** A name, then an apposition saying the paper made it: "Zorbset, our benchmark …", "Quillang, a language that
   * we design". */
  namedAsOurs: RegExp;
  /** "recently / previously / widely used / such as …": what follows is earlier work. */
  priorWork: RegExp;
  /** A noun a proposal names, at the end of a word ("a new optimizer, X"). */
  contributionHead: RegExp;
  /** A noun a proposal names, the whole word ("Agent", "optimizers"). */
  contributionWord: RegExp;
  /** The last noun of a task's or a measure's name, a whole word ("Pose Estimation", "Miss Rate"). */
  taskHead: RegExp;
  /** The last word of a task's, a measure's or a field's name: an acronym for it names nothing ("Miss Rate (MR)"). */
  topicHead: RegExp;
  /** The last word of a task's, a field's or a research area's name: no dataset ("Continual Learning"). */
  areaHead: RegExp;
  /** The last word of a Title-Case name of a benchmark, a dataset or a library ("Continual Learning Bench"). */
  releaseHead: RegExp;
  /** A release's version, size or edition written after a name: "v3", "2.5", "II", "4B", "Small". */
  release: RegExp;
  /** An edition word alone, in any case: "Lite", "Nano", "Pro" (sizes included). */
  edition: RegExp;
  /** A size word alone, in any case: "Small", "base", "XL". */
  size: RegExp;
  /** A compound suffix that makes an adjective of a name ("NTK-based", "SVD-free"). */
  adjectiveSuffix: RegExp;
  /** A compound suffix that makes of a name an adjective of likeness, naming a kind ("GPT-style", "BERT-sized"). */
  likenessSuffix: RegExp;
  /** One of those suffixes written as a word of its own ("(FIM) guided"). */
  adjectiveWord: RegExp;
  /** "uses / based on" (and an article) at the end of a text: the name that follows is used, not coined. */
  usedBefore: RegExp;
  /** One of those words alone: "using", "adopts". */
  useWord: RegExp;
  /** "Furthermore," at the start of a sentence, before its subject. */
  linkingStart: RegExp;
}

// Participles saying a thing is what the paper tests or uses, not what it made.
const UNDER_TEST = "evaluated|tested|studied|examined|considered|benchmarked|used|chosen|selected|compared|baseline";

function compileCues(list: (key: string) => string[]): Cues {
  const words = (key: string) => alternation(list(key));
  // A likeness is an adjective too: "GPT-style".
  const adjectives = alternation([...list("adjectiveSuffixes"), ...list("likenessSuffixes")]);
  // Editions and sizes alike name a model's variant after it ("Zorb Pro", "Zorb Small").
  const editions = alternation([...list("editions"), ...list("sizes")]);
  // The last word of a task's name, in the singular or the plural, or of the other lists' names as written.
  const headOf = (...others: string[]) => {
    const task = `^(?:${words("taskHeads")})s?$`;
    return new RegExp(others.length > 0 ? `${task}|^(?:${alternation(others.flatMap(list))})$` : task, "i");
  };
  // "we call it X", "we call the resulting model X", "we name this X", "we term it X".
  const weCall = "we call(?: (?:it|this|them|(?:our|the|this|these)(?: [\\p{Ll}-]+){1,2}))?(?: as)?";
  const weNameOrTerm = "we name(?: (?:it|this))?|we term(?: (?:it|this))?";
  // A proposal verb; "presented at the Zorb Conference" is a venue, "we build on Zorb" earlier work: no proposals.
  // A gerund after "by" ("by introducing") proposes only in the paper's own clause: "we close the gap by
  // introducing Zorb", not "Zorbnet, by introducing gates, overfits" nor "we show that LoRA … by introducing".
  const verbs = list("proposalVerbs").filter((v) => !v.startsWith("by "));
  const gerunds = list("proposalVerbs")
    .filter((v) => v.startsWith("by "))
    .map((v) => v.slice(3));
  // (The clause's words: any but a full stop, up to twelve, none opening a clause of another subject or telling of
  // earlier work.)
  const ownClause =
    String.raw`(?<=\b(?:we|our (?:work|paper|method|approach|framework|study)|this (?:paper|work|study))\s+` +
    String.raw`(?:(?!(?:that|which|who|whose|whether|how|where|when|since|because|while|whereas|although|unlike|` +
    String.raw`prior|previous|existing|shows?|finds?|observes?|reports?)\b)[^\s.;!?]+\s+){1,12})`;
  const byGerund = gerunds.length ? `|${ownClause}by\\s+(?:${alternation(gerunds)})(?!\\s+that\\b)` : "";
  const notVenueNorBase = String.raw`(?!\s+at\b)(?!(?<=\bbuil(?:d|ds|t))\s+(?:on|upon)\b)`;
  // "the proposed approach": a participle naming a work, no verb putting it forward ("our proposed" is the authors'
  // and still says the work is theirs).
  const notAttributive = String.raw`(?<!\b(?:the|this|these|its|their)\s+(?:newly\s+)?)`;
  const proposalVerb = `(?:${notAttributive}(?:${alternation(verbs)})${byGerund})\\b${notVenueNorBase}`;
  return {
    proposal: new RegExp(`\\b${proposalVerb}`, "i"),
    proposalFirst: new RegExp(`^${proposalVerb}`, "i"),
    proposalEvery: new RegExp(`\\b${proposalVerb}`, "gi"),
    kindThenVerb: new RegExp(`^\\s+(?:${words("contributionHeads")})s?\\s+\\p{Ll}{3,}s\\b`, "iu"),
    // The naming words in lower case only: "Named Entity Recognition" names nothing, nor does a sentence that opens
    // "Termed Hallucination, this failure …".
    naming: new RegExp(`\\b(?:(?-i:${words("namingWords")})|${weCall}|${weNameOrTerm})\\s+`, "giu"),
    // The naming words alone, without the "u" flag: the cheap test a sentence passes before `naming` is tried.
    namingWord: new RegExp(`(?:${words("namingWords")}|we (?:call|name|term))`, "i"),
    // (Also with what is named between: "We call this mechanism", "we term the resulting method", "we refer to this
    // approach as".)
    namingAtEnd: new RegExp(
      `(?:${words("namingWords")}|we call(?: ${NAMED_OBJECT})?|we (?:name|term|dub) ${NAMED_OBJECT}|` +
        `we refer to ${NAMED_OBJECT} as)(?:\\s+the)?\\s*["“\`']*\\s*$`,
      "i",
    ),
    ourContribution: new RegExp(`\\bour (?:[\\p{L}-]+ ){0,3}(?:${words("contributionHeads")})s?\\W*$`, "iu"),
    ourWork: new RegExp(`\\bour (?:[\\p{L}-]+ ){0,2}(?:${words("contributionHeads")})s?\\b`, "iu"),
    ourNamed: new RegExp(
      // "our", up to four describing words (no preposition: "our method on two datasets"; no word of evaluation or
      // use: "our largest evaluated model, Quib-2"), a head, the name.
      String.raw`\b[Oo]ur\s+(?:(?!(?:on|of|in|with|for|to|and|or|from|by|at|as|${UNDER_TEST})\s)[\p{L}-]+\s+){0,4}?` +
        `(?:${words("contributionHeads")})s?,?` +
        String.raw`\s+([\p{Lu}\p{N}][\p{L}\p{N}+-]*)`,
      "gu",
    ),
    ourProposedNamed: new RegExp(
      String.raw`\b[Oo]ur\s+(?:proposed|novel|new)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+` +
        String.raw`([\p{Lu}\p{N}][\p{L}\p{N}+-]*)(?=[,.;:)\s])`,
      "gu",
    ),
    namedAsOurs: new RegExp(
      String.raw`(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}\p{N}+]*(?:-[\p{L}\p{N}]+)*),\s+(?:our\s+(?:[\p{L}-]+\s+){0,3}?` +
        // Then what it holds, not a verb nor a clause: "On Zorbset, our method achieves …", "Unlike Zorb, our method,
        // which …" open a sentence about a name.
        `(?:${words("contributionHeads")})s?(?=\\s+(?:of|comprising|containing)\\b)|` +
        String.raw`an?\s+[^,.;()]{0,80}?\b(?:that|which)\s+we\s+(?:have\s+)?` +
        `${proposalVerb})`,
      "gu",
    ),
    priorWork: new RegExp(`\\b(?:${words("priorWorkCues")})\\b`, "i"),
    contributionHead: new RegExp(`(?:${words("contributionHeads")})s?$`, "i"),
    contributionWord: new RegExp(`^(?:${words("contributionHeads")})s?$`, "i"),
    taskHead: headOf(),
    topicHead: headOf("fieldHeads"),
    areaHead: headOf("fieldHeads", "areaHeads"),
    releaseHead: new RegExp(`^(?:${words("releaseHeads")})$`, "i"),
    // A year is no release: "Zorb 2026" names a workshop's edition.
    // Roman numerals only in capitals ("II", not "vi" or "x"); a version's "v" and a size's letter in either case.
    release: new RegExp(`^(?!(?:19|20)\\d\\d$)(?:[vV]?\\d+(?:\\.\\d+)*[BMKbmk]?|[IVX]{1,4}|(?i:${editions}))$`),
    edition: new RegExp(`^(?:${editions})$`, "i"),
    size: new RegExp(`^(?:${words("sizes")})$`, "i"),
    // The listed suffixes, and any past participle: "SAMTok-formatted", "GPT-annotated".
    usedBefore: new RegExp(`\\b(?:${words("useCues")})\\s+(?:the\\s+|a\\s+)?$`, "i"),
    useWord: new RegExp(`^(?:${words("useCues")})$`, "i"),
    linkingStart: new RegExp(`^(?:(?:${words("linkingWords")}),?\\s+)?`, "i"),
    adjectiveSuffix: new RegExp(`-(?:${adjectives}|[a-z]{4,}ed)$`, "i"),
    adjectiveWord: new RegExp(`^(?:${adjectives})$`, "i"),
    likenessSuffix: new RegExp(`-(?:${words("likenessSuffixes")})$`, "i"),
  };
}

export function loadLexicon(path: string): Lexicon {
  const data = JSON.parse(readFileSync(path, "utf8")) as Record<string, string[]>;
  const list = (k: string) => data[k] ?? [];
  const set = (k: string) => new Set(list(k).map((w) => w.toLowerCase()));
  return {
    // Metrics, languages, units and task acronyms are generic terms of their own kinds.
    generic: new Set(["generic", "metrics", "languages", "units", "taskAcronyms"].flatMap((k) => [...set(k)])),
    families: set("generic"),
    notNames: set("notNames"),
    knownWords: new Set(
      list("knownNames")
        .filter((n) => !/\s/.test(n))
        .map((n) => n.toLowerCase()),
    ),
    knownPhrases: phrasesPattern(list("knownNames").filter((n) => /\s/.test(n))),
    functionWords: new Set([...set("functionWords"), ...set("titleWords")]),
    stopWords: new Set([...set("functionWords"), ...set("commonWords")]),
    lowercase: new Set(),
    cues: compileCues(list),
  };
}

/**
 * Names of several words as one pattern, longest first, with their capitals (in lower case the same words are a
 * description: "stable diffusion of heat"); a hyphen and a space alike ("Byte Pair Encoding", "Byte-Pair Encoding").
 */
function phrasesPattern(names: string[]): RegExp | null {
  if (names.length === 0) return null;
  const alternatives = names
    .map((n) =>
      n
        .split(/[\s-]+/)
        .map(escapeRegExp)
        .join("[-\\s]+"),
    )
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
}

/**
 * The well-known names of several words a text writes, in any case with two capitals at least ("Follow-the-Regularized
 * leader", "Monte Carlo tree search"): in lower case, or with one capital, the same words are a description
 * ("stable diffusion of heat", "Stable diffusion of heat").
 */
export function knownPhraseMatches(text: string, lexicon: Lexicon): RegExpExecArray[] {
  if (lexicon.knownPhrases === null) return [];
  return [...text.matchAll(lexicon.knownPhrases)].filter((m) => (m[0].match(/\p{Lu}/gu)?.length ?? 0) >= 2);
}

/** The capitals a phrase's words begin with, hyphenated parts counted apart: "LRA" of "Low-Rank Adaptation". */
export const initialsOf = (phrase: string): string =>
  phrase
    .split(/[\s-]+/)
    .map((w) => w.charAt(0).toUpperCase())
    .join("");

/** "a Large Language Model, which …", "a Graph Neural Network": a family the field abbreviates, not a name. */
export const abbreviatedFamily = (name: string, lexicon: Lexicon): boolean => isGeneric(initialsOf(name), lexicon);

/** Whether a name, whole, is one the lexicon knows ("k-means", "Monte Carlo Tree Search"). */
export function isKnownName(name: string, lexicon: Lexicon): boolean {
  if (lexicon.knownWords.has(name.toLowerCase())) return true;
  if (!/\s/.test(name)) return false;
  const whole = knownPhraseMatches(name, lexicon)[0];
  return whole !== undefined && whole.index === 0 && whole[0].length === name.length;
}

/** The text with its URLs blanked out, offsets kept: words inside a URL are not the text's words. */
export const blankUrls = (text: string): string => text.replace(/https?:\/\/\S+/g, (u) => " ".repeat(u.length));

// A word in lower case, not a later part of a compound ("rank" of "low-rank"); in any script, and the same for
// ASCII text without the "u" flag, which scans several times faster (most abstracts are ASCII).
const LOWERCASE_WORD = /(?<![\p{L}\p{N}-])\p{Ll}+(?![\p{L}\p{N}])/gu;
const LOWERCASE_ASCII_WORD = /(?<![A-Za-z0-9-])[a-z]+(?![A-Za-z0-9])/g;
const ASCII = /^[\x00-\x7F]*$/;

/** The words a text writes in lower case; URLs left out ("github.com/org/galore" does not make GaLore a word). */
export function lowercaseWords(text: string): Set<string> {
  const plain = blankUrls(text);
  return new Set(plain.match(ASCII.test(plain) ? LOWERCASE_ASCII_WORD : LOWERCASE_WORD) ?? []);
}

/**
 * Adds to the lexicon the words the collection writes in lower case, in
 * `minTexts` texts at least and in no fewer texts than write them as names:
 * one paper's spelling ("jax", "pytorch"), or a few model ids ("llama-3-8b"),
 * do not make an ordinary word of a name the other papers capitalise.
 */
export function learnLowercase(lexicon: Lexicon, texts: string[], minTexts = 2): Lexicon {
  const counts = new Map<string, number>();
  const named = new Map<string, number>();
  const spelled = new Map<string, number>();
  for (const text of texts) {
    for (const w of lowercaseWords(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const w of namedWords(text)) named.set(w, (named.get(w) ?? 0) + 1);
    for (const long of new Set(findAbbreviations(text).map((a) => wordsKey(a.long))))
      spelled.set(long, (spelled.get(long) ?? 0) + 1);
  }
  const lowercase = new Set(lexicon.lowercase);
  for (const [w, n] of counts) if (n >= minTexts && n >= (named.get(w) ?? 0)) lowercase.add(w);
  return { ...lexicon, lowercase, namedTexts: named, spelledTexts: spelled };
}

// A word inside a sentence (after a word, a number or a comma), written with a capital.
const CAPITALISED_INSIDE = /(?<=[\p{L}\p{N},;)] )(\p{L}*\p{Lu}\p{L}*)(?![\p{L}\p{N}])/gu;
// A capitalised word before or after it, perhaps across a small word: a capitalised phrase ("Mixture of Experts").
const PHRASE_BEFORE = /\p{Lu}\S*\s+(?:(?:of|over|for|and|the|in|on|to)\s+)?$/u;
const PHRASE_AFTER = /^\s+(?:(?:of|over|for|and|the|in|on|to)\s+)?\p{Lu}/u;

/**
 * The words a text writes as names inside a sentence (not as its first word), lower-cased: with capitals inside or
 * throughout ("LLaMA", "CLIP"), or capitalised alone ("Mamba", "Triton"), not within a capitalised phrase
 * ("Mixture of Experts", "Chatbot Arena"). A text's first line is its title, capitalised throughout: left out.
 */
function namedWords(text: string): Set<string> {
  const body = blankUrls(text.slice(text.indexOf("\n") + 1));
  const words = new Set<string>();
  for (const m of body.matchAll(CAPITALISED_INSIDE)) {
    const word = m[1] ?? "";
    const end = m.index + word.length;
    const inPhrase =
      PHRASE_BEFORE.test(body.slice(Math.max(0, m.index - 30), m.index)) ||
      PHRASE_AFTER.test(body.slice(end, end + 30));
    if (/\p{Lu}/u.test(word.slice(1)) || !inPhrase) words.add(word.toLowerCase());
  }
  return words;
}

/** The lexicon for one paper: the words it writes in lower case (found once per paper) are ordinary in it. */
export function forPaper(lexicon: Lexicon, file: VFile): Lexicon {
  file.data.lowercaseHere ??= lowercaseWords(`${file.data.title ?? ""}\n${file.data.text ?? ""}`);
  return { ...lexicon, lowercaseHere: file.data.lowercaseHere };
}

declare module "vfile" {
  interface DataMap {
    /** The words the paper's title and abstract write in lower case. */
    lowercaseHere: Set<string>;
  }
}

/** Whether another text of the collection, besides the one at hand, writes a word as a name (once learned). */
export const namedElsewhere = (word: string, lexicon: Lexicon): boolean =>
  (lexicon.namedTexts?.get(word.toLowerCase()) ?? 0) > 1;

/**
 * A phrase's words, lower-cased, hyphens read as spaces and each in the singular: "Low-Rank Adaptations" and "low rank
 * adaptation" meet.
 */
export const wordsKey = (s: string): string =>
  s
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => w.replace(/s$/, ""))
    .join(" ");

/** A long form other texts of the collection spell out for an acronym too: a thing of the field, not one paper's. */
export const spelledElsewhere = (long: string, lexicon: Lexicon): boolean =>
  (lexicon.spelledTexts?.get(wordsKey(long)) ?? 0) > 1;

/** A word the collection, or this paper, writes in lower case: an ordinary word. */
export const isOrdinary = (word: string, lexicon: Lexicon): boolean =>
  lexicon.lowercase.has(word) || (lexicon.lowercaseHere?.has(word) ?? false);

/** A word other texts of the collection write as a name and none as an ordinary word: "Claude", not "Training". */
export const writtenAsName = (word: string, lexicon: Lexicon): boolean =>
  namedElsewhere(word, lexicon) && !isOrdinary(word.toLowerCase(), lexicon);

/** Eponyms and the adjectives made of them (Gaussian, Hessian), and their plurals. */
export function isEponym(token: string, lexicon: Lexicon): boolean {
  const t = token.toLowerCase();
  return (
    lexicon.notNames.has(t) ||
    (/s$/.test(t) && lexicon.notNames.has(t.slice(0, -1))) ||
    /^\p{Lu}\p{Ll}+(?:ian|ean)s?$/u.test(token)
  );
}

/** Singular of a plural acronym or name (LLMs → LLM, SIRENs → SIREN). */
export function singular(token: string): string {
  if (/^\p{Ll}+s$/u.test(token)) return token.slice(0, -1);
  if (/\p{Lu}s$/u.test(token) || /\p{Ll}\p{Lu}+\p{L}*s$/u.test(token)) return token.slice(0, -1);
  return token;
}

/** Canonical key under which spelling variants of a name meet. */
export function nameKey(name: string): string {
  return singular(name.trim())
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+]+/gu, "");
}

// Number formats: INT4, FP16, BF16, NVFP4, MXFP4, bfloat16, W4A16, W4A4KV16, and a type's short name (f32, i8, u16).
const NUMBER_FORMAT = /^(?:(?:u?int|fp|bf|tf|mx|nf|nvfp|mxfp|mxint|[fiu])\d+|b?float\d+|W\d+A\d+(?:KV\d+)?)$/i;
// Model and hardware sizes: 7B, 175B, 1.5T.
// A size, also a mixture of experts' total and active sizes: "7B", "30B-A3B".
const SIZE = /^\p{N}+(?:\.\p{N}+)?[kmbt](?:-A\p{N}+(?:\.\p{N}+)?[kmbt])?$/iu;
const COUNT = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|sixteen|thirty-two|dual|single|multi)[-x×]?$/i;

/** A number of a hardware product: "four-A100", "8xH100", "8×A100". */
function hardwareCount(token: string, lexicon: Lexicon): boolean {
  const m = /^(.*?[-x×])(\p{Lu}[\p{L}\p{N}]*)$/u.exec(token);
  return m !== null && COUNT.test(m[1] ?? "") && lexicon.generic.has((m[2] ?? "").toLowerCase());
}

/** A compound of generic terms and ordinary words only: "CPU-NPU", "human-AI". */
function genericCompound(token: string, lexicon: Lexicon): boolean {
  const parts = token.split("-");
  if (parts.length < 2) return false;
  const generic = (p: string) => lexicon.generic.has(p.toLowerCase()) || lexicon.generic.has(singular(p).toLowerCase());
  // (Ordinary in the collection: a word only the paper at hand writes in lower case may be its name's, "Quib-crawler".)
  const plain = (p: string) => generic(p) || (/^\p{Ll}+$/u.test(p) && lexicon.lowercase.has(p));
  return parts.every(plain) && parts.some(generic);
}

export function isGeneric(token: string, lexicon: Lexicon): boolean {
  const t = token.toLowerCase();
  if (lexicon.generic.has(t) || lexicon.generic.has(singular(token).toLowerCase())) return true;
  return (
    NUMBER_FORMAT.test(token) || SIZE.test(token) || hardwareCount(token, lexicon) || genericCompound(token, lexicon)
  );
}

/** Within `edits` edits (insertions, deletions, substitutions, swaps), case kept. */
export function nearlySame(a: string, b: string, edits = 2): boolean {
  if (a === b || Math.abs(a.length - b.length) > edits) return false;
  // The edit-distance table, row by row in one array: cell (i, j) at i * width + j.
  const width = b.length + 1;
  const d = new Int32Array((a.length + 1) * width);
  const at = (i: number, j: number) => d[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) d[i * width] = i;
  for (let j = 1; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * width + j] = best;
    }
  }
  return at(a.length, b.length) <= edits;
}
