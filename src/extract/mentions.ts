// Other named methods, models, systems and datasets an abstract names: tokens
// that look like names (GaLore, GPT-2, K-FAC), less generic terms, the paper's
// own methods, and abbreviations the abstract defines for generic notions.
import { findAbbreviations } from "./abbreviations.ts";
import { ADJECTIVE_SUFFIX, type Lexicon, TOKEN, isGeneric, looksLikeName, nameKey, singular } from "./names.ts";

export interface FoundMention {
  name: string;
}

/** Words of a long form that make it a generic notion, not a named system. */
const DESCRIPTIVE = /^(?:\p{Ll}[\p{Ll}\-]*|of|and|for|the|in|on|with|\p{Lu}\p{Ll}+)$/u;

export function extractMentions(title: string, abstract: string, own: string[], lexicon: Lexicon): FoundMention[] {
  const ownKeys = new Set(own.map(nameKey));
  const genericAbbr = new Set<string>();
  for (const a of findAbbreviations(abstract)) {
    // "large language models (LLMs)", "Mixture of Experts (MoE)": notions, not names.
    const words = a.long.split(/\s+/);
    if (words.every((w) => DESCRIPTIVE.test(w)) && !looksLikeNameWordIn(words) && /^[\p{Lu}\d-]+s?$/u.test(a.short)) genericAbbr.add(nameKey(a.short));
  }
  // URLs are links, not names: blank them out, keeping offsets.
  const text = `${title}. ${abstract}`.replace(/https?:\/\/\S+/g, (u) => " ".repeat(u.length));
  const surface = new Map<string, string>();
  for (const m of tokens(text)) {
    let token = m.token;
    const before = text[m.index - 1] ?? " ";
    if (/[\\_^{$]/.test(before)) continue; // LaTeX and math remnants
    token = token.replace(/[.']+$/, "").replace(/['’]s$/, "");
    const adjective = ADJECTIVE_SUFFIX.exec(token);
    if (adjective) token = token.slice(0, adjective.index);
    if (!looksLikeName(token) || isGeneric(token, lexicon)) continue;
    if (lexicon.notNames.has(token.toLowerCase())) continue;
    // Version suffix written apart: "MoCo v2".
    const version = /^\s+(v\d+(?:\.\d+)?)\b/.exec(text.slice(m.index + m.token.length));
    if (version) token = `${token} ${version[1]}`;
    const key = nameKey(token);
    if (!key || ownKeys.has(key) || genericAbbr.has(key)) continue;
    if (!surface.has(token)) surface.set(token, token);
  }
  // A plural is kept only when the singular does not occur.
  const names = [...surface.keys()].filter((t) => !(singular(t) !== t && surface.has(singular(t))));
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

/** Tokens, with "A/B" split into A and B unless B is a bare version ("Llama-2/3"). */
function* tokens(text: string): Generator<{ token: string; index: number }> {
  for (const m of text.matchAll(TOKEN)) {
    let offset = 0;
    const parts = m[0].split("/");
    let current = parts[0]!;
    for (let i = 1; i < parts.length; i++) {
      if (/^\p{N}+$/u.test(parts[i]!)) current += `/${parts[i]}`;
      else {
        yield { token: current, index: m.index + offset };
        offset += current.length + 1;
        current = parts[i]!;
      }
    }
    yield { token: current, index: m.index + offset };
  }
}

function looksLikeNameWordIn(words: string[]): boolean {
  return words.some((w) => looksLikeName(w));
}
