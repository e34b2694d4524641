// Other named methods, models, systems and datasets an abstract names: tokens
// that look like names (GaLore, GPT-2, K-FAC), less generic terms, the paper's
// own methods, and what only looks like a name in context (formula symbols,
// citations, ordinary words with raised letters).
import { type Abbreviation, afterParenthesis, findAbbreviations, matchLongForm } from "./abbreviations.ts";
import { isSpace, occurrences, standsAlone } from "./regexp.ts";
import {
  KEYWORDS,
  abbreviatedFamily,
  type Lexicon,
  TOKEN,
  SCRIPT_AFTER,
  blankUrls,
  forPaper,
  initialsOf,
  isEponym,
  isGeneric,
  isKnownName,
  isLatexRemnant,
  isOrdinary,
  namedElsewhere,
  knownPhraseMatches,
  looksLikeName,
  nameKey,
  plainName,
  nearlySame,
  singular,
  writtenAsName,
  REPORT_KINDS,
  RELEASE_NUMBER,
} from "./names.ts";
import type { Root } from "mdast";
import type { Plugin } from "unified";
import type { MentionRef } from "../record/schema.ts";

export interface FoundMention {
  name: string;
}

export function extractMentions(title: string, abstract: string, own: string[], lexicon: Lexicon): FoundMention[] {
  const abbreviations = findAbbreviations(abstract);
  // The paper's own names, and the acronyms it gives them: "Neural Quib Kernel (NQK)" is its own when the long form is.
  const ownKeys = new Set(own.map(nameKey));
  for (const a of abbreviations) if (ownKeys.has(nameKey(a.long))) ownKeys.add(nameKey(a.short));
  const descriptive = descriptiveAcronyms(abbreviations, abstract, lexicon);
  const definedShort = new Set(abbreviations.map((a) => a.short.replace(/s$/, "")));
  // The words of a spelled-out name ("Adaptive Project Manager (APM)") name nothing alone elsewhere ("Project"),
  // unless the title names them too ("Zorb-Mamba for …": Mamba).
  const titleWords = new Set(title.split(/[\s:,-]+/));
  const spelledWords = new Set(
    abbreviations
      .filter((a) => !a.shortFirst && /\s/.test(a.long))
      .flatMap((a) => a.long.split(/[\s-]+/))
      .filter((w) => !titleWords.has(w)),
  );
  // Where the abstract spells out a longer name before its acronym, a word of it there is no name alone ("Q-Network"
  // of "Deep Q-Network (DQN)"), though the same word elsewhere may be ("like U-Net and its variants"). The word a
  // name the paper coins starts with is that name, shortened: "K-Token" of its "K-Token Merging".
  const within = (spans: number[][], at: number) => spans.some(([from = 0, to = 0]) => at >= from && at < to);
  const spelledOut = abbreviations
    .filter((a) => !a.shortFirst && (a.longStart ?? -1) >= 0)
    .map((a) => ({ short: a.short, span: [title.length + 2 + (a.longStart ?? 0), title.length + 2 + a.index] }));
  const longSpans = spelledOut.map((s) => s.span);
  const ownStart = (token: string) => own.some((o) => o.startsWith(`${token} `));
  // The long form of an acronym the paper coins is its own name spelled out, and a word written only there is the
  // paper's ("Soft QuorbAware Routing (SQR)"); not a name it builds on, written with an adjective's suffix
  // ("Quib-Guided") or elsewhere too, if only inside a compound ("Zorb-Quib: …").
  const ownLongSpans = spelledOut.filter((s) => ownKeys.has(nameKey(s.short))).map((s) => s.span);
  const spelledOwn = (token: string, at: number) =>
    ownLongSpans.length > 0 &&
    within(ownLongSpans, at) &&
    !lexicon.cues.adjectiveSuffix.test(token) &&
    occurrences(text, token).every((i) => within(ownLongSpans, i));
  // URLs are links, not names: blank them out, keeping offsets.
  const text = blankUrls(`${title}. ${abstract}`);
  const surface = new Map<string, string>();
  // The paper's own names of several words its title leads with, where they stand: their words are the paper's own
  // too ("DeepSea" of "DeepSea MOT: …"). (A name of several words found in the abstract may hold earlier work's:
  // "Phi-2 LoRA".)
  // (A title without a colon leads with its name when it is a report's: "Zorb K1 Technical Report".)
  const lead = /:\s/.test(title) ? title.slice(0, title.search(/:\s/)) : REPORT_TITLE.test(title) ? title : "";
  const ownSpans = own
    .filter((o) => /\s/.test(o) && lead.includes(o))
    .flatMap((o) => occurrences(text, o).map((at) => [at, at + o.length]));
  // What a name the paper introduces stands for, in parentheses after it: its capitalised words are no names of
  // their own ("Zorb (Block Affine Folding)"); a name there is ("ZorbCap (QuillNet with Captions)").
  const expansions = own.flatMap((o) =>
    occurrences(text, `${o} (`).flatMap((at) => {
      const open = at + o.length + 1;
      const close = text.indexOf(")", open);
      const inside = text.slice(open + 1, close);
      return close > open + 3 && close - open <= 81 && !inside.includes("(") ? [[at + o.length, close + 1]] : [];
    }),
  );
  const metricSpans = listedMetrics(text);
  // Authors cited anywhere are authors everywhere: "Price and Xun (FOCS 2024)
  // … the algorithm of Price and Xun".
  const words = tokens(text, lexicon);
  const eponyms = new Set<string>();
  for (const m of text.matchAll(SURNAME_BEFORE_TERM)) eponyms.add(m[1] ?? "");
  // Whether the text holds a one-word name the lexicon knows at all, before each token is looked up.
  const lowerText = lexicon.knownWords.size > 0 ? text.toLowerCase() : "";
  const knownWordHere = [...lexicon.knownWords].some((n) => lowerText.includes(n));
  const known = knownPhrases(text, title.length + 2, abbreviations, own, lexicon);
  for (const [at, phrase] of listedDatasets(text, title.length + 2, lexicon)) if (!known.has(at)) known.set(at, phrase);
  // Where a keyword list starts, looked up once, when first needed.
  let keywordsAt: number | null = null;
  const keywords = () => (keywordsAt ??= text.search(KEYWORDS));
  const authors = new Set<string>();
  for (const m of words)
    if (
      /^\p{Lu}\p{Ll}+$/u.test(m.token) &&
      citedAuthor(text.slice(m.index + m.token.length, m.index + m.token.length + 40))
    )
      authors.add(m.token);
  // Where a name's release ("Gemini 1.5 Pro") ends: its tokens are read with the name.
  let consumed = -1;
  for (let k = 0; k < words.length; k++) {
    const m = words[k];
    if (m === undefined || m.index < consumed) continue;
    let token = m.token;
    // A name of several words the lexicon knows, where it starts; its words are no names alone.
    const phrase = known.get(m.index);
    if (phrase !== undefined) {
      surface.set(phrase.name, phrase.name);
      consumed = phrase.end;
      continue;
    }
    // A one-word name the lexicon knows: "k-means", "word2vec" (also at a sentence's opening: "K-means").
    if (knownWordHere && lexicon.knownWords.has(token.toLowerCase()) && !ownKeys.has(nameKey(token))) {
      surface.set(token, token);
      continue;
    }
    // A project named like its source files is a tool: "llama.cpp", "quib.js".
    // (Not a file of code named by an ordinary word, "attention.cpp", "train.js", unless the word is also a name
    // other texts write, "llama.cpp".)
    const source = SOURCE_NAMED.exec(token)?.[1];
    const project = source !== undefined && (!isOrdinary(source, lexicon) || namedElsewhere(source, lexicon));
    if (project && !ownKeys.has(nameKey(token))) {
      surface.set(token, token);
      continue;
    }
    // Most tokens are ordinary lower-case words: no capital, no digit, no name.
    if (!/[\p{Lu}\p{N}]/u.test(token)) continue;
    if (within(ownSpans, m.index) || spelledOwn(m.token, m.index)) continue;
    if (inFormula(text, m.index, m.token.length) || isLatexRemnant(token)) continue;
    if (/^v\p{N}+(?:\.\p{N}+)*$/iu.test(token)) continue; // a bare version: "v2"
    if (/^[x×]\p{N}+(?:\.\p{N}+)?$/u.test(token)) continue; // a factor: "x17.7"
    // An adapter's rank: "r16", "r4".
    if (/^r\p{N}+$/u.test(token)) continue;
    // A level, a layer or a norm by its letter and number, alone or in a range: "L5", "L14", "L1-L5", "C1-C7".
    if (/^L\p{N}{1,2}$/u.test(token) || /^(\p{Lu})\p{N}{1,2}-\1\p{N}{1,2}$/u.test(token)) continue;
    if (token.length === 2 && enumeratedLabel(token, text)) continue;
    const after = text.slice(m.index + m.token.length, m.index + m.token.length + 24);
    if (
      isCitation(text, m.index, token) ||
      citedVenue(text, m.index, token, after) ||
      authors.has(token) ||
      citedAuthor(after)
    )
      continue;
    if (descriptiveCompound(token, lexicon)) continue;
    // Two things joined by "to" or "versus" are a conversion or a comparison, a task or a setting, not a system:
    // "Text-to-SQL", "SDR-to-HDR", "FP32-versus-FP64".
    if (/^[^\s-][^\s]*-(?:to|versus|vs)-[^\s-]/u.test(token)) continue;
    // A title capitalises the ordinary words of a compound: "OFDM-Flexible" is "OFDM-flexible" (not an edition or a
    // size: "Zorb-Pro", "Zorb-Large").
    if (m.index < title.length && descriptiveCompound(uncapitalised(token, lexicon), lexicon)) continue;
    // A measure is no method, model or dataset: "metrics such as Zorb-PR", "its AUC-Q metric".
    // (Not what measures are based on: "RAGAs-based metrics".)
    if (within(metricSpans, m.index) || (METRIC_AFTER.test(after) && !lexicon.cues.adjectiveSuffix.test(m.token)))
      continue;
    // A group or a function written with its argument is mathematics: "SO(3)", "SE(3)-equivariant", "GL(n)".
    // (Not a plural mark: "PPO(s)".)
    if (/^\p{Lu}{1,3}$/u.test(token) && /^\((?!s\)|es\))\s*[\p{N}a-z]{1,2}\s*\)/u.test(after)) continue;
    token = token.replace(/[.']+$/, "").replace(/['’]s$/, "");
    const adjective = lexicon.cues.adjectiveSuffix.exec(token);
    if (adjective) token = token.slice(0, adjective.index);
    const initials = /^\p{Lu}{2}s?$/u.test(token) && !definedShort.has(token.replace(/s$/, "")) ? token : null;
    const release = /^\p{Lu}/u.test(token) ? releaseAfter(text, m.index + m.token.length, lexicon) : null;
    // A capitalised word with a release is a name ("Gemma 4"), in the abstract: a title capitalises every word.
    const released = release !== null && m.index > title.length && !isOrdinary(token.toLowerCase(), lexicon);
    if (
      !(
        looksLikeName(token) ||
        released ||
        editionJoined(token, lexicon) ||
        (m.index > title.length && letterLed(token) && !within(longSpans, m.index) && !ownStart(token)) ||
        (m.index > title.length && !spelledWords.has(token) && loneCapitalised(text, m.index, token, lexicon))
      ) ||
      isGeneric(token, lexicon)
    )
      continue;
    if (lexicon.notNames.has(token.toLowerCase())) continue;
    // A surname the paper writes before a term named after it is that person's everywhere in the paper: "the Quorb
    // effect" makes "the Quorb point" the same person's.
    if (eponyms.has(token)) continue;
    // An edition alone is no name ("from Nano to Tiny variants", "DharmaOCR Full and Lite"); an acronym may be. Right
    // after a name it goes with it: "Zorbo Flash 2.0" (not "At Flash 2 speed").
    const before = /(?:^|\s|\()(\p{Lu}[\p{L}\p{N}]*) $/u.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1];
    const afterCapital = before !== undefined && (looksLikeName(before) || writtenAsName(before, lexicon));
    if (/^\p{Lu}\p{Ll}+$/u.test(token) && lexicon.cues.edition.test(token) && !afterCapital) continue;
    if (within(expansions, m.index) && !looksLikeName(token)) continue;
    // An eponym with an order or a plural is not a system: "Wasserstein-2", "Gaussians". (A word shaped as an
    // eponym's adjective, with a number, is a name: "Zorbian-1".)
    const unordered = token.replace(/-\p{N}+$/u, "");
    if (unordered === token ? isEponym(token, lexicon) : lexicon.notNames.has(unordered.toLowerCase())) continue;
    if (raisedLetters(token, lexicon)) continue;
    // Inside a sentence, capitalised words beside a name are its words: "with Gated QuorbNet", "on QUIB Chatbot
    // Arena". (Not in the title, which capitalises every word, nor in a spelled-out long form or a keyword list,
    // which capitalises every item.)
    const run = m.index > title.length && !within(longSpans, m.index) ? capitalisedRun(text, words, k, lexicon) : null;
    if (run && (run.before || run.after) && !(keywords() >= 0 && m.index > keywords())) {
      const last = words[k + run.after];
      const end = last ? last.index + last.token.length : 0;
      const tail = run.after > 0 ? releaseAfter(text, end, lexicon) : release;
      token = `${run.before}${run.before ? " " : ""}${token}${run.after > 0 ? ` ${run.words}` : ""}`;
      if (tail) token = `${token} ${tail.text}`;
      consumed = tail ? tail.end : end;
    } else if (release) {
      token = `${token} ${release.text}`;
      consumed = release.end;
    } else if (
      m.index > title.length &&
      (/\p{N}/u.test(token) ||
        /^\p{Lu}{3,}$/u.test(token) ||
        /^\p{Lu}\p{Ll}+\p{Lu}/u.test(token) ||
        /\p{Lu}[\p{L}\p{N}]*-?[Bb]ench$/u.test(token) ||
        (/^\p{Lu}\p{Ll}+$/u.test(token) && variantNamed(token, after, lexicon)))
    ) {
      // An edition written apart goes with a versioned name, in any case ("Quib2.5 Instruct", "ZorbGPT-o1 preview"),
      // with an acronym ("QUIBLU Pro", "QUIBLU PRO"), with a name in camel case ("ZorbFlow Lite"), with a
      // benchmark's subset ("QUIB-bench Verified", "Zorb-Bench Hard") and with a name other papers write ("Gemini
      // Flash"); a release may follow the edition ("QuibLabs Flash v2.5").
      const edition = editionAfter(text, m.index + m.token.length, lexicon);
      if (edition) {
        const tail = releaseAfter(text, edition.end, lexicon);
        token = `${token} ${edition.text}${tail ? ` ${tail.text}` : ""}`;
        consumed = tail ? tail.end : edition.end;
      }
    }
    // A sub- or superscript glued to the name is its part: "QUIB-5$^i$", "Zorb-$\alpha$".
    if (token === m.token.replace(/[.']+$/, "")) {
      const script = SCRIPT_AFTER.exec(text.slice(m.index + token.length, m.index + token.length + 24))?.[0];
      if (script) token = `${token}${script}`;
    }
    // Two capitals the paper never spells out are the initials of a term its field knows ("PC", "QK", "IP"), not a
    // name: a name that short is spelled out where the paper uses it ("Projected Newton (PN)"), or leads a release's
    // name ("QB Arena", "ZQ Bench"; not a value, "CE 0.5", nor a measure, "FT Accuracy").
    if (
      initials !== null &&
      !(token.startsWith(`${initials} `) && lexicon.cues.releaseHead.test(token.slice(initials.length + 1)))
    )
      continue;
    const key = nameKey(token);
    if (!key || ownKeys.has(key) || descriptive.has(key) || own.some((o) => ownVariant(o, token))) continue;
    if (coinedPart(token, own, lexicon)) continue;
    if (!surface.has(token)) surface.set(token, token);
  }
  // A plural is kept only when the singular does not occur; a name written with its dimension somewhere is that
  // name everywhere ("3D Gaussian Splatting" and "Gaussian Splatting").
  const dimensioned = new Set([...surface.keys()].flatMap((t) => /^\p{N}D (.+)$/u.exec(t)?.slice(1) ?? []));
  const names = [...surface.keys()].filter(
    (t) => !(singular(t) !== t && surface.has(singular(t))) && !dimensioned.has(t),
  );
  const seen = new Set<string>();
  const out: FoundMention[] = [];
  for (const name of names) {
    const k = name.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ name });
  }
  return out;
}

const REPORT_TITLE = new RegExp(String.raw`\s${REPORT_KINDS}$`, "u");

/**
 * The names of several words the lexicon knows ("Stable Diffusion", "Monte Carlo Tree Search"), by where they start,
 * with a dimension written before ("3D Gaussian Splatting") and a release after ("Stable Diffusion 3"). Not where
 * the text gives an acronym for it or for a longer name holding it ("Segment Anything Model (SAM)": the acronym is
 * the name), nor in a name of the paper's own.
 */
function knownPhrases(
  text: string,
  abstractAt: number,
  abbreviations: readonly Abbreviation[],
  own: string[],
  lexicon: Lexicon,
): Map<number, { name: string; end: number }> {
  const found = new Map<number, { name: string; end: number }>();
  if (lexicon.knownPhrases === null) return found;
  const abstract = text.slice(abstractAt);
  // Where the paper's own names and the long forms it abbreviates stand: a known name inside them is part of them.
  const inside = [
    ...own.flatMap((o) => occurrences(text, o).map((at) => [at, at + o.length])),
    ...abbreviations
      .filter((a) => !a.shortFirst && (a.longStart ?? -1) >= 0)
      .map((a) => [abstractAt + (a.longStart ?? 0), abstractAt + a.index]),
  ];
  for (const m of knownPhraseMatches(text, lexicon)) {
    const name = m[0].replace(/\s+/g, " ");
    const end = m.index + m[0].length;
    const dimension = /\b\dD\s$/.exec(text.slice(Math.max(0, m.index - 3), m.index));
    // Spelled out for an acronym, the acronym is the name the paper uses; so where it writes one that spells it.
    const key = nameKey(name);
    if (abbreviations.some((a) => !a.shortFirst && [key, `3d${key}`].includes(nameKey(a.long).replace(/^\dd/, "3d"))))
      continue;
    if (acronymWritten(text, name)) continue;
    if (inside.some(([from = 0, to = 0]) => m.index >= from && end <= to)) continue;
    // Title Case words may be the title's own words ("Asking Natural Questions"): there only when the abstract
    // writes the name too, in any case ("3D Gaussian splatting"). Capitalised words before or after make it part
    // of a longer name.
    if (m.index < abstractAt && !plainWords(abstract).includes(plainWords(m[0]))) continue;
    if (longerName(text, m.index, lexicon) || followedByName(text, end, m.index < abstractAt, lexicon)) continue;
    const start = dimension ? m.index - dimension[0].length : m.index;
    // A release after it ("Stable Diffusion 3"), or an edition of a few capitals ("Stable Diffusion XL").
    const short = /^\s+([\p{Lu}\p{N}]{1,3})(?![\p{L}\p{N}-])/u.exec(text.slice(end, end + 8));
    const release =
      releaseAfter(text, end, lexicon) ?? (short ? { text: short[1] ?? "", end: end + short[0].length } : null);
    const written = `${dimension ? dimension[0] : ""}${name}${release ? ` ${release.text}` : ""}`;
    found.set(start, { name: written, end: release ? release.end : end });
  }
  return found;
}

// The kinds of collection a list of names may be ("… datasets", "benchmarks: …"), and the words before examples.
const COLLECTIONS = String.raw`(?:datasets?|benchmarks?|corpora|corpus|test sets?|suites?)`;
const EXAMPLES = String.raw`(?:such as|including|like|namely|e\.g\.,?)`;
// The cheap test a text passes before the lists are looked for.
const ANY_COLLECTION = new RegExp(String.raw`\b${COLLECTIONS}\b`);

// A list of capitalised items, then the kind of collection they all are: "on Tanks and Temples, Deep Blending, and
// Zorb360 datasets", "the Stanford Cars and Office-Home benchmarks". (Up to 18 words in all.)
const DATASET_LIST = new RegExp(
  String.raw`\b(?:on|across|over|in|from|using|with|including|the)\s+` +
    String.raw`((?:[\p{Lu}\p{N}](?:[\p{L}\p{N}&+'-]|\.(?=[\p{L}\p{N}]))*(?:,?\s+(?:and\s+|&\s+)?)){1,18}?)` +
    String.raw`${COLLECTIONS}\b`,
  "gu",
);

// The kind of collection, then a list of capitalised items: "benchmarks (COPA-ar, Arabic HellaSwag, …)", "two
// benchmarks -- GSM8K and MATH --", "datasets such as Stanford Cars and …". The list ends at a bracket, a dash, a
// full stop or a word in lower case but "and" or "or".
const KIND_THEN_LIST = new RegExp(
  String.raw`\b${COLLECTIONS}\s*(?:\(|:|--|—|${EXAMPLES})\s*([\p{Lu}\p{N}][^()\n.;]{0,200}?)` +
    String.raw`(?=\s*\)|\s--|\s—|[.;](?:\s|$)|,?\s+(?!and\b|or\b)\p{Ll})`,
  "gu",
);

/**
 * Names of several capitalised words a list of datasets or benchmarks gives, by where they start: "Tanks and
 * Temples", "Deep Blending" and "Stanford Cars" are each one name there, though every word of them is an ordinary
 * one. Not an item the lexicon calls generic ("Large Language Model benchmarks"), one that holds a generic word
 * without a name-shaped one, nor a task or a field ("Image Classification and Remote Sensing benchmarks").
 */
function listedDatasets(
  text: string,
  abstractAt: number,
  lexicon: Lexicon,
): Map<number, { name: string; end: number }> {
  const found = new Map<number, { name: string; end: number }>();
  if (!ANY_COLLECTION.test(text)) return found;
  for (const m of [...text.matchAll(DATASET_LIST), ...text.matchAll(KIND_THEN_LIST)]) {
    if (m.index < abstractAt) continue;
    const list = (m[1] ?? "").replace(/[,\s]+$/, "");
    const start = m.index + m[0].lastIndexOf(list);
    const items = listItems(list);
    for (const { item, at } of items) {
      const words = item.split(/\s+/);
      // One word only when it joins capitalised words, in a list of several: "Office-Home" (other one-word names are
      // found as such).
      const joined = words.length === 1 && items.length > 1 && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(item);
      if ((words.length < 2 && !joined) || words.length > 5 || !/^[\p{Lu}\p{N}]/u.test(words.at(-1) ?? "")) continue;
      // A generic word counts beside a name-shaped one: "Arabic HellaSwag", "MS COCO" (not "Large Language Model").
      const plain = (w: string) => isGeneric(w, lexicon) || lexicon.notNames.has(w.toLowerCase());
      if (isGeneric(item, lexicon) || (words.some(plain) && !words.some((w) => looksLikeName(w) && !plain(w))))
        continue;
      // ("Large Language Models": a family its capitals abbreviate, three at least: two letters are often a unit's.)
      const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
      if (capitals.length >= 3 && abbreviatedFamily(capitals.join(" "), lexicon)) continue;
      if (lexicon.cues.areaHead.test(words.at(-1) ?? "")) continue;
      found.set(start + at, { name: item, end: start + at + item.length });
    }
  }
  return found;
}

/**
 * The items of a list and where each starts: split at commas when it has any ("Tanks and Temples, Deep Blending,
 * and …"), else at "and" or "&"; and at an "and" between two name-shaped words ("GenEval, ZB30K and WISE") or two
 * phrases. Without a count or a measure before an item ("5 Zorb", "1200-hour Zorbset") or a resolution after it
 * ("ZorbNet 256x256").
 */
function listItems(list: string): Array<{ item: string; at: number }> {
  const out: Array<{ item: string; at: number }> = [];
  const commas = list.includes(",");
  const separator = commas ? /,\s*(?:and\s+)?|(?<=\S)\s+(?:and|&)\s+(?=\S)/g : /\s+(?:and|&)\s+/g;
  let from = 0;
  for (const cut of [...list.matchAll(separator), null]) {
    const to = cut ? cut.index : list.length;
    const piece = list.slice(from, to);
    const next = from;
    from = cut ? cut.index + cut[0].length : list.length;
    // Inside an item of a comma list, "and" joins the item's own words ("Tanks and Temples") unless it stands
    // between two names or two phrases ("Quib Bench and Vexa Bench").
    if (commas && cut && !cut[0].includes(",")) {
      const leftWords = piece.trim().split(/\s+/);
      const rightWords = (/^[^,]*/.exec(list.slice(from))?.[0] ?? "").trim().split(/\s+/);
      const names = looksLikeName(leftWords.at(-1) ?? "") && looksLikeName(rightWords[0] ?? "");
      if (!names && (leftWords.length < 2 || rightWords.length < 2)) {
        from = next;
        continue;
      }
    }
    const lead = /^\s*(?:\p{N}+(?:-\p{Ll}+)?\s+)?/u.exec(piece)?.[0].length ?? 0;
    const item = piece
      .slice(lead)
      .trim()
      .replace(/\s+\p{N}+x\p{N}+$/u, "");
    out.push({ item, at: next + lead });
  }
  return out;
}

// A word in lower case and a source file's extension: a project's name ("llama.cpp", "three.js").
const SOURCE_NAMED = /^(\p{Ll}[\p{Ll}\p{N}_-]*)\.(?:cpp|js|jl|rs)$/u;

// A list of measures: "metrics (MSE, QAE, ZTAE)", "metrics such as Zorb-PR and QAE", "metrics: QAE, ZTAE". In lower
// case: "Quib Metric Networks (QMN)" names a network.
const METRIC_LIST = new RegExp(
  String.raw`\bmetrics?(?![\w-])(?:\s*\(([^()]{1,160})\)|\s+${EXAMPLES}\s+([^.;()]{1,160})|:\s+([^.;()]{1,160}))`,
  "g",
);
// Right after a name, the word saying it is a measure: "the AUC-Q metric", "standard QAE/ZQA metrics" (not "metric
// learning", "metric space").
const METRIC_AFTER = /^(?:\/[\p{L}\p{N}-]+)*\s+metrics?\b(?!\s+(?:learning|spaces?|tensors?))/u;

/** Where the text lists measures: the names there are metrics. */
function listedMetrics(text: string): number[][] {
  if (!text.includes("metric")) return [];
  const spans: number[][] = [];
  for (const m of text.matchAll(METRIC_LIST)) {
    // The list's names, up to a word in lower case but "and" or "or": "metrics: statistical distance …" lists none.
    const whole = m[1] ?? m[2] ?? m[3] ?? "";
    const cut = whole.search(/(?:^|\s)(?!(?:and|or)\b)\p{Ll}/u);
    const list = cut < 0 ? whole : whole.slice(0, cut);
    const at = m.index + m[0].lastIndexOf(whole);
    spans.push([at, at + list.length]);
  }
  return spans;
}

/**
 * The stem of a name the paper coins, before the ordinary words that say what it is ("Quorb" of "Quorb-Bench",
 * "Zorb-Ops", "Vexa Control"), that no other text of the collection writes as a name: the paper's own name,
 * shortened. (A stem other papers name is earlier work the paper builds on, "LoRA" of "LoRA-Bench"; a name after a
 * modifier is one too, "Quib" of "Q-Quib" or "Rich-Quib". Without a learned collection, nothing is read so.)
 */
const RELEASE_AT_END = new RegExp(String.raw`\s+${RELEASE_NUMBER}$`, "u");

function coinedPart(token: string, own: string[], lexicon: Lexicon): boolean {
  if (lexicon.namedTexts === undefined || namedElsewhere(token, lexicon)) return false;
  // (Not an edition nor a participle after a name: "Zorb-Instruct", "Quorb-Bench-Verified" are releases of them.)
  const kind = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && !lexicon.cues.edition.test(w) && !/ed$/.test(w);
  return own.some((o) => {
    // (A release after the own name is no word of it: "QUIB-Bench" of "QUIB-Bench 2.0".)
    const name = o.replace(RELEASE_AT_END, "");
    const rest = name.startsWith(token) ? name.slice(token.length) : "";
    return (
      /^[-\s]/.test(rest) &&
      rest
        .split(/[-\s]+/)
        .slice(1)
        .every(kind)
    );
  });
}

/** A text's words in lower case, hyphens read as spaces: where a phrase is written in any case. */
const plainWords = (text: string): string => text.toLowerCase().replace(/[-\s]+/g, " ");

/**
 * Whether a capitalised word right after `end` goes on with the name ("Segment Anything Model", "Stable Diffusion
 * Coefficients"); in an abstract not an edition ("Stable Diffusion XL" is read with its release).
 */
function followedByName(text: string, end: number, inTitle: boolean, lexicon: Lexicon): boolean {
  const next = /^\s+(\p{Lu}[\p{L}\p{N}-]*)/u.exec(text.slice(end, end + 30))?.[1];
  if (next === undefined || lexicon.functionWords.has(next.toLowerCase())) return false;
  return inTitle || !(lexicon.cues.edition.test(next) || /^[\p{Lu}\p{N}]{1,3}$/u.test(next));
}

/**
 * Whether the text writes an acronym spelling a name, with a dimension or not: the name the paper uses ("MCTS",
 * "LoRA", "3DGS"). Two letters alone are too many other things ("SD", "HF").
 */
function acronymWritten(text: string, name: string): boolean {
  // The capitals of the name's words, in order: "PPO" of "Proximal Policy Optimization", "LRA" of "Low-Rank
  // Adaptation", which "LoRA" writes too.
  const initials = initialsOf(name);
  for (const [acronym] of text.matchAll(ACRONYM)) {
    const dimension = /^\p{N}D/u.exec(acronym)?.[0] ?? "";
    const letters = acronym.slice(dimension.length).replace(/s$/, "");
    // Mostly capitals, as an acronym is ("LoRA"), not a name in camel case ("StreamDiffusion").
    const capitals = letters.replace(/[^\p{Lu}]/gu, "");
    if (letters.length + (dimension ? 1 : 0) < 3 || capitals.length * 2 < letters.length) continue;
    const long = dimension ? `${dimension} ${name}` : name;
    if (capitals === initials || matchLongForm(acronym, long) === long) return true;
  }
  return false;
}

// A word with two capitals or more, perhaps after a dimension: an acronym's shape ("MCTS", "LoRA", "3DGS").
const ACRONYM = /(?<![\p{L}\p{N}])(?:\p{N}D)?\p{L}*\p{Lu}\p{L}*\p{Lu}\p{L}*(?![\p{L}\p{N}])/gu;

/**
 * Whether a capitalised word before `at` makes what starts there part of a longer name ("Sparse Low-Rank
 * Adaptation"): not an abstract sentence's first word, a function word or a verb's "-ing" form ("Fine-tuning
 * Segment Anything").
 */
function longerName(text: string, at: number, lexicon: Lexicon): boolean {
  const from = Math.max(0, at - 40);
  const before = /(^|[.!?:;]\s+|\s)(\p{Lu}[\p{L}\p{N}-]*)\s+$/u.exec(text.slice(from, at));
  if (!before) return false;
  const [, opening = "", word = ""] = before;
  // A sentence's first word is capitalised whatever it is (a title's, or one after a colon, is read as any word).
  if (/[.!?]/.test(opening)) return false;
  return !/ing$/.test(word) && !lexicon.functionWords.has(word.toLowerCase()) && !/^\dD$/.test(word);
}

// A word right after a name, set apart by a space and ending there: its edition, if it is one (in lower case, only
// where the name ends, before punctuation, "and" or "or": not "Quib-3 plus a retriever", "Quib-3 chat templates").
const EDITION_AFTER = /^\s(\p{Lu}\p{L}*|\p{Ll}+(?=\s*(?:[,.;:)]|\s(?:and|or)\b|$)))(?![\p{L}\p{N}-])/u;

/**
 * An edition written apart after a name ending at `at`, in any case: "Instruct" of "Quib2.5 Instruct". Not a size,
 * which a name written apart goes without ("Quib-2 Small").
 */
function editionAfter(text: string, at: number, lexicon: Lexicon): { text: string; end: number } | null {
  const m = EDITION_AFTER.exec(text.slice(at, at + 16));
  const word = m?.[1] ?? "";
  if (!m || !lexicon.cues.edition.test(word) || lexicon.cues.size.test(word)) return null;
  return { text: word, end: at + m[0].length };
}

// A number and a unit of what a model holds or does: "4-bit", "64-dimensional", "3-way", "5-shot".
const MEASURE = /^\p{N}+-(?:bits?|dimensional|dim|way|shot|fold|layers?|steps?|hops?|class(?:es)?|suites?)$/u;

// A release written apart from its name: a version ("v2", "b1.58", "3.1", "2.5-7B", "4"),
// then perhaps a capitalised edition ("Pro", "Sonnet", "E2B"). A size is no version ("7B").
// A dot only between letters or digits: a sentence's full stop is not the release's ("Qwen 2.5-7B.").
const VERSION = String.raw`(?:[vb]?\p{N}+(?:\.\p{N}+)+|v\p{N}+|\p{N}{1,2})(?:-[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*)*`;
const RELEASE = new RegExp(
  String.raw`^\s+(${VERSION})(?![\p{L}\p{N}%]|\.\p{N})(?:\s+(\p{Lu}[\p{L}\p{N}]*)(?![\p{L}\p{N}-]))?`,
  "u",
);

/** The release after a capitalised word, or null: "Gemini" + " 1.5 Pro". */
function releaseAfter(text: string, end: number, lexicon: Lexicon): { text: string; end: number } | null {
  const m = RELEASE.exec(text.slice(end, end + 40));
  if (!m) return null;
  const [whole, version = "", edition] = m;
  // A number and a unit is a measure ("4-bit", "64-dimensional"), not a release ("2-math", "3-mini").
  if (MEASURE.test(version)) return null;
  // A number and a unit of thousands or more written apart is a size, which a name written apart goes without:
  // "Zorb 50 K", "Quib 1 M".
  if (/^\p{N}+$/u.test(version) && edition !== undefined && /^[KMBT]$/.test(edition)) return null;
  // "Quib 3-based agents": the release is the number; the suffix makes the name an adjective.
  const suffixed = /^(\p{N}+(?:\.\p{N}+)*)-(\p{Ll}+)$/u.exec(version);
  if (suffixed && lexicon.cues.adjectiveWord.test(suffixed[2] ?? "")) {
    const number = suffixed[1] ?? "";
    return { text: number, end: end + whole.indexOf(version) + number.length };
  }
  // An edition is a name's part, not an ordinary capitalised word ("The", "Table").
  if (
    edition === undefined ||
    lexicon.notNames.has(edition.toLowerCase()) ||
    lexicon.stopWords.has(edition.toLowerCase())
  ) {
    return { text: version, end: end + whole.length - (edition === undefined ? 0 : edition.length) };
  }
  return { text: `${version} ${edition}`, end: end + whole.length };
}

/** A capitalised ordinary word that may be a word of a name: "Gated", "Chatbot"; not "The", "Large" or "Nano". */
function nameWord(token: string, lexicon: Lexicon): boolean {
  const lower = token.toLowerCase();
  return (
    /^\p{Lu}\p{Ll}+$/u.test(token) &&
    !lexicon.stopWords.has(lower) &&
    !isGeneric(token, lexicon) &&
    !lexicon.notNames.has(lower) &&
    !isEponym(token, lexicon) &&
    !lexicon.cues.edition.test(token) &&
    !lexicon.cues.adjectiveWord.test(token) &&
    !lexicon.cues.contributionHead.test(token)
  );
}

// An enumeration mark: "(3) ", "ii) ", "b) ".
const ENUMERATION_MARK = String.raw`(?:^|\s)\(?(?:\p{N}{1,2}|[ivx]{1,4}|[a-h])\)\s*`;
const AFTER_ENUMERATION_MARK = new RegExp(`${ENUMERATION_MARK}$`, "u");

// Where a word's capital says nothing of a name: a sentence's or a clause's opening, after an enumeration mark
// ("(3) Deeper Quorb layers …") or an opening linking word ("However, Standard Quorb …"), and inside parentheses or
// quotes, where an acronym's expansion is written ("QZorb (Quantized Zorb)").
const OPENING = new RegExp(
  String.raw`(?:^|[.!?:;]\s*|[({[“"'‘]\s*|${ENUMERATION_MARK}|(?:^|[.!?]\s+)\p{Lu}\p{Ll}+,\s*)$`,
  "u",
);

/**
 * The capitalised words right beside the name at `words[k]`, inside a sentence, joined to it by single spaces:
 * "Gated" of "with Gated QuorbNet", "Chatbot Arena" of "on QUIB Chatbot Arena". A sentence's opening word is
 * capitalised anyway and is not taken ("Recent QuorbNet variants …").
 */
function capitalisedRun(
  text: string,
  words: ReadonlyArray<{ token: string; index: number }>,
  k: number,
  lexicon: Lexicon,
): { before: string; after: number; words: string } {
  const none = { before: "", after: 0, words: "" };
  const part = (a: number, b: number) =>
    words
      .slice(a, b)
      .map((w) => w.token)
      .join(" ");
  const joined = (a: { token: string; index: number }, b: { token: string; index: number }) =>
    b.index - a.index - a.token.length === 1 && text[b.index - 1] === " ";
  // Most names have no capitalised word beside them.
  const capitalised = (w: { token: string; index: number } | undefined) => w !== undefined && /^\p{Lu}/u.test(w.token);
  const self = words[k];
  if (
    self === undefined ||
    (!(capitalised(words[k - 1]) && joined(words[k - 1] ?? self, self)) &&
      !(capitalised(words[k + 1]) && joined(self, words[k + 1] ?? self)))
  )
    return none;
  let from = k;
  for (let j = k - 1; j >= 0; j--) {
    const w = words[j];
    const next = words[j + 1];
    if (!w || !next) break;
    const adjacent = joined(w, next);
    const opening = j === 0 || OPENING.test(text.slice(Math.max(0, w.index - 24), w.index));
    if (adjacent && !opening && nameWord(w.token, lexicon)) {
      from = j;
      continue;
    }
    // At an opening, a name other texts of the collection write starts the run of its variant's word: "(Zorbo Opus
    // 4.6)", "judge: Zorbo Opus 4.6" (not an ordinary word a long form or a sentence opens with, "(Quantized Zorb)",
    // nor a name before another name, "Backbone: Quib Zorb-3").
    if (
      adjacent &&
      opening &&
      nameWord(w.token, lexicon) &&
      writtenAsName(w.token, lexicon) &&
      !looksLikeName(self.token)
    ) {
      from = j;
      break;
    }
    // A capitalised word where the run stops, other than a function word opening the sentence ("Only Zorbo Opus
    // 4.6 …"), goes on with a Title-Case phrase whose start is unknown ("(Safe Banded Drift-Guided Pruning
    // QuorbNet)", "(3) Deeper QuorbNet layers"): the capitals say nothing of a name.
    if (adjacent && /^\p{Lu}/u.test(w.token) && !(opening && lexicon.stopWords.has(w.token.toLowerCase()))) return none;
    // After "a" or "an", a kind of thing: "an Exposure QuorbNet", "a Banded U-Quib generator".
    if (/^an?$/i.test(w.token)) return none;
    // Inside a longer Title-Case phrase: "Mixture of QuorbNet Experts".
    const previous = words[j - 1];
    const inside = previous !== undefined && joined(previous, w) && /^\p{Lu}/u.test(previous.token);
    if (w.token === "of" && inside && !OPENING.test(text.slice(Math.max(0, previous.index - 24), previous.index)))
      return none;
    break;
  }
  let to = k;
  for (let j = k + 1; j < words.length; j++) {
    const w = words[j];
    const previous = words[j - 1];
    if (!w || !previous || !joined(previous, w)) break;
    // A capitalised word where the run stops goes on with a longer Title-Case phrase: "QUIB Global AI Challenge".
    if (!nameWord(w.token, lexicon)) {
      if (to > k && /^\p{Lu}/u.test(w.token)) return { ...none, before: part(from, k) };
      break;
    }
    // A word glued to a mark is a measure's or a formula's: "QuibEval Pass@1".
    if (!/^(?:[\s,.;:!?)]|$)/.test(text[w.index + w.token.length] ?? "")) break;
    // A participle after a name says what is done to it ("QuorbNet Optimized", "Zorb-7 Weighted"); a measure's or
    // a task's head names what is measured of it ("ZORB Score", "Quibset Detection").
    if (/(?:ed|ing)$/.test(w.token) || lexicon.cues.taskHead.test(w.token)) break;
    // A word with a release is a name of its own: "LoRA Gemma 3".
    if (releaseAfter(text, w.index + w.token.length, lexicon)) break;
    to = j;
  }
  return { before: part(from, k), after: to - k, words: part(k + 1, to + 1) };
}

/**
 * A letter and a digit numbered in a series the text holds and sets as labels ("(C1)" with "C2"): the label of a
 * condition, a hypothesis or a question, not a name ("we test (H1) … and (H2) …").
 */
function enumeratedLabel(token: string, text: string): boolean {
  const m = /^(\p{Lu})(\p{N})$/u.exec(token);
  if (!m) return false;
  const [, letter = "", digit = ""] = m;
  const n = Number(digit);
  // Set as a label somewhere, in parentheses or before a colon ("(C1)", "H2:"): numbered models ("S4, S5") are not.
  const labelled = [n - 1, n, n + 1].some((k) => text.includes(`(${letter}${k})`) || text.includes(`${letter}${k}:`));
  return (
    labelled &&
    [n - 1, n + 1].some(
      (k) => k >= 0 && new RegExp(`(?<![\\p{L}\\p{N}])${letter}${k}(?![\\p{L}\\p{N}])`, "u").test(text),
    )
  );
}

/**
 * Acronyms the abstract defines in the plural, for a family or a kind ("state
 * space models (SSMs)", "Large Multimodal Models (LMMs)"), and initialisms it
 * defines for a lower-case description: "endoscopic ultrasound (EUS)", "best
 * responses (BR)". Writers capitalise the long form of
 * a thing they name ("Online Gradient Descent (OGD)") and coin mixed-case names
 * for methods ("low-rank adaptation (LoRA)"); an all-capital acronym of a
 * lower-case phrase shortens a description, unless the phrase names a kind of
 * method ("straight-through estimator (STE)", "alternating direction method of
 * multipliers (ADMM)").
 */
function descriptiveAcronyms(abbreviations: readonly Abbreviation[], abstract: string, lexicon: Lexicon): Set<string> {
  const out = new Set<string>();
  for (const found of abbreviations) {
    if (found.shortFirst) continue;
    // An acronym for a problem: "the Banded Quorb Flow (BQF) problem". (Problems in the plural may be a benchmark's
    // items: "the Grand Quorb Examination (GQE) problems".)
    if (/^\s+problem\b/.test(afterParenthesis(abstract, found.index))) {
      out.add(nameKey(found.short));
      continue;
    }
    const a = { ...found, long: sentenceCase(found, abstract) };
    // Defined in the plural, an acronym names a family or a kind ("Large Multimodal Models (LMMs)").
    if (/\p{Lu}s$/u.test(a.short) && /\p{L}s$/u.test(a.long)) {
      out.add(nameKey(a.short));
      continue;
    }
    // Capitals, perhaps after a lower-case mark ("pPE", "adaptive-SA").
    const capitals = /^(?:\p{Ll}+-?)?\p{Lu}{2,}s?$/u.test(a.short);
    // In hyphen-joined groups, a setting and a task described in lower case: "few-shot classification and
    // segmentation (FS-CS)" (in capitals a benchmark's name: "Scene Text Visual Question Answering (ST-VQA)").
    const grouped =
      /^\p{L}+(?:-\p{Lu}+)+$/u.test(a.short) && /\p{Lu}.*\p{Lu}/u.test(a.short) && !/\p{Lu}/u.test(a.long);
    // A task's, a measure's or a field's name, in any case: "Human Pose Estimation (HPE)", "Miss Rate (MR)".
    const last = a.long.split(/[\s-]+/).at(-1) ?? "";
    if ((capitals || grouped) && lexicon.cues.topicHead.test(last) && !isKnownName(a.long, lexicon)) {
      out.add(nameKey(a.short));
      continue;
    }
    if (!capitals) continue;
    // An eponym's capital does not make a name of a description: "Fisher information matrix (FIM)"; nor does a
    // family's acronym leading a compound: "LLM-as-a-judge (LLMAJ)".
    const plain = /\p{Lu}/u.test(a.long)
      ? a.long
          .split(/\s+/)
          .filter(
            (w, i, all) => !isEponym(w.replace(/-.*/, ""), lexicon) && !familyWord(w, i === all.length - 1, lexicon),
          )
          .join(" ")
      : a.long;
    if (/\p{Lu}/u.test(plain)) continue;
    // The phrase's head noun: its last word, or the word before "of" ("method of multipliers").
    const words = a.long.split(/\s+/);
    const noun = words[words.indexOf("of") - 1] ?? words.at(-1) ?? "";
    const head = noun.replace(/s$/, "");
    // Read as lower case only for its sentence's opening or an eponym, a phrase whose head is what a named method is
    // ("Segment anything model (SAM)", "Stein variational gradient descent (SVGD)") stays a name.
    const lowered = a.long !== found.long || plain !== a.long;
    if (lowered && NAMED_METHOD_HEAD.test(head)) continue;
    // In the plural the phrase describes a kind, whatever its head: "deep learning systems (DLS)".
    const plural = /\p{Ll}{2}[^s\W]s$/u.test(noun);
    // (A system is whatever works together: "multi-agent system (MAS)" describes one.)
    if (!plural && head !== "model" && head !== "system" && lexicon.cues.contributionHead.test(head)) continue;
    out.add(nameKey(a.short));
  }
  return out;
}

/**
 * A word of a long form that is, or leads with, an acronym the lexicon calls generic, describing what follows: "ill-
 * conditioned SPD matrices", "LLM-as-a-judge". As the last word it is the thing named: "deep convolutional GAN".
 */
const familyWord = (word: string, last: boolean, lexicon: Lexicon): boolean => {
  const lead = /^(\p{Lu}{2,}s?)(-\p{L})?/u.exec(word);
  return lead?.[1] !== undefined && (!last || lead[2] !== undefined) && isGeneric(lead[1], lexicon);
};

/** The head of a phrase that names one method, model or operator rather than a task, a field or a quantity. */
const NAMED_METHOD_HEAD = /^(?:model|operator|descent|pre-?training|optimization|optimisation|sampler|carlo)$/i;

/**
 * A capital letter joined to a capitalised word, in an abstract, is a name: "U-Net", "Q-Former", "X-Decoder". (A
 * title capitalises every word: "X-Ray", "E-Commerce".)
 */
const letterLed = (token: string) => /^\p{Lu}-\p{Lu}\p{Ll}+(?:-[\p{L}\p{N}]+)*$/u.test(token);

/**
 * A long form as written inside a sentence: one that opens its sentence has its first capital only for that
 * ("Class-incremental learning (CIL) …" is "class-incremental learning").
 */
function sentenceCase(a: Abbreviation, abstract: string): string {
  if (/\p{Lu}/u.test(a.long.slice(1))) return a.long;
  const start = a.longStart ?? -1;
  if (start < 0) return a.long;
  // The character before the long form, spaces skipped: none, or a sentence's end.
  let at = start - 1;
  while (at >= 0 && isSpace(abstract[at])) at--;
  return at < 0 || ".!?".includes(abstract.charAt(at)) ? a.long.charAt(0).toLowerCase() + a.long.slice(1) : a.long;
}

// A footnote mark glued between a sentence's last word and the next sentence, as scraped: "accuracy.222We".
const FOOTNOTE_GLUE = /^(\p{Ll}+)\.\p{N}+(?=\p{Lu})/u;
// A sentence's last word glued to the next sentence's first, the space lost: "annotations.A practical …" (not a file
// or a module, "quib.Tensor" is rare next to "SKILL.md", "llama.cpp", whose tail is in lower case).
const SENTENCE_GLUE = /^(\p{Ll}{3,})\.(?=\p{Lu}(?:\p{Ll}|$))/u;
// Names joined by "+", each of three characters or more: a combination of both ("Quib+Zorbnet", "SFT+DPO"; not
// "RGB+D", "LLM+P").
const JOINED = /^[\p{L}\p{N}]{3,}(?:\+[\p{L}\p{N}]{3,})+$/u;
// A word before a name, joined by a hyphen, that says how much of it or which stage of it: negation, degree, extent
// ("no-LoRA", "partial-RoPE", "near-Zorb", "pre-LayerNorm", "multi-LoRA"). Not any ordinary word: "video-LLaVA",
// "long-CLIP" are names of their own.
const MODIFIER = /^(\p{L}{2,})-(?=\p{Lu})/u;
const MODIFYING = new Set(
  "no non near nearly partial partially full fully semi quasi pseudo pre post multi".split(" "),
);
// A word of ASCII letters in lower case. (Without the "u" flag the test runs faster.)
const PLAIN_WORD = /^[a-z]+$/;
// A word in lower case glued to a capitalised one: "withLayer".
const FUNCTION_GLUED = /^(\p{Ll}{2,})(?=\p{Lu}\p{Ll})/u;
// A word glued to a number, the space lost: "by49.5%".
const WORD_NUMBER = /^(\p{Ll}+)\p{N}[\p{N}.]*$/u;

/**
 * Tokens, with "A/B" split into A and B unless B is a bare version ("Llama-2/3"), a word glued to the next sentence
 * by a footnote mark or a full stop parted from it ("accuracy.222We" gives "accuracy", then "We"), names joined by
 * "+" parted, and a word of negation or degree before a name by a hyphen left out ("no-Zorb" gives "Zorb").
 */
function tokens(text: string, lexicon: Lexicon): Token[] {
  const out: Token[] = [];
  const kind = lexicon.cues.contributionWord;
  // A TOKEN regex of its own: its lastIndex is this scan's (exec in a loop spares matchAll's iterator).
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let token = m[0];
    let index = m.index;
    // Most tokens are words in lower case, which none of the rules below part: as they are.
    if (PLAIN_WORD.test(token)) {
      out.push({ token, index });
      continue;
    }
    // A kind in the plural glued to a name by a dash written as a hyphen is no part of it: "four models-Quibnet, …",
    // "datasets-Zorbset".
    const dashed = /^(\p{Ll}{3,}s)-(?=\p{Lu})/u.exec(token);
    if (dashed && kind.test(dashed[1] ?? "")) {
      out.push({ token: dashed[1] ?? "", index });
      token = token.slice(dashed[0].length);
      index += dashed[0].length;
    }
    // (Only a name written alone too, or one the lexicon knows.)
    const modifier = MODIFIER.exec(token);
    const modifying = modifier !== null && MODIFYING.has((modifier[1] ?? "").toLowerCase());
    const rest = modifier ? token.slice(modifier[0].length) : "";
    if (modifying && (isKnownName(rest, lexicon) || standsAlone(text, rest))) {
      token = token.slice(modifier[0].length);
      index += modifier[0].length;
    }
    if (lexicon.functionWords.has(WORD_NUMBER.exec(token)?.[1] ?? "")) continue;
    // A function word glued to the next word, the space lost: "withLayer-Decoupled …" is "with Layer-Decoupled …".
    const glued = FUNCTION_GLUED.exec(token);
    if (glued && lexicon.functionWords.has(glued[1] ?? "")) {
      token = token.slice(glued[1]?.length ?? 0);
      index += glued[1]?.length ?? 0;
    }
    if (JOINED.test(token)) {
      for (const part of token.split("+")) {
        out.push({ token: part, index });
        index += part.length + 1;
      }
      continue;
    }
    // Most tokens hold neither a slash nor a full stop: as they are.
    if (!token.includes("/") && !token.includes(".")) {
      out.push({ token, index });
      continue;
    }
    const glue = FOOTNOTE_GLUE.exec(token) ?? SENTENCE_GLUE.exec(token);
    if (glue) {
      out.push({ token: glue[1] ?? "", index });
      splitSlashes(token.slice(glue[0].length), index + glue[0].length, out);
    } else splitSlashes(token, index, out);
  }
  return out;
}

interface Token {
  token: string;
  index: number;
}

// A name that ends in a version or a size ("-3.1", "-8B"); a version or a size with what follows it ("70B-Instruct").
const VERSION_END = /[-\p{L}]\p{N}+(?:\.\p{N}+)*[BMKT]?$/u;
const VERSION_PART = /^\p{N}+(?:\.\p{N}+)*[BMKT]?(?:-[\p{L}\p{N}.]+)*$/u;

function splitSlashes(token: string, index: number, out: Token[]): void {
  let offset = 0;
  const [first = "", ...rest] = token.split("/");
  let current = first;
  for (const part of rest) {
    // A number after the slash goes with the name, and so does another version or size after a name's version:
    // "INT3/4", "Quib-3.1/3.2", "Zorb-3.1-8B/70B-Instruct" (not a second name, "CUDA/Triton", a measure after a
    // unit, "dB/0.85", nor a measure after a format, "FP16/8-bit").
    const versionAfterVersion = VERSION_END.test(current) && VERSION_PART.test(part) && !MEASURE.test(part);
    if (/^\p{N}+$/u.test(part) || versionAfterVersion) current += `/${part}`;
    else {
      out.push({ token: current, index: index + offset });
      offset += current.length + 1;
      current = part;
    }
  }
  out.push({ token: current, index: index + offset });
}

/**
 * A capitalised word inside a sentence that is not part of a capitalised
 * phrase ("Large Language Models") nor an eponym or adjective (Bayesian): the
 * way abstracts write one-word system names such as Adam or Mamba.
 */
// A capitalised item of a comma list: the item, then a comma, "and", "or" or the list's end.
const LIST_ITEM = /(?:^|,\s*|\s(?:and|or)\s+)(\p{Lu}[\p{L}\p{N}.+-]*)(?=\s*(?:,|\s(?:and|or)\s|[).;]|$))/gu;

/**
 * A word set apart by commas or "and"/"or" in a list of three capitalised
 * items or more, the way abstracts list models and systems.
 */
function inListOfNames(text: string, index: number, token: string, previous: string, lexicon: Lexicon): boolean {
  const after = text.slice(index + token.length, index + token.length + 2);
  if (!previous.endsWith(",") && !/^,/.test(after) && !/^(?:and|or)$/i.test(previous)) return false;
  const around = text.slice(Math.max(0, index - 80), index + token.length + 80);
  const sentence = around.slice(around.lastIndexOf(". ", 80) + 1);
  const items = [...sentence.matchAll(LIST_ITEM)].map((m) => m[1] ?? "");
  // A list of ordinary words, capitalised as categories are, names none of them: "Duty, Intellect, Adversity and
  // Deception", "Christianity, Islam, Judaism or Buddhism".
  const ordinary = items.filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && ordinaryCapitalised(w, lexicon));
  return items.length >= 3 && ordinary.length * 2 < items.length;
}

/**
 * A capitalised word that is an ordinary one: a word the collection also writes in lower case, or an abstract noun,
 * whose ending names an idea, a faith or a quality, not a system: "Buddhism", "Incommensurability" (not "-tion",
 * "-ity", "-ment" nor a short stem: "Xception", "Unity", "Element", "Prism", "Harness").
 */
const ordinaryCapitalised = (word: string, lexicon: Lexicon): boolean =>
  ABSTRACT_NOUN.test(word) || ordinaryForm(word.toLowerCase(), lexicon);

const ABSTRACT_NOUN = /(?:\p{Ll}{3}ism|\p{Ll}{5}ness|\p{Ll}i[sz]ation|\p{Ll}[ai]bility)s?$/u;

/**
 * A capitalised word joined to an edition is a model's release: "Zorbllama-Instruct", "Quib-Chat". Not two editions
 * ("Flash-Lite"), a size, an eponym, nor an ordinary word or a bound with its edition-like word ("Group-Chat",
 * "Mean-Max", "Min-Max").
 */
function editionJoined(token: string, lexicon: Lexicon): boolean {
  const m = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u.exec(token);
  if (!m) return false;
  const [, first = "", edition = ""] = m;
  return (
    lexicon.cues.edition.test(edition) &&
    !lexicon.cues.size.test(edition) &&
    !lexicon.cues.edition.test(first) &&
    !isEponym(first, lexicon) &&
    !ordinaryForm(first.toLowerCase(), lexicon)
  );
}

function loneCapitalised(text: string, index: number, token: string, lexicon: Lexicon): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(token)) return false;
  if (isEponym(token, lexicon)) return false;
  if (ordinaryCapitalised(token, lexicon)) return false;
  // Alone in parentheses, a capitalised word is a name: "squared sum (Adam)".
  if (text[index - 1] === "(" && text[index + token.length] === ")") return true;
  if (text[index - 1] !== " " || !/^(?:[\s,.;:)]|$)/.test(text[index + token.length] ?? "")) return false;
  const before = text.slice(Math.max(0, index - 40), index);
  if (/(?:^|[.!?:;]\s*|\(\s*|["“']\s*)$/.test(before) || before.trim() === "") return false;
  // The last word of a capitalised name: "Database of the Pancreas", "Bank of America".
  if (/\p{Lu}[\p{L}-]*\s+of(?:\s+the)?\s+$/u.test(before)) return false;
  // After an enumeration mark a sentence starts: "(2) Complementing this, …".
  if (AFTER_ENUMERATION_MARK.test(before)) return false;
  const previous = /(\S+)\s+$/.exec(before)?.[1] ?? "";
  const next = /^\s+(\S+)/.exec(text.slice(index + token.length))?.[1] ?? "";
  const capital = (w: string) => /^[\p{Lu}]/u.test(w) && !/^(?:I|A)$/.test(w);
  // A surname before a term of mathematics or science is an eponym: "Taylor expansion", "Rayleigh fading".
  if (EPONYM_HEAD.test(next)) return false;
  // The end of a capitalised phrase an acronym is defined for: "Hematoxylin and Eosin (H&E)".
  if (/^\(\p{Lu}[\p{Lu}\p{N}&-]*s?\)/u.test(next) && /\p{Lu}\p{Ll}+\s+(?:and|of|&)\s+$/u.test(before)) return false;
  // An item of a list of names: "GPT-4o, Claude, Llama, and Gemma".
  if (inListOfNames(text, index, token, previous, lexicon)) return true;
  // After "such as", "e.g." or "including" come examples: "such as Muon and Soap".
  const example = /\b(?:such as|e\.g\.,?|including|like|namely)\s+$/i.test(before);
  // A capitalised neighbour makes a capitalised phrase. Set apart by a comma, a sentence's opening word does not
  // ("Recently, Zorb …"), nor a name before in a list ("ChatGPT, Llama, …"); an adjective does ("Asian, African").
  const apart =
    /,$/.test(previous) && (/(?:^|[.!?]\s+)\p{Lu}\p{Ll}+,\s+$/u.test(before) || nameBefore(previous, lexicon));
  if (capital(previous) && !apart) return false;
  if (capital(next) && !variantNamed(token, text.slice(index + token.length), lexicon)) return false;
  // Two names joined: "Mistral and Gemma", "Adagrad or Lion" (the second is read on its own).
  if (/^(?:and|or)$/.test(next) && pairedName(text.slice(index + token.length), lexicon)) return true;
  return example || !/^(?:of|and|for|the|de|von|van)$/.test(next);
}

/**
 * A name other texts of the collection write, with its variant's word after it: "Qwen Coder", "Claude Haiku"
 * (not a capitalised phrase: "Google Research Football", nor a kind: "the Adam Optimizer").
 */
function variantNamed(token: string, after: string, lexicon: Lexicon): boolean {
  const m = /^ (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}-])(?:\s+(\S+))?/u.exec(after);
  const [, variant = "", following = ""] = m ?? [];
  // A release after the variant is read with the variant's word: "Claude Sonnet 4.5".
  if (!m || /^[\p{Lu}\p{N}]/u.test(following) || !namedElsewhere(token, lexicon)) return false;
  // (A size is no variant's word: "Zorbo Large".)
  if (lexicon.cues.size.test(variant)) return false;
  return (
    lexicon.cues.edition.test(variant) ||
    (!ordinaryForm(variant.toLowerCase(), lexicon) &&
      !isEponym(variant, lexicon) &&
      !isGeneric(variant, lexicon) &&
      !lexicon.cues.contributionHead.test(variant))
  );
}

// Terms named after a person ("Walsh spectrum", "Hausdorff distance", "Mpemba effect"); not the words that follow a
// system's name as often ("Triton code", "Qwen series", "Monarch matrices", "the Spider test set", "Mamba type").
// Of them, the terms that hardly follow a system's name at all (not "laws", "stability", "norms": "Chinchilla law",
// "Muon stability" are the model's, the optimizer's) make their person's name an eponym throughout the paper.
const PERSON_TERMS =
  String.raw`expansions?|transform(?:s|ations?)?|spectr(?:um|a)|fading|distances?|integrals?|effects?|` +
  String.raw`hypothes[ie]s|inequalit(?:y|ies)|theorems?|lemmas?|conjectures?|equations?|constants?|polynomials?|` +
  String.raw`principles?|criteri(?:on|a)|equilibri(?:um|a)`;
const EPONYM_HEAD = new RegExp(
  String.raw`^(?:${PERSON_TERMS}|laws?|entropy|divergences?|norms?|coefficients?|bounds?|numbers?|exponents?|` +
    String.raw`stability|arguments?|intervals?)\W*$`,
);
// A capitalised word before such a term: a surname (group 1) an eponym is made of.
const SURNAME_BEFORE_TERM = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}+)\s+(?:${PERSON_TERMS})(?![\p{L}\p{N}])`,
  "gu",
);

// A list's item before a word, with its comma: a name, not an adjective ("Asian,") nor an ordinary word.
function nameBefore(previous: string, lexicon: Lexicon): boolean {
  const word = previous.slice(0, -1);
  return (
    looksLikeName(word) ||
    (/^\p{Lu}\p{Ll}{2,}$/u.test(word) && !isEponym(word, lexicon) && !ordinaryForm(word.toLowerCase(), lexicon))
  );
}

// After " and " or " or ": a capitalised word alone, not the start of a capitalised phrase ("Gemma", not "Gemma
// Team Reports"), nor an ordinary word.
function pairedName(after: string, lexicon: Lexicon): boolean {
  const m = /^\s+(?:and|or)\s+(\p{Lu}[\p{L}\p{N}.+-]*)(?:\s+(\S+))?/u.exec(after);
  const [, written = "", following = ""] = m ?? [];
  // A sentence's full stop is not the name's: "… Zorba and Vexa."
  const word = written.replace(/\.+$/, "");
  // Not a capitalised phrase defined with an acronym either: "Hematoxylin and Eosin (H&E)".
  if (!m || /^\(?\p{Lu}/u.test(following) || isGeneric(word, lexicon)) return false;
  return looksLikeName(word) || (/^\p{Lu}\p{Ll}{2,}$/u.test(word) && !ordinaryForm(word.toLowerCase(), lexicon));
}

// Derivational endings: a capitalised word made of an ordinary one is ordinary too ("Kernelized", "Spectrally").
const DERIVED = /(?:ized|ised|ization|isation|ed|ing|ly|ness|ity|al)$/;

/** A lower-case word the collection or the paper writes, in the singular, or an ordinary word with an ending. */
function ordinaryForm(word: string, lexicon: Lexicon): boolean {
  if (isOrdinary(word, lexicon) || isOrdinary(singular(word), lexicon)) return true;
  const stem = word.replace(DERIVED, "");
  return stem !== word && stem.length >= 4 && (isOrdinary(stem, lexicon) || isOrdinary(`${stem}e`, lexicon));
}

// A reference, not a name: a BibTeX key left in the text ("smith2021kernel",
// "~jns13"), or an alphabetic citation label in square brackets ("[JNS13]").
function isCitation(text: string, index: number, token: string): boolean {
  if (/^\p{Ll}+\p{N}{4}\p{Ll}*$/u.test(token)) return true;
  // "Sanghavi~jns13": what was "~\cite{jns13}".
  if (text[index - 1] === "~" && /^\p{Ll}+\p{N}{2,4}\p{Ll}*$/u.test(token)) return true;
  if (!/^\p{Lu}{1,4}\+?\p{N}{2}[a-z]?$/u.test(token)) return false;
  const open = text.lastIndexOf("[", index);
  return open >= 0 && open > text.lastIndexOf("]", index - 1) && /^[^[\]]{0,80}\]/.test(text.slice(index));
}

/**
 * A compound with its capitalised ordinary words in lower case, where they read as adjectives: "OFDM-Flexible" →
 * "OFDM-flexible" (not a noun a tool's name ends in: "RAG-Fusion", "GUI-Agent", "Quib-Assist").
 */
function uncapitalised(token: string, lexicon: Lexicon): string {
  return token
    .split("-")
    .map((w) =>
      /^\p{Lu}\p{Ll}+$/u.test(w) &&
      ADJECTIVE_ENDING.test(w) &&
      isOrdinary(w.toLowerCase(), lexicon) &&
      !lexicon.cues.edition.test(w) &&
      !lexicon.cues.size.test(w)
        ? w.toLowerCase()
        : w,
    )
    .join("-");
}

// Endings of adjectives: "-ible", "-able", "-al", "-ive", "-ous", "-ic", "-ed", "-ing", "-ful", "-less", "-ent".
const ADJECTIVE_ENDING = /(?:ible|able|al|ive|ous|ic|ed|ing|ful|less|ent|ant|ary|ory)$/;

// An acronym joined to ordinary words names a notion, not a system: "KV-caches",
// "KL-divergences", "Zero-LLM". Model sizes stay names: "BERT-base".
function descriptiveCompound(token: string, lexicon: Lexicon): boolean {
  if (!token.includes("-")) return false;
  const [head = "", ...tail] = token.split("-");
  const acronym = /^(?:\p{Lu}{2,}|\p{Lu}\p{N})$/u.test(head);
  // A suffix of an adjective leaves the name it is made of: "GPTQ-based", "CLIP-informed" (read as the name alone).
  // A likeness to a family's acronym names a kind, not the family ("GPT-style", "BERT-sized"); to another name it
  // says the work uses what the name does ("ZorbPack-style compression").
  if (lexicon.cues.adjectiveSuffix.test(token)) return acronym && lexicon.cues.likenessSuffix.test(token);
  // An ordinary word before a generic term is a kind of it: "Zero-LLM", "Cine-MRI", "Micro-CT" (not "Flow-GRPO", nor
  // a compound other papers name too: "Self-RAG").
  const last = tail.at(-1) ?? "";
  const kindOf =
    tail.length === 1 &&
    /^\p{L}\p{Ll}+$/u.test(head) &&
    isOrdinary(head.toLowerCase(), lexicon) &&
    /^\p{L}/u.test(last) &&
    (isGeneric(last, lexicon) || isGeneric(singular(last), lexicon));
  if (kindOf) return !namedElsewhere(token, lexicon);
  if (tail.length === 0 || !acronym) return false;
  return tail.every(
    (w) =>
      /^\p{Ll}+$/u.test(w) &&
      (isOrdinary(w, lexicon) || isOrdinary(singular(w), lexicon)) &&
      !lexicon.cues.edition.test(w) &&
      // (A release's kind makes it a name: "SWE-bench", "MT-bench", "Quib-gym".)
      !lexicon.cues.releaseHead.test(w) &&
      w !== "distilled",
  );
}

// An author in a citation: "Han et al.", "(Frantar & Alistarh, 2023)",
// "Price and Xun (FOCS 2024)", "[… Woodruff, ICALP'17]". `after` is the text
// right after the word.
const YEAR = String.raw`(?:19|20)\d{2}`;
const VENUE_YEAR = String.raw`\(\p{Lu}{2,}\s+${YEAR}\)`; // "(FOCS 2024)"
const CITED_AUTHOR = new RegExp(
  "^(?:" +
    [
      String.raw`\s+et al\b`, // Han et al.
      String.raw`,\s*${YEAR}\b`, // Frantar, 2023
      String.raw`\s*&\s*\p{Lu}`, // Frantar & Alistarh
      String.raw`,\s*\p{Lu}+'\d{2}`, // Woodruff, ICALP'17
      String.raw`\s+${VENUE_YEAR}`, // Xun (FOCS 2024)
      String.raw`\s+and\s+\p{Lu}\p{Ll}+\s+${VENUE_YEAR}`, // Price and Xun (FOCS 2024)
      // Lee, Xu and Yu (COLT 2018)
      String.raw`(?:,\s*\p{Lu}\p{Ll}+)+,?\s+and\s+\p{Lu}\p{Ll}+\s+(?:${VENUE_YEAR}|\(${YEAR}[a-z]?\))`,
      String.raw`(?:\s+and\s+\p{Lu}\p{Ll}+)?\s+\(${YEAR}[a-z]?\)`, // Genzel and Stollenwerk (2023), Smith (2021)
      String.raw`\s+and\s+\p{Lu}\p{Ll}+['’]s\b`, // Sriramu and Wagner's
      String.raw`\s+and\s+\p{Lu}\p{Ll}+(?:,\s*(?:\p{Lu}+'\d{2}|${YEAR})|~|\s+et al\b)`, // Song and Yu, ICML'21
    ].join("|") +
    ")",
  "u",
);

// What every citation above starts with: a comma, an ampersand, or a space and "et", "and" or "(". (A cheap test
// without the "u" flag: most capitalised words are followed by none.)
const CITATION_START = /^(?:\s*[,&]|\s+(?:et\b|and\b|\())/;

function citedAuthor(after: string): boolean {
  return CITATION_START.test(after) && CITED_AUTHOR.test(after);
}

// A symbol in a formula: after LaTeX or math characters, or before a power, an
// index or a norm bar: "UV^top", "W=KQ", "|SAx-Sb|".
function inFormula(text: string, index: number, length: number): boolean {
  return /[\\_^{$=|]/.test(text[index - 1] ?? " ") || /^[\^_|]/.test(text[index + length] ?? "");
}

// A venue and year closing a citation: "[Song and Yu, ICML'21]", "(FOCS 2024)".
function citedVenue(text: string, index: number, token: string, after: string): boolean {
  if (/^\p{Lu}+'\p{N}{2}$/u.test(token)) return /^\s*[\])]/.test(after);
  return opensBefore(text, index) && /^\s+(?:19|20)\d{2}\s*[)\]]/.test(after);
}

// Whether "(" or "[" comes right before `index`, spaces aside. (A regular
// expression anchored at the end of the text before would scan all of it, for
// every word.)
function opensBefore(text: string, index: number): boolean {
  let i = index - 1;
  while (isSpace(text[i])) i--;
  return text[i] === "(" || text[i] === "[";
}

// Ordinary words with an acronym's letters raised: "INtegration", "Matrix-factORization".
function raisedLetters(token: string, lexicon: Lexicon): boolean {
  if (/\p{N}/u.test(token) || (token.includes("-") && !/\p{Ll}\p{Lu}/u.test(token))) return false;
  return token.split("-").every((w) => isOrdinary(w.toLowerCase(), lexicon));
}

// The paper's own name misspelt ("MaskSparity" for MaskSparsity), at a size ("InceptionNeXt-T") or improved ("Zorb++").
function ownVariant(own: string, token: string): boolean {
  return (
    (own.length >= 8 && nearlySame(own, token, 1)) ||
    (token.startsWith(`${own}-`) && token.length - own.length <= 4) ||
    (token.startsWith(own) && /^\+{1,2}$/.test(token.slice(own.length)))
  );
}

/** Other named methods, models and datasets the paper mentions (after the methods plugin: never its own). */
export const paperMentions: Plugin<[{ lexicon: Lexicon }], Root> =
  ({ lexicon }) =>
  (_tree, file) => {
    const own = (file.data.methods ?? []).map((m) => m.name);
    const found = extractMentions(file.data.title ?? "", file.data.text ?? "", own, forPaper(lexicon, file));
    file.data.mentions = found.map((m) => {
      const name = plainName(m.name);
      return { key: nameKey(name), name, slug: null };
    });
  };

declare module "vfile" {
  interface DataMap {
    /** Names of other work the paper mentions (mentions plugin). */
    mentions: MentionRef[];
  }
}
