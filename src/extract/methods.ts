// The names a paper introduces: a name before the title's colon, an
// abbreviation defined for the paper's own contribution, and names given by
// "we propose / introduce / call / term / dub X".
import { type Abbreviation, afterParenthesis, findAbbreviations, matchLongForm } from "./abbreviations.ts";
import {
  type Cues,
  type Lexicon,
  TOKEN,
  blankUrls,
  SCRIPT_AFTER,
  forPaper,
  KEYWORDS,
  abbreviatedFamily,
  isEponym,
  isGeneric,
  initialsOf,
  isKnownName,
  knownPhraseMatches,
  isOrdinary,
  looksLikeName,
  nameKey,
  plainName,
  namedElsewhere,
  nearlySame,
  singular,
  spelledElsewhere,
  wordsKey,
  REPORT_KINDS,
  RELEASE_NUMBER,
} from "./names.ts";
import { escapeRegExp, inToken, occurrences, standsAlone } from "./regexp.ts";
import {
  readSentences,
  type Sentence,
  selfGoverns,
  speaksForPaper,
  WORK_KINDS,
  WORK_NAMED,
  workPutsForward,
} from "./roles.ts";
import type { Root } from "mdast";
import type { Plugin } from "unified";
import type { MethodRef } from "../record/schema.ts";

export interface FoundMethod {
  name: string;
  via: "title" | "abbreviation" | "phrase";
}

// The counts a paper announces its parts by, in words.
const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
const COUNT_WORDS = Object.keys(COUNT).join("|");
// The kinds of part a list of the paper's work names before it, in the plural or not: "three components: …", "Zorb
// comprises two modules", "its key innovations".
const LIST_KIND =
  String.raw`(?:components?|modules?|parts?|stages?|blocks?|branch(?:es)?|innovations?|techniques?|` +
  String.raw`mechanisms?|designs?|contributions?|strateg(?:y|ies))`;
// The kind of one part, written after its name: "a Quib Gate (QG) module", "(QS) strategy", "(QL) loss".
const PART_KIND =
  String.raw`(?:module|block|layer|mechanism|component|unit|head|encoder|decoder|branch|adapter|strategy|` +
  String.raw`scheme|loss)`;
// A verb saying what a work is made of, in any form: "comprises", "consisting of", "is composed of", "made up of";
// right before the colon of its list.
const COMPOSED = String.raw`(?:compris(?:e|es|ing)|consist(?:s|ing)?\s+of|(?:is\s+)?composed\s+of|made\s+up\s+of)`;
const COMPOSED_COLON = String.raw`${COMPOSED}(?=\s*:)`;

// Right after a proposal, a digit-led compound with a capitalised part is a name ("we propose 3D-Foo").
const DIGIT_LED = /^\p{N}+\p{L}{0,2}-\p{Lu}[\p{L}\p{N}-]*$/u;

/**
 * Whether `b` is a misspelling of a name `a` already found (IncepitonNeXt of InceptionNeXt): within two edits, with
 * the same capitals and digits ("ZorbMoE" beside "ZorbMAR", "Quib3" beside "Quib2" are two names), or one a release
 * of the other ("ZorbNet" of "ZorbNet 2": the earlier one goes). Not the name an improvement extends ("ZorbNet" of
 * "ZorbNet++").
 */
function misspelling(a: string, b: string): boolean {
  const extended = (x: string, y: string) => x.startsWith(y) && /^\+{1,2}$/.test(x.slice(y.length));
  const marks = (n: string) => n.replace(/[^\p{Lu}\p{N}]/gu, "");
  const released = (x: string, y: string) => x.startsWith(y) && RELEASE_AFTER.test(x.slice(y.length));
  return (
    a.length >= 6 &&
    nearlySame(a, b) &&
    (marks(a) === marks(b) || released(a, b) || released(b, a)) &&
    !extended(a, b) &&
    !extended(b, a)
  );
}
const RELEASE_AFTER = new RegExp(String.raw`^[\s-]*${RELEASE_NUMBER}`, "u");

export function extractMethods(
  title: string,
  abstract: string,
  lexicon: Lexicon,
  sentences: Sentence[] = readSentences(abstract, lexicon.cues),
): FoundMethod[] {
  const found: FoundMethod[] = [];
  const add = (name: string, via: FoundMethod["via"], variant = false, coined = false) => {
    const clean = name.trim().replace(/^["“'‘]+|["”'’,.;:]+$/g, "");
    // (A title's name joined of generic terms is coined all the same: "ECG-MoE: …", "fMRI-LM: …".)
    // (One part at least no family's acronym: "CNN-Transformer: …", "VAE-GAN: …" name kinds.)
    const coinedCompound =
      via === "title" &&
      clean.includes("-") &&
      !lexicon.generic.has(clean.toLowerCase()) &&
      clean
        .split("-")
        .some((w) => !lexicon.families.has(w.toLowerCase()) && !lexicon.families.has(singular(w).toLowerCase()));
    if (!clean || (isGeneric(clean, lexicon) && !coinedCompound && !coined)) return;
    // A well-known name is earlier work wherever the abstract seems to put it forward; only a title can claim it.
    if (via !== "title" && isKnownName(clean, lexicon)) return;
    // So is the acronym of one, in any case and after a dimension: "Gaussian splatting (GS)", "2D Gaussian Splatting
    // (2DGS)".
    if (via !== "title" && shortForKnown(abstract, clean, lexicon)) return;
    // One ordinary word ("model") is not a name, whatever words lead to it.
    if (via === "phrase" && /^\p{Ll}+$/u.test(clean) && isOrdinary(clean, lexicon)) return;
    if (!variant && found.some((f) => misspelling(f.name, clean))) return;
    const spelled = preferSingular(clean, abstract);
    if (!found.some((f) => nameKey(f.name) === nameKey(spelled))) found.push({ name: spelled, via });
  };
  const abbreviations = findAbbreviations(abstract);
  fromTitle(title, abstract, abbreviations, lexicon, add);
  for (const sentence of sentences) fromSentence(sentence.text, sentence.verb, abbreviations, lexicon, add);
  // "Zorb designs an operator, QuillMix": once named, the paper's method speaks for it.
  for (const sentence of sentences) {
    const verb = sentence.verb ?? ownNameProposal(sentence.text, found, lexicon.cues);
    if (verb !== sentence.verb) fromProposal(sentence.text, verb, lexicon, add);
  }
  // "We address this gap with Zorb, a cross-modal framework …": the paper's answer, named and set off as a kind.
  for (const m of abstract.matchAll(ANSWERED_WITH)) {
    const name = m[1] ?? "";
    const rest = abstract.slice(m.index + m[0].lastIndexOf(name) + name.length);
    if (!looksLikeName(name) || isKnownName(name, lexicon) || namedElsewhere(name, lexicon)) continue;
    if (!KNOWN_APPOSED.test(rest)) add(name, "phrase");
  }
  const proposes = sentences.some((sentence) => sentence.verb !== null);
  // Whether the title or a proposal named the paper's work (the parts read below do not name the whole).
  const named = found.length > 0;
  // The sentence holding offset `at` (its place), and whether one of the two sentences before it announces the parts
  // of the paper's work (the second part is described after the first).
  const sentenceAt = (at: number) => sentences.findIndex((s) => s.start <= at && at < s.start + s.text.length);
  const announced = (k: number) =>
    sentences.slice(Math.max(0, k - 2), Math.max(0, k)).some((s) => PARTS_ANNOUNCED.test(s.text));
  // "we extend our reinforcement learning framework, DORA", "our proposed image tokenizer, Zorb, …": the paper's own.
  for (const m of [...abstract.matchAll(lexicon.cues.ourNamed), ...abstract.matchAll(lexicon.cues.ourProposedNamed)]) {
    const name = m[1] ?? "";
    // A capitalised word set off as an apposition is a name too: "our framework, Zorbly, …".
    const apposition =
      /^[,.;:)]/.test(abstract.charAt(m.index + m[0].length)) &&
      !isOrdinary(name.toLowerCase(), lexicon) &&
      !lexicon.notNames.has(name.toLowerCase());
    if ((looksLikeName(name) || apposition) && !isGeneric(name, lexicon)) add(name, "phrase");
  }
  // "our EnQuib module decomposes …", "our ZorbQ achieves …": a coined name after "our", before its kind or a verb
  // of what it does, is the paper's (not a format, a family or a name other papers write: "our INT4 models", "our
  // MoE adapter", "our GitHub repository").
  for (const m of abstract.matchAll(OUR_COINED)) {
    const name = m[1] ?? "";
    const kind = m[2] ?? "";
    if (kind && !lexicon.cues.contributionHead.test(kind) && !PART_HEAD.test(kind)) continue;
    if (!looksLikeName(name) || isGeneric(name, lexicon) || isKnownName(name, lexicon)) continue;
    if (namedElsewhere(name, lexicon) || lexicon.cues.adjectiveSuffix.test(name)) continue;
    // A release or size of another name is that name's ("our ResNet-50 model", "our Quib3 model").
    const base = name.replace(/-(?:v?\p{N}[\p{L}\p{N}.]*|\p{Lu}{1,2})$|\p{N}+$/u, "");
    if (base !== name && (namedElsewhere(base, lexicon) || isOrdinary(base.toLowerCase(), lexicon))) continue;
    add(name, "phrase");
  }
  // "Quorbset, our benchmark of …", "Quillang, a planning language that we design": the paper's own.
  // (Read only in the sentences that hold the apposition's words.)
  const apposed = (t: string) => t.includes(", our ") || t.includes("that we ") || t.includes("which we ");
  for (const sentence of apposed(abstract) ? sentences.filter((s) => apposed(s.text)) : [])
    for (const m of sentence.text.matchAll(lexicon.cues.namedAsOurs)) {
      const name = m[1] ?? "";
      // "Unlike Zorb, our method of …": a name set against the paper's work.
      if (COMPARED.test(sentence.text.slice(Math.max(0, m.index - 20), m.index))) continue;
      const word = !isOrdinary(name.toLowerCase(), lexicon) && !lexicon.stopWords.has(name.toLowerCase());
      if ((looksLikeName(name) || word) && !lexicon.notNames.has(name.toLowerCase())) add(name, "phrase");
    }
  // "At its core is Zorbit, a lightweight rule …", "Central to Zorb is Quib-Encoder, a …": the part at the heart of
  // the paper's work, once it is put forward.
  for (const m of abstract.matchAll(AT_THE_CORE)) {
    const whose = (m[1] ?? "").trim();
    const name = m[2] ?? m[3] ?? "";
    // (Before its kind, a word shaped as a name: "a novel Bayesian framework" names a kind.)
    if (m[3] !== undefined && (!looksLikeName(name) || isGeneric(name, lexicon) || isKnownName(name, lexicon)))
      continue;
    // ("At its core": the work's; "Central to Zorb", "at the heart of our method": the named or own work's; not "this
    // problem", a name other papers write too, or before the paper puts its work forward.)
    const work = whose === "" || OWN_WORK_NAMED.test(whose) || found.some((f) => f.name === whose);
    if (work && !namedElsewhere(name, lexicon) && sentences[sentenceAt(m.index)]?.afterProposal) add(name, "phrase");
  }
  // "The proposed Zorb-CNN leverages …": the paper's own, named where it is used.
  for (const m of abstract.matchAll(
    /\b[Tt]he\s+(?:newly\s+)?proposed\s+([\p{Lu}\p{N}][\p{L}\p{N}+-]*)(?=[\s,.;:)])/gu,
  )) {
    const name = m[1] ?? "";
    // "the proposed LoD rendering model": the name describes what the words after it name, which is the paper's
    // thing ("the proposed ZorbNet model" names it).
    const kindAfter = /^\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)/u.exec(
      abstract.slice(m.index + m[0].length),
    )?.[1];
    const kindWords = kindAfter?.split(/\s+/) ?? [];
    const described = kindWords.length >= 2 && lexicon.cues.contributionHead.test(kindWords.at(-1) ?? "");
    if (looksLikeName(name) && !lexicon.cues.adjectiveSuffix.test(name) && !described) add(name, "phrase");
  }
  // "Zorbit is proposed to …", "In this paper, Deep Tether (DT) is introduced": the passive proposal of a name.
  for (const sentence of sentences) {
    const name = passiveProposal(sentence.text, lexicon);
    if (name) add(name, "phrase");
  }
  // "Zorb introduces three techniques: (1) Token Pruning, … (2) Pattern Guessing, …": the items its proposal lists,
  // or the parts the paper's named work is made of ("Zorb comprises two components: (1) Quib-VQ, …").
  for (const sentence of sentences) {
    const verb =
      sentence.verb ??
      ownNameProposal(sentence.text, found, lexicon.cues) ??
      ownNameProposal(sentence.text, found, lexicon.cues, MADE_OF);
    if (verb) for (const item of listedItems(abstract, sentence.start + verb.index, lexicon)) add(item, "phrase");
  }
  // "Our method has three components: (1) Quib Folding assigns …, (2) Vexa Scaling …": the parts the paper counts
  // out, each item led by its name.
  for (const name of countedParts(abstract, sentences, found, lexicon)) add(name, "phrase");
  readOwnAcronyms({ abstract, abbreviations, sentences, sentenceAt, announced, proposes, found, lexicon, add });
  // "We design two rewards: Quib Alignment (QA) first …, whereas Zorb Quality Alignment (ZQA) further …": one
  // sentence gives its parts' acronyms all together, wherever the first is taken as the paper's own.
  for (const abbr of sentenceMates(abstract, abbreviations, found, sentenceAt, lexicon))
    add(preferSingular(abbr.short, abstract), "abbreviation");
  // "A novel light-weighted adapter (ZorbIR)": a name alone in parentheses after what the paper puts forward.
  if (proposes) for (const name of namedInParentheses(abstract, abbreviations, lexicon)) add(name, "phrase");
  // "We release two datasets: Zorb3D for quadrupeds and Quib3D for birds": as many names as the paper announces.
  for (const sentence of sentences)
    if (sentence.role !== null) for (const name of countedList(sentence, lexicon)) add(name, "phrase");
  // "we propose the Zorb Quib (ZQ) method, integrating …": the parts a clause after any name the paper puts forward
  // brings, however the name was found.
  for (const sentence of sentences) {
    if (sentence.verb === null) continue;
    for (const f of [...found]) {
      const at = sentence.text.indexOf(f.name, sentence.verb.index);
      if (at >= 0)
        for (const part of introducedParts(sentence.text.slice(at + f.name.length), lexicon)) add(part, "phrase");
    }
  }
  // "Zorb comprises two modules: Quib Evolution (QE) and Vexa Selection (VS)": the parts a list without marks names.
  // (In a sentence of the paper's work, or whose subject is its name or its work after the proposal: "Zorb consists of
  // …", "This paradigm is implemented through …".)
  for (const sentence of sentences)
    if (ofOwnWork(sentence, found, lexicon))
      for (const name of unmarkedParts(sentence.text, lexicon)) add(name, "phrase");
  // "… and a Drift Vector Selector to keep information": the parts of its work the paper names in Title Case.
  for (const sentence of sentences)
    if (TITLED_PAIR.test(sentence.text) && (sentence.verb !== null || sentence.afterProposal))
      for (const part of [
        ...titledParts(sentence.text, title, lexicon),
        ...titledKindParts(sentence.text, lexicon),
        ...composedOf(sentence.text, lexicon),
        ...composedList(sentence.text, lexicon),
      ])
        add(part, "phrase");
  for (const variant of ownVariants(abstract, found, lexicon)) add(variant, "phrase", true);
  // A paper that names nothing it puts forward may name its work only where the work acts in a result: "Our
  // results show that Zorb-Net outperforms existing methods". Coined (no other text of the collection writes it as
  // a name), not an example, an item of a list nor what the work is compared with.
  // (Only where the paper speaks of work of its own, not in a study that evaluates others'; and without digits, which
  // the collection's count of names does not see: "YOLOv8".)
  if (!named && speaksOfOwnWork(abstract))
    for (const m of abstract.matchAll(RESULT_SUBJECT)) {
      const name = m[1] ?? "";
      const before = abstract.slice(Math.max(0, m.index - 40), m.index);
      if (!looksLikeName(name) || /\p{N}/u.test(name) || isGeneric(name, lexicon) || isKnownName(name, lexicon))
        continue;
      if (namedElsewhere(name, lexicon) || NOT_THE_WORK.test(before)) continue;
      // What it outperforms is others' work in general, not a name: a study of named methods compares them ("Quib
      // outperforms Zorb"); and an acronym of a lower-case description is a kind of method, not one ("best response
      // (BR)").
      if (!RESULT_OVER_OTHERS.test(abstract.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
      if (abbreviations.some((a) => a.short === name && !/\p{Lu}/u.test(a.long))) continue;
      add(name, "phrase");
      break;
    }
  // "Basis Vector Metric: …" and "our proposed BVM": a Title-Case prefix whose initials spell an acronym the paper
  // takes as its own names that work too.
  const prefix = /^([^:]+):\s/.exec(title)?.[1]?.trim() ?? "";
  // So does a title's name that the abstract spells out for such an acronym, small words and all: "Quib Your Zorb:
  // …" and "our method, dubbed Quib Your Zorb (QYZ)".
  const ownAcronym = (short: string) => found.some((f) => f.via !== "title" && nameKey(f.name) === nameKey(short));
  const initialled =
    isTitleCase(prefix, lexicon) && found.some((f) => f.via !== "title" && f.name === initialsOf(prefix));
  if (initialled || abbreviations.some((a) => sameWords(a.long, prefix) && ownAcronym(a.short))) add(prefix, "title");
  // The acronym stands for its expansion, unless the expansion is the title's name; and for a phrase cut from the
  // start of its expansion ("a new Zorb Folding method on Grid Data (ZFGD)": ZFGD, not "Zorb Folding"). A name the
  // abstract gives before stays when its parts are named after it ("Quorb", then "Quorb Cache Tuning (QCT)").
  const cutFrom = (f: FoundMethod, a: Abbreviation) => f.via === "phrase" && abstract.indexOf(f.name) === a.longStart;
  const expanded = (f: FoundMethod) =>
    f.via === "title"
      ? undefined
      : abbreviations.find(
          (a) => sameWords(a.long, f.name) || (cutFrom(f, a) && wordsKey(a.long).startsWith(`${wordsKey(f.name)} `)),
        );
  const acronym = (a: Abbreviation) =>
    found.find(
      (g) => nameKey(g.name) === nameKey(a.short) || nameKey(g.name) === nameKey(preferSingular(a.short, abstract)),
    );
  const kept = found.filter((f) => {
    const a = expanded(f);
    return a === undefined || acronym(a) === undefined;
  });
  // In reading order: the title's names first, then each name where the abstract first writes it or its long form.
  const at = (f: FoundMethod): number => {
    if (f.via === "title") return -1;
    const places = [
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(f.name)}(?![\\p{L}\\p{N}])`, "u").exec(abstract)?.index ?? -1,
      ...abbreviations.filter((a) => a.short === f.name).map((a) => a.longStart ?? a.index),
    ].filter((p) => p >= 0);
    return places.length > 0 ? Math.min(...places) : abstract.length;
  };
  return kept
    .map((f, i) => ({ f, i, at: at(f) }))
    .sort((x, y) => x.at - y.at || x.i - y.i)
    .map(({ f }) => f);
}

/**
 * Whether an acronym the field already has is the paper's own coinage where the paper puts it forward: its long form
 * opens with a capital and no other text of the collection spells it out ("Semantic Quib Decoding (SGD)" is not
 * stochastic gradient descent). Not a family of models, which a small collection may spell out once ("a Vision-Language
 * Model (VLM)"), nor a long form after a preposition, which names what the work is for or built with ("designed for
 * General-Purpose GPU (GPGPU) computing").
 */
function fieldAcronymCoined(abstract: string, abbr: Abbreviation, lexicon: Lexicon): boolean {
  const start = abbr.longStart ?? 0;
  return (
    lexicon.spelledTexts !== undefined &&
    /^\p{Lu}/u.test(abbr.long) &&
    !FAMILY_KIND.test(abbr.long) &&
    !spelledElsewhere(abbr.long, lexicon) &&
    !prepositionBefore(abstract, start)
  );
}

/**
 * The acronyms spelled out in Title Case in the sentence of an acronym taken as the paper's own, which the same
 * sentence gives for its other parts: not a name other papers of the collection write, nor one set against the
 * paper's work or called earlier work between the two, nor the means a part is built with ("… kernels with Quib
 * Suppression (QS)", "built on the Zorb Estimator (ZE)", "a bandit-based Quib Bandit (QB) framework").
 */
function sentenceMates(
  abstract: string,
  abbreviations: readonly Abbreviation[],
  found: readonly FoundMethod[],
  sentenceAt: (at: number) => number,
  lexicon: Lexicon,
): Abbreviation[] {
  const isOwn = (a: Abbreviation) =>
    found.some((f) => f.via === "abbreviation" && nameKey(f.name) === nameKey(preferSingular(a.short, abstract)));
  // (The own acronym spelled in capitals too: tasks in lower case are no parts, "unifies quib detection (QD) and …".)
  const own = abbreviations.filter((a) => !a.shortFirst && isOwn(a) && /^\p{Lu}/u.test(a.long));
  return abbreviations.filter((abbr) => {
    const start = abbr.longStart ?? -1;
    if (abbr.shortFirst || start < 0 || isOwn(abbr)) return false;
    // (In lower case, only with the kind of part after it: "a simplex quib frame (SQF) loss", not a task.)
    if (!isTitleCase(abbr.long, lexicon) && !PART_AFTER.test(afterParenthesis(abstract, abbr.index))) return false;
    if (namedByOthers(abbr, lexicon) || isGeneric(abbr.short, lexicon)) return false;
    const mate = own.find((o) => sentenceAt(o.index) === sentenceAt(abbr.index));
    if (mate === undefined) return false;
    const between =
      mate.index < abbr.index ? abstract.slice(mate.index, start) : abstract.slice(abbr.index, mate.longStart);
    if (COMPARED_WITH.test(between) || BEATS.test(between) || lexicon.cues.priorWork.test(between)) return false;
    // Given side by side, or one made by the other: parted by a comma, a semicolon or a colon, or joined by "and",
    // "whereas", "while", "that" or "which" (not "Our Quib Alignment (QA) fixes what Zorb Alignment (ZA) misses").
    if (!/[,;:]|\b(?:and|whereas|while|that|which)\b/.test(between)) return false;
    return !prepositionBefore(abstract, start);
  });
}

// The last word of a family of models' long form: "Vision-Language Model", "Graph Neural Networks".
const FAMILY_KIND = /\b(?:models?|networks?|transformers?|machines?)$/i;
// A preposition or a "-based" adjective right before a long form (its article between): what the work is built with,
// made for or drawn from.
const PREPOSITION_BEFORE =
  /(?:\b(?:for|with|on|in|via|using|from|by|of|to|into|over)\b|based)\s+(?:(?:a|an|the)\s+)?$/i;
const prepositionBefore = (text: string, at: number): boolean =>
  PREPOSITION_BEFORE.test(text.slice(Math.max(0, at - 40), at));
// What a thing put forward is for, a word or two before the long form: "an agent for structure-aware input quibbing
// (IQ)" ("for the first time" says when).
const SERVED_BY = /\bfor\s+(?!the\s+first\s+time\b)(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/** What the acronyms' reading needs of the paper and of the rules read before it. */
interface AcronymReading {
  abstract: string;
  abbreviations: readonly Abbreviation[];
  sentences: Sentence[];
  /** The sentence holding an offset (its place), and whether one of the two before it announces parts. */
  sentenceAt: (at: number) => number;
  announced: (k: number) => boolean;
  proposes: boolean;
  found: FoundMethod[];
  lexicon: Lexicon;
  add: (name: string, via: FoundMethod["via"], variant?: boolean, coined?: boolean) => void;
}

/**
 * An acronym other papers of the collection write for a thing of the field: they name it, and spell it out alike where
 * the paper spells it out. One others use for something else is still the paper's to coin: "Chamber of Quib Resonance
 * (CSR)" is no compressed sparse row.
 */
const namedByOthers = (abbr: Abbreviation, lexicon: Lexicon): boolean =>
  namedElsewhere(abbr.short, lexicon) &&
  (abbr.shortFirst === true || (abbr.longStart ?? -1) < 0 || spelledElsewhere(abbr.long, lexicon));

/**
 * The acronyms the paper gives for its own work, in the order it writes them: put forward, spelled out as parts,
 * used by its named work, or coordinated with the last one taken.
 */
function readOwnAcronyms(r: AcronymReading): void {
  const { abstract, abbreviations, sentences, sentenceAt, announced, proposes, found, lexicon, add } = r;
  // The last acronym taken as the paper's own: one coordinated with it is the paper's too.
  let previousOwn: Abbreviation | null = null;
  for (const abbr of abbreviations) {
    const sentence = sentenceAround(abstract, abbr.index);
    const after = afterParenthesis(abstract, abbr.index);
    const k = sentenceAt(abbr.index);
    // Put forward, or used by the paper's named work (which may use a routine of the field: "Zorb leverages
    // Lower-Upper Quibbing (LUQ)").
    const putForward = abbr.shortFirst
      ? proposes && coinedHere(abstract, abbr, sentence, lexicon.cues)
      : ownContribution(sentence, abbr, lexicon.cues, proposes) ||
        ownPart(sentence, abbr, after, sentences[k]?.afterProposal ?? false, announced(k), lexicon) ||
        describedAsOwn(sentence, abbr, after, sentences[k], found, lexicon);
    const own = putForward || (!abbr.shortFirst && usedByOwn(abstract, sentence, abbr, found, lexicon));
    // (Not a name other papers of the collection write too: one slip would run down the list.)
    const joined = !own && coordinated(abstract, previousOwn, abbr) && !namedByOthers(abbr, lexicon);
    // "a Diffusion Zorb Model (dZM)-based guard", "a Fisher Quorb Matrix (FQM) guided metric": what the paper's
    // work is based on, a kind.
    if (lexicon.cues.adjectiveSuffix.test(/^-\p{L}+/u.exec(after)?.[0] ?? "")) continue;
    // ("… (ZC) based on Quib": the name's own description goes on.)
    if (lexicon.cues.adjectiveWord.test(/^ (\p{L}+)(?! +(?:on|upon|by|from|with|to|in)\b)/u.exec(after)?.[1] ?? ""))
      continue;
    const coined = (putForward || joined) && fieldAcronymCoined(abstract, abbr, lexicon);
    if ((own || joined) && (!isGeneric(abbr.short, lexicon) || coined)) {
      add(preferSingular(abbr.short, abstract), "abbreviation", false, coined);
      previousOwn = abbr;
    } else if (found.some((f) => f.via !== "title" && nameKey(f.name) === nameKey(abbr.short))) {
      // Taken as the paper's own by another rule ("three metrics: Quib Rate (QR), …"), it leads a list all the same.
      previousOwn = abbr;
    }
  }
}

// The authors meet a problem with a name, set off by an apposition: "We address this gap with Zorb, a …", "We resolve
// this with ZorbK, an …".
const ANSWERED_WITH = new RegExp(
  String.raw`\b[Ww]e\s+(?:\p{Ll}+\s+)?(?:address|resolve|tackle|solve|overcome|mitigate|bridge|close|fill)\s+` +
    String.raw`(?:this|these|that|it|them|the)(?:\s+[\p{Ll}-]+){0,2}\s+(?:with|via|through)\s+` +
    String.raw`(\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*),\s+(?:an?)\s`,
  "gu",
);

// A name as the subject of a result: "Zorb-Net outperforms", "our ZRB consistently achieves".
const RESULT_SUBJECT = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}\p{N}]*(?:[-+][\p{L}\p{N}]+)*)\s+` +
    String.raw`(?:(?:consistently|significantly|also|further|clearly)\s+)?(?:outperforms|surpasses|achieves|attains)\b`,
  "gu",
);
// What a paper's own work is said to beat or reach: others' work in general, or the best results.
const RESULT_OVER_OTHERS = new RegExp(
  String.raw`^\s+(?:\p{Ll}+\s+){0,3}?(?:existing|previous|prior|state-of-the-art|sota|competing|current|other|` +
    String.raw`baseline|the\s+(?:highest|best|lowest))\b`,
  "iu",
);
// The paper's own work spoken of: "we propose", "our method", "this paper presents" (not only "we evaluate").
const OWN_WORK_SPOKEN = new RegExp(
  String.raw`\b(?:we|this (?:paper|work|study))\s+(?:\p{L}+\s+)?(?:propose|introduce|present|develop|design)s?\b|` +
    String.raw`\bour\s+(?:proposed|method|approach|model|framework|network|system)\b`,
  "iu",
);
const speaksOfOwnWork = (abstract: string): boolean => OWN_WORK_SPOKEN.test(abstract);
// Words before a name that make it an example, an item of a list or what is compared: "like Quib", "Zorb and Quib".
const NOT_THE_WORK =
  /(?:\b(?:like|such as|including|namely|e\.g\.,?|than|versus|vs\.?|and|or|with|of|over|against)|,|\()\s*$/i;

// The heart of a work, then its name and an apposition: "At its core is Zorbit, a …", "Central to Zorb is Quib,
// an …", "At the heart of our method lies Zorbit, which …". (Group 1: whose heart; group 2 or 3: the name.)
const AT_THE_CORE = new RegExp(
  String.raw`\b(?:[Aa]t the (?:core|heart) of|[Aa]t its (?:core|heart)|[Cc]entral to)\s*((?:\S+\s+){0,3}?)\s*` +
    String.raw`(?:is|lies)\s+(?:(\p{Lu}[\p{L}\p{N}+]*(?:-[\p{L}\p{N}]+)*)(?:,\s*|\s+)(?:an?|which|that)\s|` +
    // Or the name after "a" (perhaps "novel") and before its kind: "At its core is a novel Zorb-Q architecture (…)".
    String.raw`an?\s+(?:novel\s+|new\s+)?(\p{Lu}[\p{L}\p{N}+]*(?:-[\p{L}\p{N}]+)*)\s+(?:${PART_KIND}|` +
    String.raw`architecture|framework|model|network)\b)`,
  "gu",
);

// "our", a name, then its kind (group 2) or a verb of what it does: "our EnQuib module", "our ZorbQ achieves".
const OUR_COINED = new RegExp(
  String.raw`\b[Oo]ur\s+(\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*)\s+(?:` +
    String.raw`(?:(?:also|further|significantly|consistently)\s+)?` +
    String.raw`(?:achieves|outperforms|improves|surpasses|reaches|attains)\b|(\p{Ll}+)\b)`,
  "gu",
);

// The paper's work named by its kind: "our method", "this framework".
const OWN_WORK_NAMED = new RegExp(String.raw`^(?:our|this|the proposed)\s+(?:[\p{L}-]+\s+)?${WORK_KINDS}$`, "iu");

// A count, the kind of things counted, a colon and the list: "two large-scale datasets: …".
const COUNTED_LIST = new RegExp(String.raw`\b(${COUNT_WORDS})\s+(?:[\p{L}-]+\s+){0,3}?\p{Ll}+s\s*:\s*([^.;]+)`, "iu");
const ITEM_OPENING = /^(\S+?)[,:]?(?:$|\s+(?:for|with|on|in|of|to|that|which|from)\b)/;
// The paper's work, then a verb saying what it makes: "This pipeline produces ", "It also yields ".
const MADE_BY_WORK = new RegExp(
  String.raw`^(?:[\p{L}-]+,\s+)?(?:it|(?:this|the proposed|our)\s+(?:[\p{L}-]+\s+)?\p{Ll}+)\s+(?:also\s+)?` +
    String.raw`(?:produces|yields|generates|creates|constructs|releases|builds)\s+$`,
  "iu",
);

/**
 * The names a sentence of the paper's work lists after announcing how many there are ("two datasets: Zorb3D for
 * quadrupeds and Quib3D for birds"): each item opens with a name, and there are as many items as announced (else
 * the list is read otherwise, or holds no names). Not a name the lexicon knows or calls generic.
 */
function countedList(sentence: Sentence, lexicon: Lexicon): string[] {
  const m = COUNTED_LIST.exec(sentence.text);
  if (!m) return [];
  // Put forward by the paper, the count the object of its verb ("We introduce two datasets: …"), or made by its work
  // ("This pipeline produces two datasets: …"); not used, evaluated on, nor another's ("while prior work released
  // two datasets: …", "We note that Quib yields two variants: …").
  const lead = sentence.text.slice(0, m.index);
  const afterVerb = sentence.verb ? lead.slice(sentence.verb.index + sentence.verb[0].length) : null;
  const object = afterVerb !== null && /^\s*(?:\p{Ll}+\s+){0,3}$/u.test(afterVerb);
  if (!object && !MADE_BY_WORK.test(lead)) return [];
  if (lexicon.cues.usedBefore.test(lead) || lexicon.cues.priorWork.test(lead)) return [];
  // (A bare "and" parts items only before a word with a capital: "Zorb3D for generation and basic quality" is one.)
  const items = (m[2] ?? "").split(/,\s*(?:and\s+)?|\s+and\s+(?=\S*\p{Lu})/u);
  // Each item a name, alone or before what it is for: "Zorb3D for quadrupeds" (not "DG then MML (D2M)").
  const names = items.map((item) => ITEM_OPENING.exec(item.trim())?.[1] ?? "");
  const named = names.filter((n) => looksLikeName(n) && !isGeneric(n, lexicon) && !isKnownName(n, lexicon));
  return named.length === items.length && items.length === COUNT[(m[1] ?? "").toLowerCase()] ? named : [];
}

// A count and the kind of parts the paper's work has, then a colon and no enumeration's mark: "two key modules: …".
// (After a verb saying what the work is made of or brings, not what it is set against: "Zorb is compared against
// two strategies: …", "Zorb improves on two prior designs: …".)
const UNMARKED_PARTS = new RegExp(
  String.raw`\b(?:${COMPOSED}|features|introduces|integrates|incorporates|combines|propose|introduce|present|design|` +
    String.raw`develop|through|via|of|in|with)\s+(?:(?:the|our)\s+)?` +
    String.raw`(?:(?:the\s+)?following\s+)?(?:${COUNT_WORDS}|several)\s+` +
    String.raw`(?:(?!(?:prior|previous|existing|baseline|standard|classic\w*|alternative)\b)[\p{L}-]+\s+){0,2}?` +
    String.raw`${LIST_KIND}\s*:\s*(?!\(?\s*(?:1|i|a)\s*\))`,
  "iu",
);
// An item of such a list that is a name, then what it is: "and QuibLLM, a lightweight model".
const APPOSED_ITEM = /^(?:and\s+)?(\p{Lu}[\p{L}\p{N}-]*),\s+an?\s/u;
// A word or two in lower case describing a part before its capitalised name: "a lightweight", "a parameter-efficient".
const DESCRIBED = String.raw`(?:\p{Ll}[\p{Ll}-]*\s+){0,2}`;
// An item of such a list: capitalised words after an article and a word or two that describe it, then its acronym.
const PART_ACRONYM = new RegExp(
  String.raw`^(?:(?:an?|the)\s+)?${DESCRIBED}` +
    String.raw`(?:\p{Lu}[\p{L}\p{N}-]*\s+(?:(?:of|for|with|in|on|to)\s+)?){0,4}\p{Lu}[\p{L}\p{N}-]*` +
    String.raw`\s*(?=\()`,
  "u",
);

/**
 * The acronyms of the parts a sentence of the paper's work lists after announcing their kind and count, without
 * marks: "SCEE and PGES" of "two components: Self-Calibrated Expert Evolution (SCEE) and Prototype-Guided Expert
 * Selection (PGES)". Each item spelled out in capitals with its acronym; the list stops at the first that is not.
 */
function unmarkedParts(sentence: string, lexicon: Lexicon): string[] {
  const lead = UNMARKED_PARTS.exec(sentence);
  if (!lead) return [];
  const before = sentence.slice(0, lead.index + lead[0].length);
  if (COMPARED_WITH.test(before) || OTHERS_WORK.test(before)) return [];
  const rest = sentence.slice(lead.index + lead[0].length);
  // Each part a name set off by what it is, the items parted by semicolons: "GuideLLM, a lightweight model …;
  // SolverLLM, a stronger model …; and JudgeLLM, an evaluator".
  const apposed = rest.split(/;\s*/).map((item) => APPOSED_ITEM.exec(item)?.[1] ?? "");
  const coined = (name: string) =>
    looksLikeName(name) && !isGeneric(name, lexicon) && !isKnownName(name, lexicon) && !namedElsewhere(name, lexicon);
  if (apposed.length >= 2 && apposed.every(coined)) return apposed;
  const names: string[] = [];
  for (const item of rest.split(/;\s*|,\s+(?:and\s+)?|\s+and\s+/)) {
    const words = PART_ACRONYM.exec(item.trim())?.[0];
    if (words === undefined) {
      // A clause that tells what the last part does ("which …", "that …") is no item.
      if (/^(?:which|that|where|whose)\b/i.test(item.trim()) && names.length > 0) continue;
      break;
    }
    const name = spelledPart(item.trim(), words, lexicon);
    if (name !== null) names.push(name);
  }
  return names;
}

/**
 * The acronym of a part spelled out before it (`words`, as `PART_ACRONYM` read them), or null where the acronym is
 * another's: one a field already uses for something else ("(HAR)"), a known name, or one other texts of the
 * collection write ("Exponential Moving Average (EMA)").
 */
function spelledPart(item: string, words: string, lexicon: Lexicon): string | null {
  const name = parenthesisedName(item.slice(words.length), lexicon);
  return name === null || isKnownName(name, lexicon) || namedElsewhere(name, lexicon) ? null : name;
}

/**
 * Whether the words before a name in parentheses spell it out, loosely (`words`: their last six, hyphens parted):
 * then it is an acronym the rules of acronyms read ("peer-to-peer (P2P)", "a Cycle-Consistent Adversarial Network
 * (CycleGAN)").
 */
function spelledBefore(name: string, before: string, words: string[]): boolean {
  if (matchLongForm(name, before) !== null) return true;
  // (A digit between letters reads as a word: "2" as "to", "4" as "for".)
  const initials = words.map((w) => w.charAt(0).toLowerCase()).join("");
  const letters = /\p{L}\p{N}\p{L}/u.test(name) ? name.replace(/[^\p{Lu}]/gu, "").toLowerCase() : null;
  if (letters !== null && new RegExp([...letters].join(".*")).test(initials)) return true;
  const stem = /^\p{Lu}\p{Ll}{3,}/u.exec(name)?.[0].toLowerCase();
  return stem !== undefined && words.some((w) => w.toLowerCase().startsWith(stem));
}

// A name alone in parentheses after a word: "adapter (ZorbIR)".
const NAME_IN_PARENTHESES = /(?<=[\p{L}\p{N}] )\((\p{Lu}[\p{L}\p{N}+-]*\p{Lu}[\p{L}\p{N}+-]*)\)/gu;

/**
 * "A novel light-weighted adapter (ZorbIR) with …", "our tokenizer (QuibTok)": a name in parentheses right after
 * what the paper puts forward, spelled out by no words before it, names that (not after a phrase of a preposition:
 * "an adapter trained on the Quib dataset (ZorbSet)" names the dataset).
 */
function namedInParentheses(abstract: string, abbreviations: readonly Abbreviation[], lexicon: Lexicon): string[] {
  const out: string[] = [];
  for (const m of abstract.matchAll(NAME_IN_PARENTHESES)) {
    const name = m[1] ?? "";
    if (!looksLikeName(name) || abbreviations.some((a) => a.index === m.index || a.short === name)) continue;
    // Not a name other papers of the collection write too ("a Cycle-Consistent Adversarial Network (CycleGAN)
    // approach"), nor a task's ("a new task, selective video-to-audio (V2A) generation").
    if (namedElsewhere(name, lexicon)) continue;
    const before = sentenceAround(abstract, m.index);
    const words = before
      .trimEnd()
      .split(/[\s-]+/)
      .slice(-6);
    if (spelledBefore(name, before, words)) continue;
    if (/\b(?:on|in|of|from|with|for|by|to|at|over|into)\b/i.test(words.slice(-4).join(" "))) continue;
    const next = /^\)\s+(\p{Ll}+)/u.exec(abstract.slice(m.index + m[0].length - 1))?.[1] ?? "";
    if (/\btasks?\b/i.test(before) || lexicon.cues.taskHead.test(next)) continue;
    if (ownContribution(before, { short: name, long: "", index: m.index }, lexicon.cues, true)) out.push(name);
  }
  return out;
}

// Earlier work named in a phrase of a preposition: "for existing detectors", "of prior methods".
const PREPOSITIONAL_PRIOR = new RegExp(
  String.raw`\b(?:for|of|to|with|over|than|on|in|into|from)\s+(?:the\s+|many\s+)?` +
    String.raw`(?:existing|previous|prior|standard|conventional|popular|common|widely[- ]used)\b`,
  "gi",
);

// Words saying the paper's work is better than something, which is another's: "which beats", "outperforming".
const BEATING = String.raw`beat\w*|outperform\w*|surpass\w*|exceed\w*`;
const BEATS = new RegExp(String.raw`\b(?:${BEATING})\b`, "i");
// Words before a name the paper's work is measured against or on, at the end of a text.
const MEASURED_ON = new RegExp(
  String.raw`\b(?:${BEATING}|evaluat\w*(?:\s+on)?|tested\s+on|benchmark\w*\s+on|on|of|from)\s+$`,
  "i",
);

// Words that set a name against the paper's work, at the end of a text: "Unlike", "compared with", "than".
const COMPARED = /\b(?:unlike|than|like|versus|vs\.?|compared (?:with|to)|against|over|beyond|except)\s+$/i;

// A name's one word: "Zorb", "Quib-2", "RQ-Former".
const TITLED_NAME = String.raw`\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*`;
// A release written apart after a name: "Zorb 2", "Zorb 2.5", "Zorb v2", "Zorb K1", "Zorb M.1", "Zorb XS.2".
const RELEASE_APART = String.raw`\s(?:\p{Lu}{1,2}\.?)?${RELEASE_NUMBER}(?![\p{L}\p{N}%-]|\.\p{N})`;

// A Title-Case word, perhaps hyphenated: "Null-Space", "Block-wise", "Multi-round".
const TITLED = String.raw`\p{Lu}[\p{Ll}\p{N}]+(?:-[\p{L}\p{N}]+)*`;
// Three Title-Case words or more inside a sentence (small words but "and" between them), then what a named part
// of a method is given: an apposition (", a …", ", which …", ", performing …"), a purpose ("to keep …") or a
// part's kind ("… module").
const TITLED_PART = new RegExp(
  // (Not after a word that opens with a capital: the run would start inside a name, "Q-Former Token Pruning".)
  String.raw`(?<![\p{Lu}][\p{L}\p{N}-]*\s)(?<=[\p{Ll}\p{N},;:]\s)` +
    String.raw`(${TITLED}(?:\s(?:(?:of|for|with|in)\s)?${TITLED}){2,})` +
    String.raw`(?=,\s(?:a|an|which|that|where|\p{Ll}+ing)\s|\s(?:to|that)\s\p{Ll}+|` +
    String.raw`\s(?:for|${PART_KIND})\b)`,
  "gu",
);

// Two capitalised words in a row, ASCII only: the cheap test a sentence passes before TITLED_PART is tried on it.
// (Without the "u" flag the scan runs several times faster.)
const TITLED_PAIR = /[A-Z][a-z]+(?:-[A-Za-z]+)* (?:(?:of|for|and|with|in) )?[A-Z][a-z]/;

// What the work is made of, named in Title Case and joined by "and": "composed of a Causal Quib Encoder and a
// Gated Zorb Injector".
const TITLED_RUN = String.raw`${TITLED_NAME}(?:\s${TITLED_NAME}){1,4}`;
// Each part with "a" or "an": a part with "the" is one already known ("comprising the Penn Treebank and …").
const COMPOSED_OF = new RegExp(
  String.raw`\b${COMPOSED}\s+an?\s+` +
    String.raw`(${TITLED_RUN}(?:,\s+an?\s+${TITLED_RUN})*,?\s+and\s+an?\s+${TITLED_RUN})`,
  "u",
);

// Before "composed of", words that make the whole another's work: "Unlike Zorb, composed of …", "compared to …".
const OTHER_WHOLE = /\b(?:unlike|compared|than|such as|existing|prior|previous|earlier|baselines?)\b/i;

/** Whether the words before a list of parts make the whole another's: "Unlike Zorb, composed of …", prior work. */
const othersWhole = (lead: string, lexicon: Lexicon): boolean =>
  OTHER_WHOLE.test(lead) || lexicon.cues.priorWork.test(lead);

/** A part that names nothing of its own: its head is a generic family ("… Network"), or its words name nothing. */
function plainPart(part: string, lexicon: Lexicon): boolean {
  const words = part.split(/\s+/);
  return isGeneric(singular(words.at(-1) ?? ""), lexicon) || namesNothing(words, lexicon);
}

/**
 * The parts a sentence says the paper's own work is composed of, each named in Title Case (`COMPOSED_OF`): the
 * whole is the paper's ("we propose Zorb, a model composed of …", "our framework consists of …"), and no part is a
 * name the lexicon knows.
 */
function composedOf(sentence: string, lexicon: Lexicon): string[] {
  const m = COMPOSED_OF.exec(sentence);
  if (!m?.[1]) return [];
  const lead = sentence.slice(0, m.index);
  if (!speaksForPaper(lead) || othersWhole(lead, lexicon)) return [];
  const parts = m[1].split(/,?\s+and\s+|,\s+/).map((p) => p.replace(/^an?\s+/, ""));
  const known = (part: string) => knownPhraseMatches(part, lexicon).length > 0;
  return parts.some((p) => plainPart(p, lexicon) || known(p)) ? [] : parts;
}

// A verb of what a thing is made of, or "including" right after a kind of parts, then a list of Title-Case names
// joined by commas and "and": "contains Quib Control, Vexa Adapter, and Zorb Adapter", "recomposed into: Sparse
// Quib, Vexa Regularization and Zorb Scaling", "Fusion Mechanism including Quib Fusion and Vexa Fusion".
const COMPOSED_LIST = new RegExp(
  String.raw`\b(?:contains?|containing|${COMPOSED}|into\s*:|(?:${LIST_KIND}|${PART_KIND}s?|Mechanisms?|Modules?),?` +
    String.raw`\s+including)\s+` +
    String.raw`(${TITLED_RUN}(?:,\s+${TITLED_RUN})*,?\s+and\s+${TITLED_RUN})(?=\s*[.,;:)]|\s+(?:to|that|which)\s)`,
  "u",
);

// A collection of data as the subject right before its verb, a describing word or two between: "Our corpus contains",
// "the new benchmark suite includes" (not "our data-free pipeline consists of").
const DATA_WHOLE = /\b(?:corpus|corpora|datasets?|benchmarks?|collections?|suites?)(?:\s+(?:also|further|thus))?\s*$/i;

/**
 * The parts a sentence of the paper's work lists, each named by Title-Case words, after a verb of composition
 * (`COMPOSED_LIST`): not where a part is a name the lexicon knows or a family, nor where the whole is another's.
 */
function composedList(sentence: string, lexicon: Lexicon): string[] {
  const m = COMPOSED_LIST.exec(sentence);
  if (!m?.[1]) return [];
  const lead = sentence.slice(0, m.index);
  if (othersWhole(lead, lexicon) || MEASURED_ON.test(lead)) return [];
  // What contains them is no collection of data ("Our corpus contains Court Opinions, …" lists its sources).
  if (DATA_WHOLE.test(lead)) return [];
  const parts = m[1].split(/,?\s+and\s+|,\s+/);
  const known = (part: string) => knownPhraseMatches(part, lexicon).length > 0 || isKnownName(part, lexicon);
  return parts.some((p) => plainPart(p, lexicon) || known(p) || abbreviatedFamily(p, lexicon)) ? [] : parts;
}

/**
 * Names of several Title-Case words a sentence of the paper's work gives its parts ("We design an Adaptive Drift
 * Selector, which …", "and incorporate Banded Echo Clipping to suppress …"). Not the title's words (its topic, or
 * the name's expansion), a name used, brought in as earlier work ("we adopt Group Quorb Optimization to …"),
 * compared with or evaluated on, or named after a person ("Bayesian Quorb Tracing"), nor a family the lexicon calls
 * generic ("Banded Sparse Vision Transformer", "Graph Neural Network").
 */
function titledParts(sentence: string, title: string, lexicon: Lexicon): string[] {
  const out: string[] = [];
  let titleKey: string | null = null;
  for (const m of sentence.matchAll(TITLED_PART)) {
    const run = m[1] ?? "";
    const before = sentence.slice(Math.max(0, m.index - 60), m.index);
    titleKey ??= nameKey(title);
    if (titleKey.includes(nameKey(run))) continue;
    if (lexicon.cues.usedBefore.test(before) || lexicon.cues.priorWork.test(before.slice(-30))) continue;
    // Not what the paper's work is compared with or evaluated on: "outperforms Quorb Rank Fusion", "evaluated on
    // Long Quorb Arena", "than Grid Drift Tuning".
    if (COMPARED.test(before) || MEASURED_ON.test(before)) continue;
    // A participle after the name describes a new thing only after "a": "we add a Quorb Dual Branch, performing …"
    // (not "transcripts from the Quorb Assistance Hotline, assessing …", "data from a Quorb Hotline, covering …").
    const rest = sentence.slice(m.index + run.length);
    const afterA = /\ban?\s+$/i.test(before) && !/\b(?:from|in|on|of|with|by|at|to|into)\s+an?\s+$/i.test(before);
    if (/^,\s\p{Ll}+ing\s/u.test(rest) && !afterA) continue;
    // After a capitalised word and "and", the run ends a longer Title-Case name: "Local Tuning and Global Fusion".
    if (/\p{Lu}\S*\s+and\s+$/u.test(before)) continue;
    // "Quorb Moving Average-based": an adjective made of a name, not a name.
    if (lexicon.cues.adjectiveSuffix.test(run)) continue;
    const words = run.split(/\s+/);
    if (isGeneric(singular(words.at(-1) ?? ""), lexicon) || isEponym(words[0] ?? "", lexicon)) continue;
    if (abbreviatedFamily(run, lexicon) || namesNothing(words, lexicon)) continue;
    out.push(run);
  }
  return out;
}

// A Title-Case word and its kind after "a", "an", "its" or "our" and up to two describing words: "a Quib Agent",
// "an effective Quorb Adapter", "Its Evidence Compiler". Not one an acronym spells out next ("a Quib Network (QN)":
// the acronym names it), nor the end of a longer Title-Case name.
const TITLED_KIND_PART = new RegExp(
  String.raw`\b(?:[Aa]n?|[Ii]ts|[Oo]ur)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(${TITLED_NAME}\s\p{Lu}\p{Ll}+)` +
    String.raw`(?![\p{L}\p{N}-]|\s*\(|\s+\p{Lu})`,
  "gu",
);

// Kinds broad enough to name families of things: "Reward Model", "Deep Network", "Semantic System".
const BROAD_KIND = /^(?:models?|networks?|systems?|frameworks?|methods?|approach(?:es)?|architectures?)$/i;

/**
 * The parts a sentence of the paper's work names by a word and its kind, in Title Case ("Zorb employs a multi-agent
 * design: a Quib Agent proposes …, a Vexa Optimizer refines …"). The kind is one a proposal names
 * (agent, module, optimizer, loss, …). Not a part used or brought in as earlier work, compared with or evaluated on,
 * an adjective made of a name ("a SAM-Based Network"), nor a family or words that name nothing ("a Language Model").
 */
function titledKindParts(sentence: string, lexicon: Lexicon): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(TITLED_KIND_PART)) {
    const run = m[1] ?? "";
    const [first = "", kind = ""] = run.split(" ");
    if (!lexicon.cues.contributionWord.test(kind) || lexicon.cues.adjectiveSuffix.test(first)) continue;
    // A kind that names families ("a Reward Model", "a Deep Network"), or a word other papers name ("an Adam
    // Optimizer"), makes no part of the paper's.
    if (BROAD_KIND.test(kind) || namedElsewhere(first, lexicon)) continue;
    // A participle describes the kind, it names nothing: "the Proposed Model", "an Improved Network".
    if (/^\p{Lu}\p{Ll}+ed$/u.test(first)) continue;
    const before = sentence.slice(Math.max(0, m.index - 60), m.index);
    if (lexicon.cues.usedBefore.test(before) || lexicon.cues.priorWork.test(before.slice(-30))) continue;
    if (COMPARED.test(before) || MEASURED_ON.test(before)) continue;
    if (isGeneric(first, lexicon) || isEponym(first, lexicon) || namesNothing([first], lexicon)) continue;
    if (isGeneric(run, lexicon) || abbreviatedFamily(run, lexicon)) continue;
    out.push(run);
  }
  return out;
}

/**
 * Compounds of a name the paper introduces with another name or a variant
 * letter: "QwenVL-Zorb" (the paper's Zorb joined to a base model), "Zorb-F",
 * "Zorb-R" and "ZorbMilli" (its variants). Joined to a lower-case word the name is an
 * adjective ("Zorb-based", "Zorb-formatted"), no new name.
 */
function ownVariants(abstract: string, own: FoundMethod[], lexicon: Lexicon): string[] {
  const text = blankUrls(abstract);
  const out: string[] = [];
  for (const name of own.map((f) => f.name).filter((n) => n.length >= 3)) {
    // Only the tokens that hold the name (an indexOf each), not every token of the abstract.
    for (const at of occurrences(text, name)) {
      const token = tokenAround(text, at, name.length);
      // A script glued to the name makes a variant: "Zorb$_{RGB}$", "Zorb-$x_0$".
      // (A label of capitals or digits, or a symbol after a hyphen; not a math index: "Zorb$_t$", "Zorb$_\theta$".)
      const script = token === name ? SCRIPT_AFTER.exec(text.slice(at + name.length, at + name.length + 24)) : null;
      const label = script !== null && /^(?:-|\$_\{?[\p{Lu}\p{N}]{2,}\}?\$)/u.test(script[0]);
      if (script && label && !out.includes(`${name}${script[0]}`)) out.push(`${name}${script[0]}`);
      // An edition written apart is a variant too: "Zorb Lite", "Zorb Pro" (not a size: "Zorb Small" is Zorb).
      const edition = token === name ? /^ (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}-])/u.exec(text.slice(at + name.length)) : null;
      const word = edition?.[1] ?? "";
      if (
        edition &&
        lexicon.cues.edition.test(word) &&
        !lexicon.cues.size.test(word) &&
        !out.includes(`${name}${edition[0]}`)
      )
        out.push(`${name}${edition[0]}`);
      if (token === name || out.includes(token)) continue;
      const rest = token.startsWith(`${name}-`)
        ? token.slice(name.length + 1)
        : token.endsWith(`-${name}`)
          ? token.slice(0, -name.length - 1)
          : null;
      // Glued on, a capitalised word is a variant too: "ZorbNetMilli", "ZorbNetMicro"; so is an improvement, "Zorb++".
      const glued = token.startsWith(name) && /^(?:\p{Lu}[\p{Ll}\p{N}]+|\+{1,2})$/u.test(token.slice(name.length));
      // (A part led by a capital or a digit, or a single letter: "Zorb-XL", "Zorb-2", "Zorb-h"; not "Zorb-based".)
      if (glued || (rest && rest.split("-").every((part) => /^(?:[\p{Lu}\p{N}]|\p{Ll}$)/u.test(part)))) out.push(token);
    }
  }
  // A coined stem the paper's names share: "ZorbMosaic-Bench" and "ZorbMosaic-Flow", "QUIB-Bench" and
  // "QUIB-TRACE". Coined, it has two capitals, stands nowhere alone (a name that does, "LoRA-Zorb", is an earlier
  // one the paper builds on) and no other paper of the collection writes it.
  const stems = new Set(
    own.map((f) => /^(\p{Lu}[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*)-\p{Lu}/u.exec(f.name)?.[1]).filter(Boolean),
  );
  for (const stem of stems) {
    if (!stem || stem.length < 3 || standsAlone(text, stem) || namedElsewhere(stem, lexicon)) continue;
    for (const at of occurrences(text, `${stem}-`)) {
      const token = tokenAround(text, at, stem.length + 1);
      // A word after the stem, or the size of a dataset ("ZorbMosaic-4K"); not a release ("ZorbMosaic-A1" may be
      // an earlier model of the family).
      const variant = token.startsWith(`${stem}-`) && /^[^-]+-(?:\p{Lu}\p{L}*|\p{N}+[kKM])$/u.test(token);
      // (Not one said to be earlier work in its clause: "QUIB-Base from earlier work", "QUIB-R, a prior baseline".)
      const clause = text.slice(at + token.length, at + token.length + 60).split(/[.;]/)[0] ?? "";
      const earlier = EARLIER_AFTER.test(clause);
      if (variant && !earlier && !out.includes(token) && !own.some((f) => f.name === token)) out.push(token);
    }
  }
  return out;
}

/** The whole token (letters, digits and inner hyphens) around text[at, at + length). */
function tokenAround(text: string, at: number, length: number): string {
  // A dot joins a token only between digits: "Zorb-1.5", not a sentence's end.
  const innerDot = (i: number) =>
    text[i] === "." && /\p{N}/u.test(text[i - 1] ?? "") && /\p{N}/u.test(text[i + 1] ?? "");
  let start = at;
  let end = at + length;
  while (inToken(text[start - 1])) start--;
  while (inToken(text[end]) || innerDot(end)) end++;
  // A name's improvement mark: "Zorb++" (not the "+" of a combination, "Zorb+LoRA").
  let marks = end;
  while (text[marks] === "+") marks++;
  if (!/[\p{L}\p{N}]/u.test(text[marks] ?? "")) end = marks;
  return text.slice(start, end).replace(/^-+|-+$/g, "");
}

/** The proposal verb of a sentence whose subject is a name the paper introduces ("Zorb designs …"), or null. */
function ownNameProposal(
  sentence: string,
  own: FoundMethod[],
  cues: Cues,
  verbs: RegExp = cues.proposal,
): RegExpExecArray | null {
  const subjectEnd = ownSubject(sentence, own, cues);
  if (subjectEnd === null) return null;
  const verb = verbs.exec(sentence);
  // The verb comes right after the name, perhaps after "also", "further" or "first".
  const gap = verb ? sentence.slice(subjectEnd, verb.index).trim() : "x";
  return verb && /^(?:(?:also|further|then|additionally|first|next|finally)\s*)?$/i.test(gap) ? verb : null;
}

/**
 * Where a name the paper introduces, opening a text as its subject, ends, or null: "Furthermore, Zorb designs …"
 * (a linking word may come first), and with `clause` a short clause too ("Instead of per-token routing, Zorb …").
 */
function ownSubject(text: string, own: FoundMethod[], cues: Cues, clause = false): number | null {
  const opening =
    (clause ? /^[^,;:()]{0,40},\s*/.exec(text)?.[0].length : undefined) ??
    cues.linkingStart.exec(text)?.[0].length ??
    0;
  const subject = own.find((f) => text.startsWith(`${f.name} `, opening));
  return subject ? opening + subject.name.length : null;
}

/**
 * Whether the abstract writes `short` in parentheses after a well-known name of several words, in any case and
 * perhaps after a dimension: "Gaussian splatting (GS)", "2D Gaussian Splatting (2DGS)".
 */
function shortForKnown(abstract: string, short: string, lexicon: Lexicon): boolean {
  if (lexicon.knownPhrases === null) return false;
  // The acronym's capitals (or all its letters: "WoS"), a dimension aside, are the known name's initials: "Skew
  // Gaussian Splatting (3DSGS)" and "collaborative low-rank adaptation (CLoRA)" name new things after known ones.
  const bare = short.replace(/^\p{N}D/u, "");
  const letters = [bare.replace(/[^\p{Lu}]/gu, ""), bare.replace(/[^\p{L}]/gu, "").toUpperCase()];
  // Written in lower case, a known name's words are a description unless a capital remains ("Gaussian splatting").
  const titled = (words: string[]) =>
    words.join(" ").replace(/(^|[\s-])(\p{Ll})/gu, (_, at: string, c: string) => at + c.toUpperCase());
  for (const at of occurrences(abstract, `(${short})`)) {
    const words = abstract
      .slice(Math.max(0, at - 80), at)
      .trim()
      .split(/\s+/)
      .slice(-5);
    for (let k = 2; k <= words.length; k++) {
      const phrase = words.slice(-k);
      if (!letters.includes(initialsOf(phrase.join(" ")))) continue;
      if (isKnownName(phrase.join(" "), lexicon)) return true;
      if (/\p{Lu}/u.test(phrase.join(" ")) && isKnownName(titled(phrase), lexicon)) return true;
    }
  }
  return false;
}

/** "EBVs" is written "EBV" when the abstract also uses the singular. */
function preferSingular(name: string, text: string): string {
  if (!/\p{Lu}s$/u.test(name)) return name;
  const one = name.slice(0, -1);
  const escaped = escapeRegExp(one);
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "u").test(text) ? one : name;
}

const sameWords = (a: string, b: string) => wordsKey(a) === wordsKey(b);

function fromTitle(
  title: string,
  abstract: string,
  abbreviations: readonly Abbreviation[],
  lexicon: Lexicon,
  add: (n: string, v: FoundMethod["via"], variant?: boolean) => void,
): void {
  const colon = title.search(/:\s/);
  if (colon <= 0) {
    const name = titleWithoutColon(title, abstract, lexicon);
    if (name) add(name, "title");
    return;
  }
  // "The Zorb Library:" names the Zorb Library; a report's title names its model ("Zorb Technical Report:").
  const prefix = title
    .slice(0, colon)
    .trim()
    .replace(/^(?:The|An?)\s+(?=\S+\s)/, "")
    .replace(/^(\S+)\s+(?:Technical Report|Model Card|System Card)$/i, "$1");
  // "Learn More, Forget Less:" is a slogan, not a name.
  if (prefix.includes(",")) return;
  // "Zorb Quantization: A Comprehensive Survey": a survey's prefix is its topic.
  if (SURVEY.test(title.slice(colon + 1))) return;
  // "Balancing Updates (BU):" gives a long form and its acronym, "ZorbBench (Zorb Benchmark):" a name spelled out.
  const paired = /^([^()]+?)\s*\(([^()]+)\)$/u.exec(prefix);
  if (paired) {
    const [, outside = "", inside = ""] = paired;
    const acronym = (w: string) => !/\s/.test(w) && looksLikeName(w);
    // A long form of several words, or of one hyphenated compound ("Mixture-of-Shape-Experts (MoSE)"); with small
    // words between its words ("Density and Drift (DAD)") only when the acronym spells all of it, not a study of it
    // ("Rethinking Mixture of Experts (MoE)").
    const longForm = (w: string) =>
      isTitleCase(w, lexicon) ||
      (/^\p{Lu}\S*(?:\s+(?:(?:and|of|for|in|with|the|to|on)\s+)?\p{Lu}\S*)+$/u.test(w) &&
        matchLongForm(inside, w) === w) ||
      /^\p{Lu}\p{L}*(?:-\p{L}+)+$/u.test(w);
    if (acronym(inside) && longForm(outside)) {
      add(outside, "title");
      add(inside, "abbreviation");
    } else if (acronym(outside) && longForm(inside)) add(outside, "title");
    return;
  }
  // "ZorbNet & ZorbDet:" names two of the paper's own.
  const pair = /^(\S+)\s+(?:&|and)\s+(\S+)$/u.exec(prefix);
  if (pair?.slice(1).every((w) => looksLikeName(w))) {
    for (const w of pair.slice(1)) add(w, "title", true);
    return;
  }
  const words = prefix.split(/\s+/);
  if (words.length === 1) {
    // "Beyond:" is a phrase; "MoRE:" or "MUST:" (two capitals or more) is a name spelled like one.
    const spelledAsWord = lexicon.functionWords.has(prefix.toLowerCase()) && !/\p{Lu}.*\p{Lu}/u.test(prefix);
    if (!spelledAsWord && /\p{L}/u.test(prefix)) add(prefix, "title");
    return;
  }
  // A name with its release ("Zorb v3 Small", "ZorbBench II") or a Title-Case name of a benchmark, a dataset or a
  // library ("Continual Learning Bench") names what the paper releases, repeated in the abstract or not.
  const [first = "", ...rest] = words;
  // The first word a name, or a capitalised word no text writes in lower case with a version after it ("Zorb v3").
  const named =
    looksLikeName(first) ||
    (/^\p{Lu}\p{Ll}+$/u.test(first) &&
      !isOrdinary(first.toLowerCase(), lexicon) &&
      !lexicon.functionWords.has(first.toLowerCase()) &&
      rest.some((w) => /^(?:v?\d|[IVX]+$)/.test(w)));
  const released = rest.length > 0 && named && rest.every((w) => lexicon.cues.release.test(w) || looksLikeName(w));
  const releaseHead = lexicon.cues.releaseHead.test(words.at(-1) ?? "") && isTitleCase(prefix, lexicon);
  if (words.length > 4) return;
  if (!released && !releaseHead && words.some((w) => lexicon.functionWords.has(w.toLowerCase()))) return;
  const defined = abbreviations.find((a) => sameWords(a.long, prefix));
  if (defined) {
    add(prefix, "title");
    add(defined.short, "abbreviation");
  } else if (released || releaseHead || abstract.includes(prefix) || abstract.includes(prefix.replace(/s$/, ""))) {
    // Repeated as written (or in the singular) the prefix is the paper's name for its work; so it is with its kind in
    // lower case after a name ("The Quorb-Vexa Model:" and "the Quorb-Vexa model").
    add(prefix, "title");
  } else if (words.length === 2 && /^\p{Lu}\p{Ll}+[^s]$/u.test(words.at(-1) ?? "") && headed(words, lexicon)) {
    const kindLower = `${first} ${(words.at(-1) ?? "").toLowerCase()}`;
    if (abstract.includes(kindLower)) add(prefix, "title");
  }
}

/**
 * A title without a colon that still leads with the paper's name: the whole title, when the abstract opens with it
 * putting its work forward ("Quorb Finance Bench" / "Quorb Finance Bench introduces …"), or a name-shaped first word
 * whose colon the listing lost before an apposition ("ZorbGAN A Deep Model for Scans").
 */
function titleWithoutColon(title: string, abstract: string, lexicon: Lexicon): string | null {
  const whole = title.trim();
  // A report's whole title names its model: "Zorb2 Technical Report", "Quib 5.0 Model Card".
  const report = REPORT_OF.exec(whole)?.[1];
  // (A word shaped as a name, or a capitalised one with a release; not a phase, a year or two names: "Phase 2",
  // "Workshop 2024", "Zorb-2 and Zorb-3".)
  const words = report?.split(/\s+/) ?? [];
  const shaped = words.some((w) => looksLikeName(w));
  if (report && shaped && !words.includes("and") && !words.some((w) => /^(?:19|20)\d{2}$/.test(w))) return report;
  // A name, not a family ("Graph Neural Networks", "Large Language Model": three initials the lexicon calls
  // generic), that the abstract opens with and that puts forward a work ("… introduces an open benchmark").
  const named =
    (isTitleCase(whole, lexicon) &&
      !plural(whole.split(/\s+/).at(-1) ?? "", lexicon) &&
      !(whole.split(/\s+/).length >= 3 && abbreviatedFamily(whole, lexicon))) ||
    (!/\s/.test(whole) && looksLikeName(whole));
  if (named && abstract.startsWith(`${whole} `)) {
    const rest = abstract.slice(whole.length + 1);
    if (/^(?:introduces|presents|proposes|provides|offers)\s+(?:an?|the)\s/i.test(rest)) return whole;
    if (/^is\s+(?:an?|the)\s+(?:new|novel|open)\b/i.test(rest)) return whole;
  }
  // A lost colon: the name, then an apposition saying what kind of work it is ("ZorbGAN A Deep Generative Model for
  // …"), not a look at it ("BERT A Closer Look at …", "Zorb An Optimized Method Revisited").
  const lost = LOST_COLON.exec(whole);
  const name = lost?.[1] ?? "";
  return lost && looksLikeName(name) && lexicon.cues.contributionHead.test(lost[3] ?? "") && !isGeneric(name, lexicon)
    ? name
    : null;
}

// A report's title: its model's name (a word or three, one with a capital), then the kind of report.
const REPORT_OF = new RegExp(String.raw`^(\p{Lu}[\p{L}\p{N}.+-]*(?:\s+[\p{L}\p{N}.+-]+){0,2})\s+${REPORT_KINDS}$`, "u");

// What a survey's title says after its colon: "A Comprehensive Survey", "A Review", "An Overview of …".
const SURVEY = new RegExp(
  String.raw`^\s*(?:an?\s+)?(?:(?:comprehensive|systematic|brief|short|critical|literature|concise|gentle|` +
    String.raw`practical|unified|structured|scoping|empirical|holistic|technical)\s+)*` +
    String.raw`(?:survey|review|overview|tutorial|primer)(?=\s+(?:of|on|for|and|in|from)\b|\s*[:,.]|\s*$)`,
  "iu",
);

// A name-shaped first word, then "A"/"An" and Title-Case words ending in a kind, then a preposition or the end.
const LOST_COLON = new RegExp(
  String.raw`^(\S+)\s+An?\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}(\p{Lu}\p{Ll}+))` +
    String.raw`(?:\s+(?:and|for|of|to|with|from|towards?|in|on)\b|$)`,
  "u",
);

/** A word in the plural: its singular an ordinary word or a family ("Networks", "Transformers"; not "Atlas"). */
const plural = (word: string, lexicon: Lexicon): boolean =>
  /[^s]s$/.test(word) && (isOrdinary(word.slice(0, -1).toLowerCase(), lexicon) || isGeneric(word, lexicon));

/** A name, then its kind, in the singular: "Quorb-Vexa Model" (a family is plural: "Vision-Language Models"). */
const headed = (words: string[], lexicon: Lexicon): boolean =>
  nameShaped(words[0] ?? "", lexicon) && lexicon.cues.contributionHead.test(words[1] ?? "");

/**
 * A word shaped as a name: "ZorbNet", "Q-Former", or capitalised parts joined by hyphens that are no ordinary words
 * ("Quorb-Vexa", not "Teacher-Student" nor "Multi-Agent").
 */
const nameShaped = (word: string, lexicon: Lexicon): boolean =>
  looksLikeName(word) ||
  (/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(word) &&
    !word.split("-").some((w) => isOrdinary(w.toLowerCase(), lexicon) || lexicon.stopWords.has(w.toLowerCase())));

/** The words of a sentence before an acronym's long form (the sentence runs up to the acronym's parenthesis). */
function leadBefore(sentence: string, abbr: Abbreviation): string {
  const trimmed = sentence.trimEnd();
  return trimmed.slice(0, Math.max(0, trimmed.length - abbr.long.length));
}

/**
 * Capitalised words, two to `most`, none a stop word ("Balancing Updates", "Continual Learning Bench"); with `joined`,
 * stop words in lower case may join them, not open or close them ("Sparse Mixture of Quibs").
 */
function titledWords(phrase: string, lexicon: Lexicon, most: number, joined: boolean): boolean {
  const words = phrase.split(/\s+/);
  const titled = (w: string) => /^[\p{Lu}\p{N}]/u.test(w) && !lexicon.stopWords.has(w.toLowerCase());
  return (
    words.length >= 2 &&
    words.length <= most &&
    titled(words[0] ?? "") &&
    titled(words.at(-1) ?? "") &&
    words.every((w) => titled(w) || (joined && lexicon.stopWords.has(w)))
  );
}

/** Two to four capitalised words, none a stop word: "Balancing Updates", "Continual Learning Bench". */
const isTitleCase = (phrase: string, lexicon: Lexicon): boolean => titledWords(phrase, lexicon, 4, false);

/** Capitalised words, perhaps joined by stop words, two to six: "Sparse Mixture of Quibs", "Quib Attention". */
const titledPhrase = (phrase: string, lexicon: Lexicon): boolean => titledWords(phrase, lexicon, 6, true);

/**
 * "The Temporal Folding Adapter (TFA) converts …": once the paper has put its work forward, a sentence that opens
 * with a Title-Case name it spells out for an acronym describes a part of that work. (Before the proposal, the same
 * sentence describes earlier work.)
 */
function ownPart(
  sentence: string,
  abbr: Abbreviation,
  after: string,
  afterProposal: boolean,
  announced: boolean,
  lexicon: Lexicon,
): boolean {
  if (!afterProposal || !isTitleCase(abbr.long, lexicon)) return false;
  const lead = leadBefore(sentence, abbr);
  if (/^\s*The\s*$/.test(lead)) return true;
  // Set beside the work's part it names: "Its core mechanism, Quorb Knowledge Folding (QKF), localizes …".
  if (/^\s*(?:Its|Our)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s*$/u.test(lead)) return true;
  // A part of a kind, doing something: "Additionally, a Quorb-Prompted Router (QPR) mechanism leverages …".
  const opening = lead.trimStart().slice(lexicon.cues.linkingStart.exec(lead.trimStart())?.[0].length ?? 0);
  if (/^an?\s*$/.test(opening) && lexicon.cues.kindThenVerb.test(after)) return true;
  // Without the article, the name is the subject of what the part does ("Banded Echo Alignment (BEA) aligns …")
  // after an item's mark or a linking word ("Second, …", "Specifically, …"), or right after a sentence that
  // announces the parts ("It has two modules."). Otherwise the sentence may describe earlier work the paper
  // improves on ("Quorb Preference Tuning (QPT) requires a reference model").
  if (!/^\s*\p{Ll}{3,}s\b/u.test(after)) return false;
  const link = lexicon.cues.linkingStart.exec(lead.trimStart())?.[0] ?? "";
  const marked = /^\s*(?:first|second|third|next|\(\w{1,3}\)|\w{1,3}\)),?\s*$/i.test(lead);
  if (lead.trim() !== "") return (link !== "" && link === lead.trimStart()) || marked;
  return announced;
}

/**
 * An acronym the paper coins where it says so, in words other rules do not read (not a name other papers of the
 * collection write, which the paper would be using, nor one said to be earlier work or set aside):
 * - set off as new in a sentence of the paper's work: "Zorb is trained with Quib Policy Optimization (QPO), a novel
 *   objective that …";
 * - at the core of the paper's work: "The core of Zorb is a Joint Quib Transformer (JQT), which …";
 * - defined by the paper, not as a task or a field: "We define this phenomenon as Text-Induced Quibbling (TIQ)";
 * - a part of a kind in a sentence of the paper's work: "we propose Zorb, a model that employs a Sparse Mixture of
 *   Quibs (SMoQ) module to …", "Zorb replaces gating with a Chamber of Quibs (CQ) module".
 */
function describedAsOwn(
  sentence: string,
  abbr: Abbreviation,
  after: string,
  at: Sentence | undefined,
  own: FoundMethod[],
  lexicon: Lexicon,
): boolean {
  if (at === undefined || namedByOthers(abbr, lexicon)) return false;
  // (Trimmed: a trailing space would count as an empty word and push a cue out of the window of eight.)
  const lead = leadBefore(sentence, abbr).trimEnd();
  const clause = after.split(/[.;]/)[0] ?? "";
  if (lexicon.cues.priorWork.test(lead.split(/\s+/).slice(-8).join(" ")) || EARLIER_AFTER.test(clause)) return false;
  if (SET_ASIDE.test(lead)) return false;
  // (A proposal verb after the acronym puts forward something else: "… (QRB), a new benchmark released last year".)
  const ownSentence =
    (at.verb !== null && at.start + at.verb.index < abbr.index) ||
    ownSubject(lead.trimStart(), own, lexicon.cues, true) !== null ||
    (at.afterProposal && WORK_AS_SUBJECT.test(lead));
  if ((ownSentence || at.role === "own") && NEW_APPOSED.test(after)) return true;
  // "our Hybrid Quib Modulation (HQM) framework", "our novel Zorb-Guided Tuning (ZGT) strategy": the paper's own, its
  // kind after the acronym.
  const kind = /^\s+([\p{L}-]+)/u.exec(after)?.[1] ?? "";
  const described = OUR_BEFORE.exec(lead)?.[1]?.split(/\s+/).filter(Boolean) ?? null;
  // (Only words that describe it between: not a word of use or of a preposition, "our agents with", "our approach
  // using", "our results on the".)
  const describing = (w: string) => !lexicon.functionWords.has(w.toLowerCase()) && !lexicon.cues.useWord.test(w);
  if (described?.every(describing) && (lexicon.cues.contributionHead.test(kind) || PART_HEAD.test(kind))) return true;
  const core = CORE_OF.exec(lead);
  if (core && (OWN_WORK_NAMED.test(core[1] ?? "") || own.some((f) => f.name === core[1]))) return true;
  // "we introduce two components, including the Quib Selection (QS) module and the Vexa Supervision (VS) module":
  // the parts the paper's proposal announces, each named with its kind.
  if (ownSentence && PART_AFTER.test(after) && PARTS_NAMED.test(lead)) return true;
  const defined = DEFINED_AS.exec(lead);
  if (defined) return !DEFINED_OTHER.test(defined[1] ?? "");
  // Once the work is put forward, a part of a kind that opens its sentence and does something is the work's: "During
  // inference, an Uncertainty-Aware Quib (UAQ) module calibrates …", "(3) An Optical Zorb (OZ) component that …".
  const partActs =
    at.afterProposal && PART_OPENS.test(lead.trimStart()) && PART_ACTS.test(after) && !COMPARED_WITH.test(after);
  return (
    (ownSentence || partActs) &&
    titledPhrase(abbr.long, lexicon) &&
    /\b(?:an?|the)$/i.test(lead) &&
    (partActs || /\ban?$/.test(lead)) &&
    PART_AFTER.test(after) &&
    !COMPARED_WITH.test(lead) &&
    // ("We establish a baseline using … a Quib Random Field (QRF) layer": a part of what the paper measures against.)
    !/\bbaselines?\b/i.test(lead)
  );
}

// "our", then up to three words in lower case ("our novel", "our proposed two-stage"), right before a long form.
const OUR_BEFORE = /\b[Oo]ur((?:\s+[^\s\p{Lu}]\S*){0,3})\s*$/u;
// An apposition calling the thing new: ", a novel objective", ", a new lightweight module", ", the first …".
const NEW_APPOSED = /^,\s+(?:an?\s+(?:[\p{L}-]+\s+)?(?:novel|new)|the\s+first)(?![\p{L}-])/u;
// Earlier work named after the acronym, in its clause: "(QM), following earlier benchmarks", "(QB) from prior work",
// ", a baseline" (not "beats existing losses", "needs no prior knowledge").
const EARLIER_AFTER = new RegExp(
  String.raw`\b(?:from|by|in|of|following)\s+(?:the\s+)?(?:earlier|prior|previous)\s+(?:work|studies|papers|` +
    String.raw`literature|benchmarks?|methods?)\b|\bproposed\s+by\b|^,\s+an?\s+(?:[\p{L}-]+\s+)?baseline\b`,
  "iu",
);
// What the paper sets aside or takes out, the acronym a few words after it: "Instead of a …", "which replaces a …",
// "removes the need for a …" (not "replaces gating with a …", "removes noise through a …", "applies dropout").
const SET_ASIDE = new RegExp(
  String.raw`\b(?:instead\s+of|rather\s+than|unlike|replac(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|` +
    String.raw`drop(?:s|ped|ping)?|discard(?:s|ed|ing)?|eliminat(?:e|es|ed|ing))\s+` +
    String.raw`(?:(?!(?:with|through|via|using|by|into|before|after)\b)[\p{L}-]+\s+){0,4}?(?:an?|the)$`,
  "iu",
);
// A kind of parts and the words that name them, right before a long form: "two components, including the", "three
// modules: a", and after an earlier part "… (QS) module and the".
const PARTS_NAMED = new RegExp(
  String.raw`\b${LIST_KIND}\s*,?\s*(?:including|namely|:)\s*(?:(?:the|an?)\s*)?` +
    String.raw`(?:[^.;]*\)\s+${PART_KIND}s?,?\s+(?:and\s+)?(?:(?:the|an?)\s*)?)?$`,
  "i",
);
// "The core of Zorb is a", "At the heart of our method lies the": whose core (group 1), then its verb.
const CORE_OF = new RegExp(
  String.raw`(?:^|[.;])\s*(?:the|at\s+the)\s+(?:core|heart|centerpiece)\s+of\s+((?:\S+\s+){0,2}?\S+)\s+` +
    String.raw`(?:is|lies)(?:\s+(?:an?|the))?$`,
  "iu",
);
// "We define this phenomenon as", "a failure mode we formalize as the": the paper's definition of what it names.
// (Group 1: what is defined.)
const DEFINED_AS = new RegExp(
  String.raw`\bwe\s+(?:define|formali[sz]e|refer\s+to)\s+` +
    String.raw`((?:(?:this|these|the|such)\s+(?:[\p{L}-]+\s+){0,3}?)?)as(?:\s+(?:an?|the))?$`,
  "iu",
);
// A problem, a task or a setting so defined names what the paper studies, not what it makes.
const DEFINED_OTHER = /\b(?:tasks?|problems?|settings?)\b/i;
// The kind of part right after the acronym: "(SMoQ) module to …", "(CQ) block, which …", "(QS) strategy".
const PART_AFTER = new RegExp(String.raw`^\s+${PART_KIND}(?:e?s)?\b`, "i");
const PART_HEAD = new RegExp(String.raw`^${PART_KIND}$`, "i");
// A part opening its sentence: an article, after an enumeration's mark or a short phrase set off by a comma.
const PART_OPENS = new RegExp(
  String.raw`^(?:\(?\p{N}{1,2}\)|\(?[ivx]{1,4}\)|` +
    String.raw`(?!(?:for (?:example|instance)|typically|conventionally|traditionally|usually|often|in contrast|` +
    String.raw`in (?:prior|existing|previous))\b)[^,;()]{0,40},)?\s*(?:an?|the)$`,
  "iu",
);
// The part's kind, then what it does: "module dynamically calibrates", "component that leverages".
const PART_ACTS = new RegExp(
  String.raw`^\s+${PART_KIND}(?:e?s)?\s+(?:(?:that|which)\s+)?(?:\p{Ll}+ly\s+)?(?!is\b|was\b|has\b)\p{Ll}+s\b`,
  "iu",
);
// Once put forward, the paper's work named by its kind is a sentence's subject: "Specifically, the architecture …".
// (A modifier only after "our", "this" or "the proposed": "the teacher model", "the original model" are others'.)
const WORK_AS_SUBJECT = new RegExp(
  String.raw`^\s*(?:[\p{L}-]+,\s+)?${WORK_NAMED}\s+` + String.raw`(?!is\b|are\b)\p{Ll}+s\b`,
  "iu",
);

/**
 * "Zorb uses Quib Feature Encoding (QFE) to …, and Vexa Pooling (VP) to …", "Instead of per-token routing, Zorb
 * utilizes a global signal, Quib-Guided Routing (QGR)": the parts the paper's named work is built with, spelled out
 * in Title Case after its verb of use. Not what it uses by way of something else ("Zorb uses a solver based on Quib
 * Programming (QP)"), nor a thing already known ("Zorb employs the Quib Transform (QT)").
 */
function usedByOwn(
  abstract: string,
  sentence: string,
  abbr: Abbreviation,
  own: FoundMethod[],
  lexicon: Lexicon,
): boolean {
  if (!isTitleCase(abbr.long, lexicon)) return false;
  const lead = leadBefore(sentence, abbr).trimStart();
  // A short clause may come before the subject: "Instead of per-token routing, Zorb …".
  const subjectEnd = ownSubject(lead, own, lexicon.cues, true);
  if (subjectEnd === null) return false;
  const verb = OWN_USE.exec(lead.slice(subjectEnd));
  if (verb === null || USE_GAP_OTHER.test(verb[1] ?? "")) return false;
  // Not a technique other papers name too ("Zorb uses Stochastic Quib Descent (SQD)"), nor one said to come from
  // earlier work after it ("… (VP) from prior work").
  const after = abstract.slice(abbr.index, abbr.index + 60).split(/[.;]/)[0] ?? "";
  return !namedByOthers(abbr, lexicon) && !lexicon.cues.priorWork.test(after);
}

// The verb of use right after the subject, then the words up to the long form.
const OWN_USE = new RegExp(
  String.raw`^\s+(?:also\s+|further\s+|additionally\s+)?` +
    String.raw`(?:uses|utili[sz]es|employs|leverages|incorporates|integrates|combines|adopts|couples)\s+([^.;]*)$`,
);
// Words in that gap that make the long form something else's or already known: a clause of another subject, a
// preposition of means or source, a comparison, "the" right before it.
const USE_GAP_OTHER = new RegExp(
  String.raw`\b(?:which|that|who|whose|using|via|through|based|built|from|inspired|than|unlike|compared|such as|` +
    String.raw`like)\b|\bthe\s*$`,
  "i",
);

/**
 * "We introduce two metrics, Quorb Accuracy Divergence (QAD) and Vexa Divergence (VD)": a long form joined by "and"
 * or a comma right after an acronym the paper gives for its own work names another of its own (one sentence gives
 * its parts' acronyms all together). Both long forms capitalised: in lower case they may be tasks ("integrates object
 * detection (OD) and visual grounding (VG)").
 */
function coordinated(abstract: string, previous: Abbreviation | null, abbr: Abbreviation): boolean {
  if (previous === null || abbr.shortFirst || previous.shortFirst || (abbr.longStart ?? -1) < 0) return false;
  const close = abstract.indexOf(")", previous.index);
  if (close < 0 || close > (abbr.longStart ?? 0)) return false;
  if (!/^\p{Lu}/u.test(previous.long) || !/^\p{Lu}/u.test(abbr.long)) return false;
  // ("the" before it would make it a known thing: "Quib Dialogue (QD) and the Vexa Protocol (VP)".)
  return /^\s*,?\s*(?:and\s+|or\s+)?(?:an?\s+)?$/.test(abstract.slice(close + 1, abbr.longStart));
}

// A sentence that announces the parts of the paper's work: "It has two modules.", "Zorb consists of …".
const PARTS_ANNOUNCED = new RegExp(
  String.raw`\b(?:${COUNT_WORDS}|several|multiple)\s+(?:[\w-]+\s+){0,3}?\w+s\b|\b${COMPOSED}\b`,
  "i",
);

function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf(". ", index), -1) + 1;
  return text.slice(start, index);
}

// A name written first and spelled out after it ("MASA (Matrix Atom Sharing in
// Attention)") is coined by a paper that proposes something when this is where
// the name first appears, not brought in as earlier work nor in a keyword list.
function coinedHere(abstract: string, abbr: Abbreviation, sentence: string, cues: Cues): boolean {
  const keywords = abstract.search(KEYWORDS);
  if (keywords >= 0 && abbr.index > keywords) return false;
  const first = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(abbr.short)}`, "u").exec(abstract);
  if (first?.index !== abbr.index) return false;
  const near = sentence.trimEnd().split(/\s+/).slice(-8).join(" ");
  // "Zorb uses LoRA (Low-Rank Adaptation)": a name the paper uses, not one it coins.
  if (cues.usedBefore.test(sentence)) return false;
  return !cues.priorWork.test(near);
}

const ENUMERATION_END = /(?:\(\s*(?:\p{N}{1,2}|[ivx]{1,4}|[a-h])\s*\)|\b(?:first|second|third|finally),?)\s*$/iu;

function ownContribution(before: string, abbr: Abbreviation, cues: Cues, proposes: boolean): boolean {
  const lead = leadBefore(before, abbr);
  // The naming or proposing words stand right before the long form (the lead trimmed first: a trailing space would
  // count as an empty word and push the subject out).
  const near = lead.trimEnd().split(/\s+/).slice(-8).join(" ");
  if (cues.priorWork.test(near)) return false;
  if (cues.namingAtEnd.test(lead) || cues.ourContribution.test(near)) return true;
  // "We introduce two strategies: (1) Long Form (LF), … and (2) …": items the paper's proposal lists.
  if (ENUMERATION_END.test(lead) && speaksForPaper(lead) && cues.proposal.test(lead)) return true;
  // "This scene-adaptive LVQ (SALVQ)": the paper's name for what it just described.
  if (/(?:^|[.;:])\s*(?:this|our|the proposed|the resulting)\s*$/i.test(lead)) return true;
  // "We evaluate the proposed Quorb Net (QN) on …": the paper's proposal, named where the paper speaks (not "the
  // proposed QG of Li et al. is slow", nor what the paper compares with).
  if (/\bthe\s+(?:newly\s+)?proposed\s*$/i.test(lead) && proposes && !COMPARED_WITH.test(lead)) return true;
  // Set off by a comma after a description of what it is, the long form names it: "a novel approach to
  // fine-tuning, Quorb Tuning (QT)" (not a list's comma: "applied to translation, Vexa Parsing (VP) and tagging").
  const description = /\b(?:an?|our)\s+([^,;]*),\s*$/i.exec(lead)?.[1];
  // ("to" there leads to what the thing is for: "an approach to fine-tuning".)
  const apposed = description !== undefined && !otherObject(description.replace(/\bto\s+/g, ""));
  const novel = /\b(?:newly proposed|a novel|a new)\b/i.exec(near);
  if (novel && (apposed || !otherObject(near.slice(novel.index + novel[0].length)))) return true;
  // "This framework introduces the Long Form (LF) module …": the paper's work puts forward its parts.
  // Once the paper has put its work forward.
  const verb = lastProposal(near, cues);
  // "We present Zorb, a framework using Item Quorb Theory (IQT)": the verb's object is another thing, which the long
  // form is the object of a preposition or a verb after it.
  // (Nor what the thing put forward is for, right before the long form.)
  const object =
    verb !== undefined && !SERVED_BY.test(lead) && (apposed || !otherObject(near.slice(verb.index + verb[0].length)));
  const beforeVerb = lead.trimEnd().slice(0, lead.trimEnd().length - near.length + (verb?.index ?? 0));
  // (A short subject at the sentence's start is read whole: the window of eight words may cut it off, "This paper
  // introduces the concept and architecture of a …".)
  const subject = beforeVerb.trim().split(/\s+/).length <= 4 ? beforeVerb : near.slice(0, verb?.index ?? 0);
  return (
    (object && selfGoverns(subject, verb?.[0])) ||
    (object && WE_AND.test(beforeVerb)) ||
    (proposes && workPutsForward(lead))
  );
}

/** Whether the words after a proposal make the long form the object of another verb ("we propose to X" does not). */
const otherObject = (gap: string): boolean => OTHER_OBJECT.test(gap.replace(/^\s*to\s+/, ""));

// Words saying the paper sets something against its own: "compare Zorb against", "better than", "unlike".
const COMPARED_WITH = /\b(?:against|than|compar\w+|versus|vs\.?|unlike)\b/i;

// Words between a proposal verb and a long form that make the long form the object of something else: a verb of use,
// "based on", "into", a purpose ("to analyze").
const OTHER_OBJECT = new RegExp(
  String.raw`(?<![\p{L}-])(?:us(?:e|es|ed|ing)|leverag\w*|utiliz\w*|employ\w*|adopt\w*|appl(?:y|ies|ied|ying)|` +
    String.raw`extend(?:s|ed|ing)?|replac\w+|improv(?:es|ing)|evaluat\w+|measur\w+|categoriz\w+|cover(?:s|ing)|` +
    String.raw`span(?:s|ning)|based|built|grounded|inspired|into|via|through|against|` +
    String.raw`across|${BEATING})\b|\bto\s+(?!the\b)\p{Ll}+|` +
    // A claim, not a thing: "we propose (and prove) that …".
    String.raw`^\s*(?:and\s+\p{Ll}+\s+)?that\b|` +
    // A clause of its own: "we design Zorb, whereas quib detection (QD) …".
    String.raw`\b(?:whereas|while|although|but)\b|` +
    // A second verb of the clause: "We present Zorb and report results on the Quorb Corpus (QC)".
    String.raw`\band\s+(?:then\s+)?(?:report|train|test|evaluat|compar|appl|show|demonstrat|validat|analy|measur)\w*`,
  "iu",
);

// "we …, and further": the paper's own subject, then "and" before a second verb, with no clause of another subject
// ("which", "that", "who") between.
const WE_AND = /\bwe\b(?:(?!\b(?:which|that|who|whose)\b)[^.;])*\band\s+(?:then\s+|also\s+|further\s+)?$/i;

/** The last proposal verb of a text ("… introduce X and propose the Long Form"), or undefined. */
const lastProposal = (text: string, cues: Cues): RegExpExecArray | undefined =>
  [...text.matchAll(cues.proposalEvery)].at(-1);

function fromSentence(
  sentence: string,
  verb: RegExpExecArray | null,
  abbreviations: readonly Abbreviation[],
  lexicon: Lexicon,
  add: (n: string, v: FoundMethod["via"], variant?: boolean) => void,
): void {
  // "We propose a plugin for existing methods …, named Zorb": what the proposal puts forward, "a" new thing, is
  // named; earlier work inside a phrase of a preposition ("for existing methods") qualifies something else, not the
  // named thing ("… improves the previously proposed optimizer named Quorbam").
  const indefinite = () => verb !== null && /^\s+(?:a|an)\s/i.test(sentence.slice(verb.index + verb[0].length));
  for (const m of lexicon.cues.namingWord.test(sentence) ? sentence.matchAll(lexicon.cues.naming) : []) {
    const before = sentence.slice(Math.max(0, m.index - 80), m.index);
    // (Earlier work named before the proposal's verb is what the proposal builds on: "Building on the recently
    // proposed Quib, we devise a new approach, termed Zorb".)
    const sinceVerb =
      verb !== null && verb.index < m.index ? sentence.slice(Math.max(verb.index, m.index - 80), m.index) : before;
    const proposed =
      verb !== null &&
      verb.index < m.index &&
      indefinite() &&
      !lexicon.cues.priorWork.test(sinceVerb.replace(PREPOSITIONAL_PRIOR, ""));
    if (!proposed && lexicon.cues.priorWork.test(before)) continue;
    // "the so-called Quorb test", "the so-termed Zorb error": a name others gave.
    if (/(?<!\p{L})so[- ]$/iu.test(sentence.slice(Math.max(0, m.index - 4), m.index))) continue;
    const rest = sentence.slice(m.index + m[0].length).replace(/^the\s+/i, "");
    if (enumeratesOthers(sentence.slice(0, m.index), rest)) continue;
    // "namely, the Long Form (LF)": the abbreviation stands for it.
    if (abbreviations.some((a) => rest.replace(/^["“`']+/, "").startsWith(a.long))) continue;
    const phrase = namedPhrase(rest, lexicon);
    // "we call the resulting folding method (QLRF)": the name is the acronym the description goes by.
    const short =
      phrase && /^\p{Ll}/u.test(phrase)
        ? parenthesisedName(rest.slice(rest.indexOf(phrase) + phrase.length), lexicon)
        : null;
    const name = short ?? phrase;
    // "(referred to as a pixel patch)": a kind with its article names no one thing.
    if (name && /^an?\s/i.test(name)) continue;
    // "namely" also means "that is", and "named" is an adjective in "named entity
    // recognition": after either, only a capitalised or name-like phrase counts.
    const ambiguous = /^(?:namely|named)\b/i.test(m[0]);
    if (name && ambiguous && !/^\p{Lu}/u.test(name) && !looksLikeName(name.split(" ")[0] ?? "")) continue;
    // "using two architectures, namely Zorb and Quib": after a use, where nothing is put forward or called new,
    // "namely" lists what the paper uses.
    const fresh = verb !== null || /\b(?:our|new|novel)\b/i.test(before);
    if (/^namely\b/i.test(m[0]) && !fresh && USED_BEFORE.test(before.slice(-60))) continue;
    // "an optimizer called Zorb (Quib et al., 2025)": the citation says whose it is.
    if (name && CITED_AFTER.test(rest.slice(rest.indexOf(name) + name.length))) continue;
    if (name) add(name, "phrase");
  }
  // "a novel Adaptive Fusion method", wherever the sentence says it: the paper's own, named.
  for (const m of sentence.matchAll(/\b(?:a|an|our)\s+(?:new|novel)\s+(?=\p{Lu})/gu)) {
    const name = titledKind(sentence.slice(m.index + m[0].length), lexicon);
    if (name) add(name, "phrase");
  }
  fromProposal(sentence, verb, lexicon, add);
  // "we propose that … and introduce Zorb, a …": a second verb of the same subject puts forward a name too.
  if (verb === null) return;
  const after = sentence.slice(verb.index + verb[0].length);
  for (const m of after.matchAll(/\band\s+(?:then\s+|also\s+|further\s+)?/g)) {
    // The first verb's subject still: no relative clause or earlier work between them, and the same tense.
    if (/\b(?:which|who|whose|following|by)\b/i.test(after.slice(0, m.index))) break;
    const rest = after.slice(m.index + m[0].length);
    const second = lexicon.cues.proposalFirst.exec(rest);
    if (second && /ed$/i.test(second[0]) === /ed$/i.test(verb[0])) fromProposal(rest, second, lexicon, add);
  }
  // "we propose a data engine … to construct Quib-40k, a balanced dataset": what the proposal serves to make, named
  // and set off as a new thing of a kind.
  for (const m of after.matchAll(/\bto\s+(?=(?:construct|build|create|curate|develop|design)\s)/g)) {
    if (/\b(?:which|who|whose|following)\b/i.test(after.slice(0, m.index))) break;
    const rest = after.slice(m.index + m[0].length);
    const second = lexicon.cues.proposalFirst.exec(rest);
    if (second?.index === 0 && KIND_APPOSED.test(rest.slice(second[0].length)))
      fromProposal(rest, second, lexicon, add);
  }
}

// A name, then an apposition of its kind: " Quib-40k, a balanced instruction-tuning dataset".
const KIND_APPOSED = new RegExp(
  String.raw`^\s+${TITLED_NAME},\s+(?:a|an)\s+` +
    String.raw`(?:(?!(?:public|existing|standard|widely|popular|well-known)\b)[\p{L}-]+\s+){0,4}?` +
    String.raw`(?:dataset|benchmark|corpus|suite|library|toolkit|model|framework|environment)\b`,
  "u",
);

// A verb of use, then words up to a naming word: "using two architectures, namely".
const USED_BEFORE = /\b(?:us(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|employ(?:s|ed|ing)?)\b[^.;]*$/i;

// A citation right after a name: "(Quib et al., 2025)", "(Quib, 2024)", "(Quib and Vexa 2024)", "(2025)", "[12]".
const CITED_AFTER = new RegExp(
  String.raw`^\s*(?:\([^()]{0,80}?\bet al\b[^()]{0,20}\)|` +
    String.raw`\(\s*(?:\p{Lu}[\p{L}-]+(?:\s+(?:and|&)\s+\p{Lu}[\p{L}-]+)?,?\s+)?(?:19|20)\d{2}[a-z]?\s*\)|` +
    String.raw`\[\d+(?:\s*[,–-]\s*\d+)*\])`,
  "u",
);

/**
 * Names of several families listed after a naming word enumerate what the paper uses or compares: "seven models,
 * namely Zorb-2B, Quib-7B and Flan-3", "three datasets, namely Quorbset, Zorbset, and Gridset". One family's names
 * are the paper's variants ("namely Zorb-S, Zorb-M and Zorb-L"), and the parts of its own work are its own.
 */
function enumeratesOthers(before: string, rest: string): boolean {
  // Only a list enumerates: a first item and its comma (most naming words give one name, which this passes by).
  if (!/^[\p{Lu}\p{N}][^,]{0,40},/u.test(rest)) return false;
  // The paper's own parts: "our framework has three modules, namely …".
  if (/\bour\b/i.test(before) || /\b(?:modules|components|stages|parts|variants)\W*$/i.test(before)) return false;
  const items: string[] = [];
  for (const part of rest.slice(0, 240).split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)) {
    const item = part.trim();
    if (!/^[\p{Lu}\p{N}]/u.test(item) || item.split(/\s+/).length > 3) break;
    items.push(item);
  }
  const stem = (name: string) => /^\p{L}+/u.exec(name)?.[0].toLowerCase() ?? name;
  return items.length >= 3 && new Set(items.map(stem)).size > 1;
}

/** The name right after a sentence's proposal verb ("we propose X"), if it has one. */
function fromProposal(
  sentence: string,
  verb: RegExpExecArray | null,
  lexicon: Lexicon,
  add: (n: string, v: FoundMethod["via"], variant?: boolean) => void,
): void {
  if (verb === null) return;
  const after = sentence
    .slice(verb.index + verb[0].length)
    .trim()
    .replace(/^(?:here|in this (?:paper|work)|,)\s*/i, "");
  const name = proposedName(after, lexicon);
  if (!name) return;
  const rest = after.slice(after.indexOf(name) + name.length);
  // "We introduce Quib, a well-known decoding strategy, into …": a name the apposition says others know.
  if (KNOWN_APPOSED.test(rest)) return;
  add(name, "phrase");
  const second = coordinatedName(rest, lexicon);
  if (second) add(second, "phrase");
  // Listed apart, names alike are several ("Zorb2, ZorbR and ZorbR2"), not one misspelt.
  for (const other of listedBeforeKind(name, rest, lexicon)) add(other, "phrase", true);
  for (const part of introducedParts(rest, lexicon)) add(part, "phrase");
}

// The proposal's name, then a clause of what it brings: "Zorb (Zorb Net), which introduces …".
// Or its apposition, then such a clause: "Zorb+, an enhanced framework that introduces a novel Quib Expert …".
// Or a participle of the same: "the Zorb method, integrating Quib Regularization (QR) and …".
const WHICH_INTRODUCES = new RegExp(
  String.raw`^\)?\s*(?:\([^()]*\)\s*)?(?:\s*(?:method|framework|approach|model))?,\s*` +
    String.raw`(?:(?:an?\s+(?:[\p{Ll}-]+\s+){0,8})?` +
    String.raw`(?:which|that)\s+(?:introduces|incorporates|integrates|features|comprises|combines)|` +
    String.raw`integrating|incorporating|combining|comprising|featuring)\s+(?:an?\s+(?:novel\s+|new\s+)?)?`,
  "u",
);
// An item of that clause: its capitalised words, then a comma, "and", "to", "for", "with" or the end.
const INTRODUCED_ITEM = new RegExp(
  String.raw`^(?:and\s+)?(${TITLED_RUN}|${TITLED_NAME})(?=\s*(?:,|$)|\s+(?:and|to|for|with|\p{Ll}+ing)\s)`,
  "u",
);

/**
 * "we propose Zorb, which introduces Global Quib LoRA, Local Quib LoRA and Layer Quib LoRA to …": the parts the
 * proposed work brings, each in capitalised words (not a name the lexicon knows or other papers write).
 */
function introducedParts(rest: string, lexicon: Lexicon): string[] {
  const clause = WHICH_INTRODUCES.exec(rest);
  if (!clause) return [];
  const parts: string[] = [];
  for (const item of rest.slice(clause[0].length).split(/,\s*|\s+(?=and\s)/)) {
    // A part spelled out with its acronym goes by the acronym: "Quib-aware Parameter Regularization (QPR)".
    const plain = item.trim().replace(/^and\s+/, "");
    const spelled = PART_ACRONYM.exec(plain)?.[0];
    if (spelled !== undefined && parenthesisedName(plain.slice(spelled.length), lexicon) !== null) {
      const short = spelledPart(plain, spelled, lexicon);
      // (Another's stops the list: what follows may be others' too.)
      if (short === null) break;
      parts.push(short);
      continue;
    }
    const name = INTRODUCED_ITEM.exec(item.trim())?.[1];
    // A part described in lower case may come before: "combines group-aware analysis, …, and a learnable … (QBQ)".
    if (name === undefined && !/\p{Lu}/u.test(item)) continue;
    if (name === undefined) break;
    // Shaped as a name: one word of it at least ("Global Shared QuibLoRA"), not a field's ordinary words
    // ("Reinforcement Learning").
    const shaped = name.split(/\s+/).some((w) => looksLikeName(w));
    if (!shaped || isKnownName(name, lexicon) || namedElsewhere(name, lexicon)) break;
    if (!namesNothing(name.split(" "), lexicon)) parts.push(name);
  }
  return parts;
}

// An apposition saying what a name is, as others know it: ", a well-known strategy", ", the standard method".
const KNOWN_APPOSED = new RegExp(
  String.raw`^\s*[,:]\s+(?:a|an|the)\s+(?:(?:well|widely|commonly)[- ])?` +
    String.raw`(?:known|popular|standard|classic(?:al)?|established|used|adopted)(?![\w-])`,
  "i",
);

// Names listed after a first one, then the kind they all are: "(Zorb,) Zorb2 and ZorbR algorithms".
const LISTED_KIND = new RegExp(String.raw`^((?:,\s*${TITLED_NAME})*),?\s+and\s+(${TITLED_NAME})\s+(\p{Ll}+s)\b`, "u");

/** The other names of a list the proposal's first name opens, ending in their kind: "Zorb, Zorb2 and ZorbR methods". */
function listedBeforeKind(first: string, rest: string, lexicon: Lexicon): string[] {
  const m = LISTED_KIND.exec(rest);
  if (!m || !lexicon.cues.contributionHead.test(m[3] ?? "")) return [];
  const names = [...(m[1] ?? "").split(/\s*,\s*/).filter(Boolean), m[2] ?? ""];
  // One family's names, sharing their first three letters: "Zorb2, ZorbR and ZorbR2", not "Zorb, Llama and Mistral".
  const stem = first.slice(0, 3).toLowerCase();
  const named = (n: string) =>
    n.toLowerCase().startsWith(stem) &&
    (looksLikeName(n) || (/^\p{Lu}\p{Ll}+$/u.test(n) && !isOrdinary(n.toLowerCase(), lexicon))) &&
    !isGeneric(n, lexicon) &&
    !lexicon.notNames.has(n.toLowerCase());
  return names.every(named) ? names : [];
}

// The second name after a first and its apposition ("…, a dataset of images, and Quillbench, a …"), or right after
// "and" ("ZorbNet (ZN) and QuillNet.").
const APPOSED_SECOND = new RegExp(String.raw`^,\s+(?:a|an)\s[^.;()]*?,\s+and\s+(${TITLED_NAME}),\s+(?:a|an)\s`, "u");
// (Each may be glossed in parentheses before the kind they both are: "Zorb (tasks) and Quib (traces) benchmarks".)
const JOINED_SECOND = new RegExp(
  String.raw`^(?:\s*\([^()]*\))?\s+(?:and|&)\s+(${TITLED_NAME}(?:${RELEASE_APART})?)` +
    String.raw`(?=\s*(?:[,.;:]|$)|\s*\([^()]*\)\s+\p{Ll}+s\b)`,
  "u",
);

// Or after a first name's phrase of "with", another "with" after the second: "Quib-LoRA with adaptive ranks and
// Quib-Adapter with adaptive kernels" (a phrase of purpose, "Zorb for segmentation and Vexaset for evaluation", may
// set a dataset used beside the proposal).
const PARALLEL_SECOND = new RegExp(String.raw`^\s+with\s+(?:[\p{Ll}-]+\s+){1,4}and\s+(${TITLED_NAME})\s+with\b`, "u");

/**
 * A second name joined to a proposed one by "and" or "&" and set off after it ("a remedy, Zorb and Quib, that …",
 * "we propose ZorbNet (ZN) and QuillNet."): a capitalised word the paper never writes in lower case, or a name.
 * Before a parenthesis the two are one name: "Divide and Merge (DAM)".
 */
function coordinatedName(rest: string, lexicon: Lexicon): string | null {
  const m = APPOSED_SECOND.exec(rest) ?? JOINED_SECOND.exec(rest);
  // (A parallel second name is the paper's only when no other paper of the collection writes it.)
  const parallel = m === null ? PARALLEL_SECOND.exec(rest)?.[1] : undefined;
  if (parallel !== undefined && namedElsewhere(parallel, lexicon)) return null;
  const name = m?.[1] ?? parallel ?? "";
  if (!name || isGeneric(name, lexicon) || lexicon.notNames.has(name.toLowerCase())) return null;
  if (lexicon.cues.adjectiveSuffix.test(name)) return null;
  return looksLikeName(name) || (/^\p{Lu}\p{Ll}+$/u.test(name) && !isOrdinary(name.toLowerCase(), lexicon))
    ? name
    : null;
}

/** Words that are all generic terms or words the lexicon says are no names ("Deep Neural Network"). */
const namesNothing = (words: string[], lexicon: Lexicon): boolean =>
  words.every((w) => isGeneric(w, lexicon) || lexicon.notNames.has(w.toLowerCase()));

// A word coined in mixed case: capitals inside a word that has lower-case letters ("QuibEdit", "ViQTGen").
const COINED_WORD = /^\p{Lu}(?=[\p{L}\p{N}]*\p{Lu})(?=[\p{L}\p{N}]*\p{Ll})[\p{L}\p{N}]+$/u;

/**
 * Capitalised words at the start of `text` followed by a head noun in lower
 * case ("Heavy Thinking mode", "Adaptive Long-short CoT Fusion method"): the
 * words, a name for the kind of thing the head says.
 */
function titledKind(text: string, lexicon: Lexicon): string | null {
  const m = /^((?:\p{Lu}[\p{L}\p{N}-]*\s+){1,4})(\p{Ll}+)\b/u.exec(text);
  if (!m || !lexicon.cues.contributionHead.test(m[2] ?? "")) return null;
  const name = (m[1] ?? "").trim();
  // "an NTK-based method": a kind described by a name, not named.
  if (name.split(" ").some((w) => lexicon.cues.adjectiveSuffix.test(w))) return null;
  // One word before the head is the kind's field, not a name: "a novel RBN algorithm"; unless it is coined in mixed
  // case, as no field is: "a new QuibEdit dataset".
  const coined =
    COINED_WORD.test(name) &&
    !isGeneric(name, lexicon) &&
    !isKnownName(name, lexicon) &&
    // (Not a product or a field other texts write, nor an ordinary word in capitals: "YouTube", "DeepFake".)
    !namedElsewhere(name, lexicon) &&
    !isOrdinary(name.toLowerCase(), lexicon);
  if (!name.includes(" ") && !coined) return null;
  if (namesNothing(name.split(" "), lexicon)) return null;
  return name;
}

/**
 * Capitalised words whose last is a head noun, then an apposition or the sentence's end ("Adaptive Relaxation
 * Strategy, which …", "Gradient Folding Method (GFM)"): the paper writes the kind of thing as part of the name.
 */
function titledHead(text: string, lexicon: Lexicon): string | null {
  const m = /^((?:\p{Lu}[\p{L}\p{N}-]*\s+){1,4}(\p{Lu}\p{Ll}+))\s*(?:,|\(|\bwhich\b|\bthat\b|\.(?:\s|$))/u.exec(text);
  if (!m || !lexicon.cues.contributionHead.test(m[2] ?? "")) return null;
  const name = m[1] ?? "";
  const words = name.split(" ");
  if (words.some((w) => lexicon.cues.adjectiveSuffix.test(w))) return null;
  if (namesNothing(words, lexicon)) return null;
  // Initials that spell a family's acronym are that family ("Large Language Model"), unless the head names a part
  // no family is ("Dispersion Loss" is no DL).
  if (!PART_HEAD.test(m[2] ?? "") && abbreviatedFamily(name, lexicon)) return null;
  // "a Cycle-Consistent Adversarial Network (CycleGAN) approach": a kind of approach that uses it, not named.
  const head = /^\s*\([^()]*\)\s+(\p{Ll}+)/u.exec(text.slice(name.length))?.[1];
  if (head && lexicon.cues.contributionHead.test(head)) return null;
  return name;
}

const KIND_THEN_NAME = new RegExp(
  String.raw`^(?:(?:a|an)\s+)?(?:(?:new|novel),?\s+)?` +
    String.raw`(?:(?!(?:of|for|on|to|with|by|from|in|the|used|released|known|existing)\b)[\p{Ll}-]+,?\s+){0,6}` +
    String.raw`([\p{Ll}-]+)[,:]\s+(?:the\s+)?` +
    String.raw`(${TITLED_NAME}(?:\s+${TITLED_NAME}){0,3})` +
    String.raw`(?=\s*(?:[,.;:(]|which\b|that\b|whose\b|$)|\s+(?:and|&)\s+\p{Lu}[\p{L}\p{N}-]*\s*[,.;:])`,
  "u",
);

/**
 * A lower-case description ending in a head noun, then a capitalised name set off by a comma or colon ("a new
 * optimizer, Zorb, that …", "a novel compression algorithm: Hyper-Comp, whose …"): the name of what was described.
 */
function kindThenName(text: string, lexicon: Lexicon): string | null {
  const m = KIND_THEN_NAME.exec(text);
  if (!m || !lexicon.cues.contributionHead.test(m[1] ?? "")) return null;
  const name = m[2] ?? "";
  const words = name.split(/\s+/);
  if (words.some((w) => lexicon.cues.adjectiveSuffix.test(w))) return null;
  if (namesNothing(words, lexicon)) return null;
  return parenthesisedName(text.slice(m[0].length), lexicon) ?? name;
}

// An enumeration's first mark after a colon ("(1)", "(i)", "(a)", "1)"), and an item's capitalised words set off after
// it.
// A relative clause before the colon ("a benchmark, which evaluates …: (1) …") lists its subject's parts, not the
// proposal's.
// Or right after the verb: "Zorb introduces (1) a Quib Adapter (QA) module …; (2) …".
// (Unless the clause says what the proposal is made of: ", which incorporates three techniques: 1) …".)
const FIRST_ITEM = new RegExp(
  String.raw`^(?:(?:(?!\b(?:which|that|where|whose)\b)[^.;])*?:|\p{L}+|` +
    String.raw`[^.;]*?\b(?:which|that)\s+` +
    String.raw`(?:incorporates|introduces|comprises|features|integrates)` +
    String.raw`\s+(?:(?!(?:baselines?|existing|prior|previous|standard|representative)\b)[\p{L}-]+\s+){0,3}?` +
    String.raw`${LIST_KIND}\s*:)\s*\(?\s*(1|i|a)\s*\)`,
  "iu",
);
// Several capitalised words end at a comma, a colon, a parenthesis, a dash, "with" ("(2) Quorb Pruning with an exit")
// or the item's full stop ("1) Quorb Swapping. 2) …"); one word not at a full stop (a sentence may open the item:
// "(1) Accuracy.").
// Up to four capitalised words: an item's name.
const ITEM_WORDS = String.raw`((?:\p{Lu}[\p{L}\p{N}-]*\s+){1,3}\p{Lu}[\p{L}\p{N}-]*)`;
const ITEM_NAME = new RegExp(String.raw`^\s*${ITEM_WORDS}\s*(?:[,:(]|(\.)(?:\s|$)|\s[—–-]\s|(?=\s+(with)\s))`, "u");
// In an enumeration right after the verb, or of the parts a lead names ("three modules: …"), an item after an article
// names a part by its capitalised words, then its acronym or what it does: "(2) a Quorb Cross Gate (QCG) layer that
// …", "(3) an HDR Quib Coupler that …", also after a word or two that describe it ("(1) a parameter-efficient Tiny
// Quib Network (TiQN) module").
const ITEM_PART = new RegExp(String.raw`^\s*an?\s+(${DESCRIBED})${ITEM_WORDS}(?=\s*\(|\s+(?:that|which)\s)`, "u");
// The kinds of parts a list of the paper's techniques names before its colon ("three components: …").
const PART_KINDS = new RegExp(String.raw`\b${LIST_KIND}\b`, "i");
const ITEM_WORD = /^\s*(\p{Lu}[\p{L}\p{N}-]*)\s*(?:[,:(]|\s[—–-]\s)/u;

// Verbs saying what a work is made of, then the kind of parts: "Zorb comprises two components", "Zorb features two
// key innovations" (not "Zorb has three advantages", "Zorb includes three baselines").
// Or a verb of composition right before the list's colon: "Zorb consists of: (1) …".
const MADE_OF = new RegExp(
  String.raw`\b(?:(?:${COMPOSED}|features|contains|includes|encompass(?:es)?|has|integrates)\s+` +
    String.raw`(?:[\w-]+\s+){0,3}?${LIST_KIND}\b|` +
    String.raw`${COMPOSED_COLON})`,
  "i",
);

// A verb of what a work is made of right before its list: "Zorb consists of: (1) …", "It comprises: (i) …".
const MADE_OF_COLON = new RegExp(String.raw`\b${COMPOSED_COLON}`, "i");

/** The marks of an enumeration that starts with `first`: 1, 2, 3 …; i, ii, iii …; a, b, c …. */
function marks(first: string): string[] {
  if (first === "1") return ["1", "2", "3", "4", "5", "6", "7", "8", "9"];
  if (first.toLowerCase() === "i") return ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
  return [..."abcdefghi"];
}

/**
 * The names of the items a proposal enumerates after a colon, from the proposal verb at `from` on: each item's
 * capitalised words, set off by a comma, colon, dash or parenthesis, for as long as the marks run in order
 * ("(1) Token Pruning, which …. (2) Pattern Guessing, using …"). An item in lower case is a description.
 */
function listedItems(abstract: string, from: number, lexicon: Lexicon): string[] {
  const first = FIRST_ITEM.exec(abstract.slice(from));
  if (!first) return [];
  const names: string[] = [];
  let at = from + first[0].length;
  // An item that is a whole sentence in Title Case ("(1) Bigger Is Better.") is a finding, unless the lead says
  // the items are the work's parts or the item ends in a kind ("1) Quorb Swapping Module.").
  const partsListed = PART_KINDS.test(first[0]) || MADE_OF_COLON.test(first[0]);
  const afterVerb = !first[0].includes(":");
  for (const mark of marks(first[1] ?? "1").slice(1)) {
    const rest = abstract.slice(at);
    const name =
      afterVerb || partsListed ? articledPart(rest, partsListed, lexicon) : titledItem(rest, partsListed, lexicon);
    if (name) names.push(parenthesisedName(rest.slice(rest.indexOf(name) + name.length), lexicon) ?? name);
    const next = nextMark(rest, mark, /\(\s*\S+\s*\)$/.test(first[0]));
    if (!next) break;
    at += next;
  }
  return names;
}

/**
 * An item after an article that names a part (in an enumeration right after the verb, or of parts its lead names):
 * not a family's name, a known one or words naming nothing. Without an article, the item's capitalised words.
 */
function articledPart(rest: string, partsListed: boolean, lexicon: Lexicon): string | null {
  const [, described = "", part] = ITEM_PART.exec(rest) ?? [];
  if (part === undefined) return titledItem(rest, partsListed, lexicon);
  const words = part.split(" ");
  // After words that describe it, ordinary words name a variant of a known technique ("a decoupled Batch Whitening
  // (BW) update"), not a part of the paper's own. (A part of ordinary words so described is lost with them: "a
  // lightweight Temporal Fusion Module (TFM)"; without the describing word it is read.)
  const ordinary = described !== "" && words.every((w) => isOrdinary(w.toLowerCase(), lexicon));
  return ordinary || abbreviatedFamily(part, lexicon) || isKnownName(part, lexicon) || namesNothing(words, lexicon)
    ? null
    : part;
}

/**
 * An item's capitalised words, or one word shaped as a name ("Quib-VQ", "RQ-Former"). At a full stop or before
 * "with" the words may be a sentence or a field: only in a list of parts (`partsListed`), or ending in a kind.
 */
function titledItem(rest: string, partsListed: boolean, lexicon: Lexicon): string | null {
  const item = ITEM_NAME.exec(rest);
  const atStop = item?.[2] !== undefined || item?.[3] !== undefined;
  const headed = (words: string) => lexicon.cues.contributionHead.test(words.split(/\s+/).at(-1) ?? "");
  const titled = item?.[1] && (!atStop || partsListed || headed(item[1])) ? item[1] : undefined;
  const name = titled ?? ITEM_WORD.exec(rest)?.[1];
  return name &&
    (name.includes(" ") || looksLikeName(name)) &&
    !isGeneric(name, lexicon) &&
    !(atStop && abbreviatedFamily(name, lexicon)) &&
    !namesNothing(name.split(" "), lexicon)
    ? name
    : null;
}

// A count and the kind of parts it announces, then the first mark of their enumeration (after a colon, or opening the
// next sentence): "three key components: (1)", "two complementary mechanisms. (i)", "a three-stage process: (1)".
const PARTS_COUNTED = new RegExp(
  String.raw`\b(?:(?:${COUNT_WORDS})\s+(?:[\p{L}-]+\s+){0,3}?${LIST_KIND}|` +
    String.raw`(?:${COUNT_WORDS})-(?:stage|step|phase|part)\s+(?:[\p{L}-]+\s+){0,2}?` +
    String.raw`(?:process|pipeline|procedure|framework|approach))\s*[:.]\s*(\(\s*(?:1|i)\s*\)|(?:1|i)\))`,
  "giu",
);
// An item's name: capitalised words (small words between them), or one word, up to what the item goes on with: a
// mark of punctuation, a dash or a word in lower case ("(1) Quib Folding assigns …", "(2) Vexa-Net, a …", "(3)
// ZorbSys for …").
const ITEM_LEAD = new RegExp(
  String.raw`^\s*((?:\p{Lu}|\p{N}+\p{L})[\p{L}\p{N}-]*\+*(?:\s+(?:(?:of|for|with|via|and|to|in|on)\s+)?` +
    String.raw`\p{Lu}[\p{L}\p{N}-]*\+*){0,5})(?=\s*[,:;.(]|\s+[—–-]\s|\s+\p{Ll})`,
  "u",
);

// Words that make the parts a sentence lists another's: baselines, earlier work.
const OTHERS_WORK = /\b(?:baselines?|prior|existing|previous)\b/i;
// An enumeration's first mark: "1)", "(1)", "i)", "(i)".
const FIRST_MARK = /(?:1|i)\s*\)/;
// How far past a sentence's end its enumeration's first mark may stand: a space and "( i )".
const MARK_AHEAD = 8;

/**
 * A sentence of the paper's work: one that states it (its role), or whose subject is the paper's named work (after a
 * short clause: "To do so, Zorb …") or, once the work is put forward, the work named by its kind or "it".
 */
function ofOwnWork(sentence: Sentence, own: FoundMethod[], lexicon: Lexicon): boolean {
  return (
    sentence.role !== null ||
    ownSubject(sentence.text, own, lexicon.cues, true) !== null ||
    (sentence.afterProposal && /^(?:it|this|the proposed|our)\s/i.test(sentence.text))
  );
}

/**
 * The names of the parts a sentence of the paper's work counts out and enumerates, every item led by its name
 * ("It has three components: (1) Quib Folding assigns …; (2) Vexa Scaling uses …; (3) ZorbNorm, a …").
 * All of them or none: an item led by an ordinary word, a family or a known name makes the list something else
 * (findings, questions, tasks of others).
 */
function countedParts(
  abstract: string,
  sentences: readonly Sentence[],
  own: FoundMethod[],
  lexicon: Lexicon,
): string[] {
  const out: string[] = [];
  for (const sentence of sentences) {
    // (The first mark may open the next sentence: the count's full stop, a space and the mark are read too.)
    const text = abstract.slice(sentence.start, sentence.start + sentence.text.length + MARK_AHEAD);
    // (Most sentences hold no first mark at all: looked for before the rest.)
    if (!FIRST_MARK.test(text) || !ofOwnWork(sentence, own, lexicon)) continue;
    for (const m of text.matchAll(PARTS_COUNTED)) {
      const lead = text.slice(0, m.index + m[0].length);
      if (COMPARED_WITH.test(lead) || OTHERS_WORK.test(lead)) continue;
      const names = enumeratedNames(abstract, sentence.start + m.index + m[0].length, m[1] ?? "", lexicon);
      if (names !== null) out.push(...names);
    }
  }
  return out;
}

/** Each item's leading name, from the text after the first mark on, or null when an item is led by no name. */
function enumeratedNames(abstract: string, from: number, first: string, lexicon: Lexicon): string[] | null {
  const parenthesised = first.startsWith("(");
  const names: string[] = [];
  let items = 0;
  let at = from;
  for (const mark of marks(/i/i.test(first) ? "i" : "1").slice(1)) {
    items++;
    const rest = abstract.slice(at);
    const name = ITEM_LEAD.exec(rest)?.[1];
    if (name === undefined) return null;
    const words = name.split(/\s+/);
    // One word is a name by its shape ("QuibPop", "Zorb3"); several, unless they name nothing or spell out a family
    // or a field ("Supervised Fine-Tuning"; not any term's initials: "Trace-Norm Rescaling" is no true negative rate).
    const family = lexicon.families.has(initialsOf(name).toLowerCase());
    if (words.length === 1 ? !looksLikeName(name) : namesNothing(words, lexicon) || family) return null;
    if (isGeneric(name, lexicon) || isKnownName(name, lexicon)) return null;
    // ("(2) Quib Scaling (QS) Autoencoder is …", "(2) Vexa (VX)-Tuned Zorbs": the words are a longer name's first,
    // which is not read.) (Its acronym, where one follows, is the name: "(1) Quib Folding (QF) assigns …".)
    const after = rest.slice(rest.indexOf(name) + name.length);
    if (!/^\s*\([^()]*\)[\s-]+\p{Lu}/u.test(after)) names.push(parenthesisedName(after, lexicon) ?? name);
    const next = nextMark(rest, mark, parenthesised);
    if (next === null) break;
    at += next;
  }
  return items >= 2 ? names : null;
}

/**
 * Where the text after an item's mark `mark` starts, or null: "(2)" when the first mark was in parentheses, else
 * "2)" after a space or a stop, outside any parenthesis ("see Fig. 2)", "(Llama 2)", "O(n^2)" mark nothing).
 */
function nextMark(rest: string, mark: string, parenthesised: boolean): number | null {
  const pattern = parenthesised
    ? new RegExp(`\\(\\s*${mark}\\s*\\)`, "gi")
    : new RegExp(`(?<=^|\\s)\\(?${mark}\\)`, "gi");
  for (const m of rest.matchAll(pattern)) {
    const before = rest.slice(0, m.index);
    const open = (before.match(/\(/g)?.length ?? 0) - (before.match(/\)/g)?.length ?? 0);
    if (parenthesised || open <= 0) return m.index + m[0].length;
  }
  return null;
}

const PASSIVE_PROPOSAL = new RegExp(
  String.raw`^(?:In this (?:paper|work|study),\s*)?` +
    // "A new dataset, Zorbset, is presented": a new thing's kind, then its name.
    String.raw`(?:[Aa]n?\s+(?:new|novel)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+),\s+)?` +
    String.raw`(\p{Lu}[\p{L}\p{N}+-]*(?:\s+\p{Lu}[\p{L}\p{N}+-]*){0,3})(?:\s*\(([^()\s]{2,20})\))?,?` +
    String.raw`\s+(?:is|are)\s+(?:(?:first|newly|hereby)\s+)?(?:proposed|introduced|presented)\b` +
    // "Zorb is introduced as the source", "… into the decoder": a thing put to use, not put forward.
    String.raw`(?!\s+(?:as|into)\b)(?!\s+in\s+(?!this\b))`,
  "u",
);

/**
 * A sentence that opens with a name, perhaps after a new thing's kind, and says, in the present tense, that it is
 * proposed ("Zorbit is proposed to fix drift", "A new dataset, Zorbset, is presented"): the paper's own. "Was
 * proposed" tells of earlier work.
 */
function passiveProposal(sentence: string, lexicon: Lexicon): string | null {
  const m = PASSIVE_PROPOSAL.exec(sentence);
  if (!m) return null;
  const [, kind, name = "", short] = m;
  if (kind !== undefined && !lexicon.cues.contributionHead.test(kind)) return null;
  if (short && looksLikeName(short) && !isGeneric(short, lexicon)) return short;
  // One word must look like a name ("Zorbit"), several be capitalised alike ("Deep Tether"); never a generic one.
  if (isGeneric(name, lexicon) || lexicon.notNames.has(name.toLowerCase())) return null;
  if (lexicon.knownWords.has(name.toLowerCase())) return null;
  if (!name.includes(" ") && !looksLikeName(name) && isOrdinary(name.toLowerCase(), lexicon)) return null;
  if (/^(?:this|the|a|an|our|it|we)\b/i.test(name)) return null;
  return name;
}

/** "X (Y)" right after a proposal: Y is the short name the paper goes by. */
function parenthesisedName(after: string, lexicon: Lexicon): string | null {
  const name = /^\s*\(([^()\s]{2,20})\)/.exec(after)?.[1];
  if (!name || !looksLikeName(name) || isGeneric(name, lexicon)) return null;
  return name;
}

/** After "called/termed": a name token, or a short phrase up to punctuation. */
function namedPhrase(text: string, lexicon: Lexicon): string | null {
  const quoted = /^(?:(?:a|an|the)\s+)?(?:["“]|``|')([^"”'`]{2,60})(?:["”]|''|')/.exec(text)?.[1];
  if (quoted) return quoted;
  // "called (Quill)": the name in parentheses.
  const bracketed = /^\(([^()\s]{2,30})\)/.exec(text)?.[1];
  if (bracketed && (/^\p{Lu}/u.test(bracketed) || looksLikeName(bracketed))) return bracketed;
  // "we call this proposed algorithm Zorb+": the describing words in lower case before a name are not the name.
  const described = /^(?:[\p{Ll}-]+\s+){1,2}(?=\p{Lu}|[\p{L}\p{N}]*\p{Ll}\p{Lu})/u.exec(text)?.[0] ?? "";
  if (described && !/^(?:a|an|the)\s/i.test(described)) text = text.slice(described.length);
  const phrase = /^([\p{L}\p{N}][\p{L}\p{N}\-+.'’/]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}\-+'’/]*){0,4})/u.exec(text)?.[1];
  if (!phrase) return null;
  const words: string[] = [];
  for (const w of phrase.split(/\s+/)) {
    if (
      words.length > 0 &&
      /^(?:that|which|to|for|and|or|with|in|on|by|as|is|are|where|whose|while|using|from|can|the|a|an)$/i.test(w)
    )
      break;
    // A name ends at the first word in lower case: "called MeanFlow model", "named Channel Selection Attention
    // module". One plain capitalised word goes on, as an eponym's term does ("Bellman error").
    const named = words.length > 1 || looksLikeName(words[0] ?? "");
    if (named && words.every((x) => /^[\p{Lu}\p{N}]/u.test(x)) && /^\p{Ll}+$/u.test(w)) break;
    words.push(w.replace(/[.]$/, ""));
  }
  const name = words.join(" ");
  if (!name || lexicon.functionWords.has(name.toLowerCase())) return null;
  if (/^(?:our|this|these|its|their|it|them|such)\b/i.test(name)) return null;
  // A lower-case description longer than three words is prose, not a name.
  if (words.length > 3 && !words.some((w) => /\p{Lu}/u.test(w))) return null;
  return name;
}

// Words that end a proposal's description unless they follow its head noun ("a method for …"):
// a relative word or a preposition starts what the description is about, not its name.
const DESCRIPTION_ENDS = new RegExp(
  "^(?:that|which|to|for|where|with|based|using|by|in|on|of|and|between|among|across|against|within|upon|over|" +
    "under|via|from|into|through|towards?|than|as|at|about|after|before|during|without|beyond)$",
  "i",
);

/** After "we propose": a name right away, or after a short description ending in a head noun. */
// A word saying the name before it is the tool a work is written in or for: "a PyTorch implementation".
const BUILT_WITH = /^(?:(?:re-?)?implementations?|port|wrappers?|bindings?|codebase)$/i;

// A phrase in double quotes, as TeX ("``…''") or typeset.
const OPEN_QUOTE = String.raw`(?:\x60\x60|["“])`;
const CLOSE_QUOTE = String.raw`(?:''|["”])`;
// A capitalised phrase in quotes soon after the verb: 'we propose a new "Zorb Transform"'.
const QUOTED_NAME = new RegExp(String.raw`^[^.;:]{0,60}?${OPEN_QUOTE}(\p{Lu}[^"”'\x60]{1,60})${CLOSE_QUOTE}`, "u");
// A lower-case phrase in quotes right after the verb, then an apposition or a clause that says what it is or does:
// 'we propose "split tuning", a …', '"split tuning", which …', '"look-back decoding" to …' (not a quoted word
// before its kind, which may be an adjective: 'a novel "plug-and-play" module').
const QUOTED_COINAGE = new RegExp(
  String.raw`^${OPEN_QUOTE}(\p{Ll}[\p{L}\p{N}-]*(?:\s[\p{L}\p{N}-]+){0,3}),?${CLOSE_QUOTE}` +
    String.raw`(?:,?\s+(?:a|an)\s|,\s*which\s|\s+to\s)`,
  "u",
);

function proposedName(text: string, lexicon: Lexicon): string | null {
  const quoted = QUOTED_NAME.exec(text)?.[1] ?? QUOTED_COINAGE.exec(text)?.[1];
  if (quoted) return quoted;
  // "we propose Householder Projector, a flexible …": capitalised words then an apposition.
  // A dimension may lead it: "3D Quill Folding (3DQF), a …".
  // (With "the", or a colon before the apposition: "we introduce the Quib-Vexa Loop: a novel metric".)
  // ("The" only before words a name is made of, or an apposition calling them new: "we present the Related Work,
  // which …" names a section, "we introduce the Vision Transformer, which …" a family others made.)
  const lead = /^the\s+/i.exec(text)?.[0] ?? "";
  const afterLead = TITLED_APPOSED.exec(text.slice(lead.length))?.[1];
  const article = lead && afterLead !== undefined && theNamed(afterLead, text.slice(lead.length), lexicon) ? lead : "";
  const titled = TITLED_APPOSED.exec(text.slice(article.length))?.[1];
  if (titled?.includes(" ")) return parenthesisedName(text.slice(article.length + titled.length), lexicon) ?? titled;
  // "we introduce a Heavy Thinking mode": capitalised words before the kind of thing they name.
  const described = text.replace(/^(?:(?:a|an|the)\s+)?(?:(?:new|novel)\s+)?/i, "");
  // "we design an Adaptive Relaxation Strategy, which …": capitalised words up to a capitalised head noun.
  const headed = titledHead(described, lexicon);
  if (headed) return parenthesisedName(described.slice(headed.length), lexicon) ?? headed;
  const kind = titledKind(described, lexicon);
  // "a Refinement Contrastive Learning framework (scRCL)": the short name it goes by.
  if (kind) return parenthesisedName(described.slice(kind.length).replace(/^\s*\p{Ll}+/u, ""), lexicon) ?? kind;
  // "we introduce robust-kbench, a new benchmark": a coined word then an apposition.
  const coined = /^([\p{Ll}\p{N}]+(?:-[\p{L}\p{N}]+)+),\s+(?:a|an)\s/u.exec(text)?.[1];
  if (coined) return coined;
  // "a new optimizer, Zorb, that …", "a novel compression algorithm: Hyper-Comp, whose …": a kind, then its name.
  const named = kindThenName(text, lexicon);
  if (named) return named;
  // "we introduce Zephyrs, a …", "we propose Meta-State, a …": one capitalised word or compound, then an
  // apposition.
  // (A capital alone may lead a compound: "Q-Margin"; a compound may take "which": "Quib-Bench, which …".)
  const apposed = SINGLE_APPOSED.exec(text);
  // (With a release, a word the paper writes in lower case is no name: "Algorithm 1, a greedy routine".)
  const released = apposed?.[2] !== undefined && isOrdinary((apposed[1] ?? "").toLowerCase(), lexicon);
  const single =
    (released || apposed === null ? undefined : `${apposed[1] ?? ""}${apposed[2] ?? ""}`) ??
    coinedBeforeWhich(text, lexicon);
  if (single && !isGeneric(single, lexicon) && !lexicon.notNames.has(single.toLowerCase())) return single;
  // A name with a script glued to it: "we propose Quib-$\alpha$, a …", "Zorb$_{CLS}$, an …".
  const base = /^\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*/u.exec(text)?.[0];
  const script = base === undefined ? undefined : SCRIPT_AFTER.exec(text.slice(base.length))?.[0];
  if (base && script && /^,\s+(?:a|an|the)\s/.test(text.slice(base.length + script.length))) return base + script;
  // "we propose Zorb, which …", "we introduce Quill: …": one capitalised word the paper never writes in lower case.
  // (Or with its release, and before a second name the apposition counts: "Zorb 2 and Quib M.1, two models".)
  const loneMatch = LONE_NAME.exec(text);
  const lone = loneMatch?.[1];
  if (
    lone &&
    !isGeneric(lone, lexicon) &&
    !lexicon.notNames.has(lone.toLowerCase()) &&
    !isOrdinary(lone.toLowerCase(), lexicon)
  )
    return (
      parenthesisedName(text.slice(lone.length + (loneMatch?.[2]?.length ?? 0)), lexicon) ??
      lone + (loneMatch?.[2] ?? "")
    );
  const tokens = text.split(/\s+/).slice(0, 14);
  for (const [i, raw] of tokens.entries()) {
    const token = raw.replace(/^[("“]+/, "").replace(/[),.;:"”]+$/, "");
    const clean = token.match(TOKEN)?.[0] ?? "";
    if (
      clean &&
      clean === token &&
      (looksLikeName(clean) || DIGIT_LED.test(clean)) &&
      !isGeneric(clean, lexicon) &&
      !lexicon.cues.adjectiveSuffix.test(clean)
    ) {
      const prev = (tokens[i - 1] ?? "").replace(/[,:]$/, "");
      const atStart = i === 0 || /^(?:a|an|the|new|novel)$/i.test(prev);
      // "a novel RBN algorithm": a kind of algorithm, not a name; "we propose the Zorb-Net framework" names one.
      const next = (tokens[i + 1] ?? "").replace(/[,.;:]$/, "");
      const headed = lexicon.cues.contributionHead.test(next);
      if (headed && !(i === 1 && /^the$/i.test(prev))) return null;
      // "a PyTorch implementation", "a JAX port": the tool the work is written with, not its name.
      if (BUILT_WITH.test(next)) return null;
      if (atStart || lexicon.cues.contributionHead.test(prev) || /[,:]$/.test(tokens[i - 1] ?? "")) {
        // Capitalised words right after the name are its words: "a novel SpatioQuib Expert integrating …".
        const words = /^(?:\s+\p{Lu}\p{Ll}+(?![\p{L}\p{N}-])){1,2}(?=\s+\p{Ll}|\s*[,.;:(]|$)/u.exec(
          text.slice(text.indexOf(raw) + clean.length),
        )?.[0];
        // So is a release set off by an apposition: "A.X K1, a 519B-parameter model", "Zorbum 2, an open model".
        const release = /^\s+\p{Lu}{0,2}\p{N}+(?:\.\p{N}+)*(?=,\s+(?:an?|the)\s)/u.exec(
          text.slice(text.indexOf(raw) + clean.length),
        )?.[0];
        const whole =
          words && raw === clean && !namesNothing(words.trim().split(/\s+/), lexicon)
            ? clean + words
            : release && !/[,.;:]$/.test(raw)
              ? clean + release
              : clean;
        return parenthesisedName(text.slice(text.indexOf(raw) + whole.length), lexicon) ?? whole;
      }
      return null;
    }
    // Descriptions are lower case; a capitalised word or a clause ends the search.
    if (i > 0 && /[.;]$/.test(raw)) return null;
    if (DESCRIPTION_ENDS.test(token) && i > 0 && !lexicon.cues.contributionHead.test(tokens[i - 1] ?? "")) return null;
  }
  return null;
}

// A word or compound (group 1), perhaps its release (group 2), then an apposition: "Zorb, a …", "Zorbum 2, an …",
// "Q-Margin, the …" (a capital alone may lead a compound).
const SINGLE_APPOSED = new RegExp(
  String.raw`^(\p{Lu}[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*|\p{Lu}(?:-[\p{L}\p{N}]+)+)(${RELEASE_APART})?,\s+(?:a|an|the)\s`,
  "u",
);

// One capitalised word (group 1), perhaps its release (group 2), then what ends a name: a mark, a clause, "and" before
// a lower-case word, or a second name and an apposition that counts both.
const LONE_NAME = new RegExp(
  String.raw`^(\p{Lu}\p{Ll}+)(${RELEASE_APART})?(?=\s*(?:[,.:;(]|(?:which|that|to|for)\b|and\s+\p{Ll}|` +
    String.raw`and\s+\p{Lu}(?:[^,.;()]|\.(?=\p{N}))*,\s+(?:two|three|both)\b|$))`,
  "u",
);

// Capitalised words (a dimension may lead them), then an apposition: a comma, a parenthesis, "which", "that", or a
// colon before "a" or "an".
/**
 * A hyphenated compound before ", which": a name when a part of it is no ordinary word or it ends in what a release
 * is ("Quib-Bench, which …"); not "Plug-and-Play, which …", "Cross-Attention, which …".
 */
function coinedBeforeWhich(text: string, lexicon: Lexicon): string | undefined {
  const compound = /^(\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)+),\s+which\s/u.exec(text)?.[1];
  if (compound === undefined) return undefined;
  const parts = compound.split("-");
  const coined = parts.some((w) => !isOrdinary(w.toLowerCase(), lexicon) && !lexicon.stopWords.has(w.toLowerCase()));
  return coined || lexicon.cues.releaseHead.test(parts.at(-1) ?? "") ? compound : undefined;
}

/**
 * Whether capitalised words after "the" name the paper's thing: a word shaped as a name ("the Quib-UNet"), a release's
 * head ("the Quib Sales Bench"), its acronym after it ("the Quib Point Encoder (QPE)") or an apposition saying what the
 * new thing is ("the Quib Encoder, an explicit …"; after a colon only one calling it new).
 */
function theNamed(words: string, text: string, lexicon: Lexicon): boolean {
  const parts = words.split(/\s+/);
  return (
    parts.some((w) => looksLikeName(w)) ||
    lexicon.cues.releaseHead.test(parts.at(-1) ?? "") ||
    /^\s*\(/.test(text.slice(words.length)) ||
    THE_NEW_APPOSED.test(text)
  );
}

// Capitalised words, then an apposition saying what they are: "Quib Loop, a metric …", "Quib Loop: a novel metric".
// (After a comma, any apposition with "a" or "an" says what the new thing is: "the Quib Encoder, an explicit …".)
const THE_NEW_APPOSED = new RegExp(
  String.raw`^(?:(?:\p{Lu}|\p{N}D\b)[\p{L}\p{N}-]*\s+){0,3}\p{Lu}[\p{L}\p{N}-]*\s*` +
    String.raw`(?:,\s+an?\s|:\s+an?\s+(?:[\p{L}-]+\s+)?(?:novel|new)\b)`,
  "u",
);
const TITLED_APPOSED =
  /^((?:(?:\p{Lu}|\p{N}D\b)[\p{L}\p{N}-]*\s+){0,3}\p{Lu}[\p{L}\p{N}-]*)\s*(?:,|\(|which\b|that\b|:(?=\s+an?\s))/u;

/** The names the paper introduces (methods plugin); their pages' slugs are set once the collection is known. */
export const paperMethods: Plugin<[{ lexicon: Lexicon }], Root> =
  ({ lexicon }) =>
  (_tree, file) => {
    const text = file.data.text ?? "";
    const found = extractMethods(file.data.title ?? "", text, forPaper(lexicon, file), file.data.sentences);
    file.data.methods = found.map((m) => {
      const name = plainName(m.name);
      return { key: nameKey(name), name, via: m.via, slug: null };
    });
  };

declare module "vfile" {
  interface DataMap {
    /** Names the paper introduces (methods plugin). */
    methods: MethodRef[];
  }
}
