// The names a paper introduces: a name before the title's colon, an
// abbreviation defined for the paper's own contribution, and names given by
// "we propose / introduce / call / term / dub X".
import { type Abbreviation, findAbbreviations } from "./abbreviations.ts";
import { type Lexicon, TOKEN, isGeneric, looksLikeName, nameKey } from "./names.ts";
import { splitSentences } from "./sentences.ts";

export interface FoundMethod {
  name: string;
  via: "title" | "abbreviation" | "phrase";
}

const PROPOSE = /\b(?:propose[sd]?|introduce[sd]?|present(?:s|ed)?|develop(?:s|ed)?|design(?:s|ed)?|devise[sd]?|formulate[sd]?|establish(?:es|ed)?|put forward|offer(?:s|ed)?|unveil(?:s|ed)?|contribute[sd]?)\b/i;
const SELF = /\b(?:we|our|this (?:paper|work|article|study)|here)\b/i;
const NAMING = /\b(?:called|termed|dubbed|named|namely|coined|nicknamed|referred to as|we call(?: (?:it|this|them|(?:our|the|this|these) [\p{Ll}-]+))?|we name(?: (?:it|this))?|we term(?: (?:it|this))?)\s+/giu;
// Names of earlier work are introduced with the same words: "a recently proposed technique called LISA".
const PRIOR = /\b(?:recently|previously|widely|commonly|popular|existing|prior|previous|standard|conventional|such as|like|e\.g\.|including|known as)\b/i;
// Head nouns that a proposal names: "a novel memory-efficient optimizer, X".
const HEAD = /(?:method|approach|framework|algorithm|technique|optimizer|model|architecture|strategy|scheme|system|library|benchmark|dataset|suite|network|layer|module|adapter|estimator|metric|paradigm|procedure|tool|toolkit|compiler|recipe|family|variant|formulation|initialization|regularizer|loss|objective|mechanism|pipeline|agent)s?$/i;

export function extractMethods(title: string, abstract: string, lexicon: Lexicon): FoundMethod[] {
  const found: FoundMethod[] = [];
  const add = (name: string, via: FoundMethod["via"]) => {
    const clean = name.trim().replace(/^["“'‘]+|["”'’,.;:]+$/g, "");
    if (!clean || isGeneric(clean, lexicon)) return;
    if (!found.some((f) => nameKey(f.name) === nameKey(clean))) found.push({ name: clean, via });
  };
  const abbreviations = findAbbreviations(abstract);
  fromTitle(title, abstract, abbreviations, lexicon, add);
  for (const sentence of splitSentences(abstract)) fromSentence(sentence, lexicon, add);
  for (const abbr of abbreviations) {
    const sentence = sentenceAround(abstract, abbr.index);
    if (ownContribution(sentence, abbr) && !isGeneric(abbr.short, lexicon)) add(preferSingular(abbr.short, abstract), "abbreviation");
  }
  // The acronym stands for its expansion, unless the expansion is the title's name.
  return found.filter((f) => f.via === "title" || !abbreviations.some((a) => sameWords(a.long, f.name) && found.some((g) => nameKey(g.name) === nameKey(a.short) || nameKey(g.name) === nameKey(preferSingular(a.short, abstract)))));
}

/** "EBVs" is written "EBV" when the abstract also uses the singular. */
function preferSingular(name: string, text: string): string {
  if (!/\p{Lu}s$/u.test(name)) return name;
  const one = name.slice(0, -1);
  const escaped = one.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "u").test(text) ? one : name;
}

const sameWords = (a: string, b: string) => wordsKey(a) === wordsKey(b);
const wordsKey = (s: string) => s.toLowerCase().split(/[\s-]+/).map((w) => w.replace(/s$/, "")).join(" ");

function fromTitle(title: string, abstract: string, abbreviations: Abbreviation[], lexicon: Lexicon, add: (n: string, v: FoundMethod["via"]) => void): void {
  const colon = title.search(/:\s/);
  if (colon <= 0) return;
  const prefix = title.slice(0, colon).trim();
  const words = prefix.split(/\s+/);
  if (words.length === 1) {
    if (!lexicon.functionWords.has(prefix.toLowerCase()) && /\p{L}/u.test(prefix)) add(prefix, "title");
    return;
  }
  if (words.length > 4 || words.some((w) => lexicon.functionWords.has(w.toLowerCase()))) return;
  const defined = abbreviations.find((a) => sameWords(a.long, prefix));
  if (defined) {
    add(prefix, "title");
    add(defined.short, "abbreviation");
  } else if (abstract.includes(prefix)) add(prefix, "title");
}

function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf(". ", index), -1) + 1;
  return text.slice(start, index);
}

function ownContribution(before: string, abbr: Abbreviation): boolean {
  const trimmed = before.trimEnd();
  const lead = trimmed.slice(0, Math.max(0, trimmed.length - abbr.long.length));
  // The naming or proposing words stand right before the long form.
  const near = lead.split(/\s+/).slice(-8).join(" ");
  if (PRIOR.test(near)) return false;
  if (/(?:called|termed|dubbed|named|namely|coined|referred to as|we call)\s*["“`']*\s*$/i.test(lead)) return true;
  if (/\bour (?:[\p{L}-]+ ){0,3}(?:method|approach|framework|algorithm|technique|optimizer|model|architecture|scheme|system)s?\W*$/iu.test(near)) return true;
  if (/\b(?:newly proposed|a novel|a new)\b/i.test(near)) return true;
  return SELF.test(near) && PROPOSE.test(near);
}

function fromSentence(sentence: string, lexicon: Lexicon, add: (n: string, v: FoundMethod["via"]) => void): void {
  for (const m of sentence.matchAll(NAMING)) {
    if (PRIOR.test(sentence.slice(Math.max(0, m.index - 50), m.index))) continue;
    const name = namedPhrase(sentence.slice(m.index + m[0].length), lexicon);
    if (name) add(name, "phrase");
  }
  const verb = PROPOSE.exec(sentence);
  if (!verb || !SELF.test(sentence.slice(0, verb.index + verb[0].length + 1))) return;
  const after = sentence.slice(verb.index + verb[0].length).trim().replace(/^(?:here|in this (?:paper|work)|,)\s*/i, "");
  const name = proposedName(after, lexicon);
  if (name) add(name, "phrase");
}

/** After "called/termed": a name token, or a short phrase up to punctuation. */
function namedPhrase(text: string, lexicon: Lexicon): string | null {
  const quoted = /^(?:(?:a|an|the)\s+)?(?:["“]|``|')([^"”'`]{2,60})(?:["”]|''|')/.exec(text);
  if (quoted) return quoted[1]!;
  const phrase = /^([\p{L}\p{N}][\p{L}\p{N}\-+.'’/]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}\-+'’/]*){0,4})/u.exec(text);
  if (!phrase) return null;
  const words: string[] = [];
  for (const w of phrase[1]!.split(/\s+/)) {
    if (words.length > 0 && /^(?:that|which|to|for|and|or|with|in|on|by|as|is|are|where|whose|while|using|from|can|the|a|an)$/i.test(w)) break;
    words.push(w.replace(/[.]$/, ""));
  }
  const name = words.join(" ");
  if (!name || lexicon.functionWords.has(name.toLowerCase())) return null;
  return name;
}

/** After "we propose": a name right away, or after a short description ending in a head noun. */
function proposedName(text: string, lexicon: Lexicon): string | null {
  const quoted = /^[^.;:]{0,60}?(?:``|["“])([^"”'`]{2,60})(?:''|["”])/.exec(text);
  if (quoted) return quoted[1]!;
  // "we propose Householder Projector, a flexible …": capitalised words then an apposition.
  const titled = /^((?:\p{Lu}[\p{L}\p{N}-]*\s+){0,3}\p{Lu}[\p{L}\p{N}-]*)\s*(?:,|\(|which\b|that\b)/u.exec(text);
  if (titled && titled[1]!.includes(" ")) return titled[1]!;
  // "we introduce robust-kbench, a new benchmark": a coined word then an apposition.
  const coined = /^([\p{Ll}\p{N}]+(?:-[\p{L}\p{N}]+)+),\s+(?:a|an)\s/u.exec(text);
  if (coined) return coined[1]!;
  const tokens = text.split(/\s+/).slice(0, 14);
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i]!;
    const token = raw.replace(/^[("“]+/, "").replace(/[),.;:"”]+$/, "");
    const clean = (token.match(TOKEN) ?? [""])[0]!;
    if (clean && clean === token && looksLikeName(clean) && !isGeneric(clean, lexicon)) {
      const prev = (tokens[i - 1] ?? "").replace(/[,:]$/, "");
      const atStart = i === 0 || /^(?:a|an|the|new|novel)$/i.test(prev);
      if (atStart || HEAD.test(prev) || /[,:]$/.test(tokens[i - 1] ?? "")) return clean;
      return null;
    }
    // Descriptions are lower case; a capitalised word or a clause ends the search.
    if (i > 0 && /[.;]$/.test(raw)) return null;
    if (/^(?:that|which|to|for|where|with|based|using|by|in|on|of|and)$/i.test(token) && i > 0 && !HEAD.test(tokens[i - 1] ?? "")) return null;
  }
  return null;
}
