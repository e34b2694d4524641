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
const NAMING = /\b(?:called|termed|dubbed|named|coined|nicknamed|referred to as|which we call|we call(?: (?:it|this|them|our (?:method|approach|framework|technique|model)))?|we name(?: (?:it|this))?|we term(?: (?:it|this))?)\s+/gi;
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
    if (ownContribution(sentence, abbr) && !isGeneric(abbr.short, lexicon)) add(abbr.short, "abbreviation");
  }
  return found;
}

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
  const defined = abbreviations.find((a) => a.long.toLowerCase() === prefix.toLowerCase());
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
  const lead = before.slice(0, Math.max(0, before.length - abbr.long.length));
  if (/(?:called|termed|dubbed|named|coined|referred to as|we call)\s*["“]?\s*$/i.test(lead)) return true;
  return SELF.test(lead) && PROPOSE.test(lead) && !/\b(?:previous|prior|existing|popular|standard|such as|like|e\.g\.|including)\b/i.test(lead.slice(-60));
}

function fromSentence(sentence: string, lexicon: Lexicon, add: (n: string, v: FoundMethod["via"]) => void): void {
  for (const m of sentence.matchAll(NAMING)) {
    const name = namedPhrase(sentence.slice(m.index + m[0].length), lexicon);
    if (name) add(name, "phrase");
  }
  const verb = PROPOSE.exec(sentence);
  if (!verb || !SELF.test(sentence.slice(0, verb.index + verb[0].length + 1))) return;
  const after = sentence.slice(verb.index + verb[0].length).replace(/^\s*(?:here|in this (?:paper|work)|,)\s*/i, "");
  const name = proposedName(after, lexicon);
  if (name) add(name, "phrase");
}

/** After "called/termed": a name token, or a short phrase up to punctuation. */
function namedPhrase(text: string, lexicon: Lexicon): string | null {
  const quoted = /^["“]([^"”]{2,60})["”]/.exec(text);
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
