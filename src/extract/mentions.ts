// Other named methods, models, systems and datasets an abstract names: tokens
// that look like names (GaLore, GPT-2, K-FAC), less generic terms, the paper's
// own methods, and abbreviations the abstract defines for generic notions.
import { ADJECTIVE_SUFFIX, type Lexicon, TOKEN, isGeneric, looksLikeName, nameKey, singular } from "./names.ts";

export interface FoundMention {
  name: string;
}


export function extractMentions(title: string, abstract: string, own: string[], lexicon: Lexicon): FoundMention[] {
  const ownKeys = new Set(own.map(nameKey));
  // URLs are links, not names: blank them out, keeping offsets.
  const text = `${title}. ${abstract}`.replace(/https?:\/\/\S+/g, (u) => " ".repeat(u.length));
  const surface = new Map<string, string>();
  for (const m of tokens(text)) {
    let token = m.token;
    // Most tokens are ordinary lower-case words: no capital, no digit, no name.
    if (!/[\p{Lu}\p{N}]/u.test(token)) continue;
    const before = text[m.index - 1] ?? " ";
    if (/[\\_^{$]/.test(before)) continue; // LaTeX and math remnants
    token = token.replace(/[.']+$/, "").replace(/['’]s$/, "");
    const adjective = ADJECTIVE_SUFFIX.exec(token);
    if (adjective) token = token.slice(0, adjective.index);
    if (!(looksLikeName(token) || (m.index > title.length && loneCapitalised(text, m.index, token, lexicon))) || isGeneric(token, lexicon)) continue;
    if (lexicon.notNames.has(token.toLowerCase())) continue;
    // "INtegration", "GrAdient": an ordinary word with an acronym's letters raised.
    if (!/[\p{N}-]/u.test(token) && lexicon.lowercase.has(token.toLowerCase())) continue;
    // Version suffix written apart: "MoCo v2".
    const version = /^\s+(v\d+(?:\.\d+)?)\b/.exec(text.slice(m.index + m.token.length));
    if (version) token = `${token} ${version[1]}`;
    const key = nameKey(token);
    if (!key || ownKeys.has(key)) continue;
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

/**
 * A capitalised word inside a sentence that is not part of a capitalised
 * phrase ("Large Language Models") nor an eponym or adjective (Bayesian): the
 * way abstracts write one-word system names such as Adam or Mamba.
 */
function loneCapitalised(text: string, index: number, token: string, lexicon: Lexicon): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(token)) return false;
  if (lexicon.notNames.has(token.toLowerCase()) || /(?:ian|ean)$/.test(token)) return false;
  // A word the collection also writes in lower case is an ordinary word.
  if (lexicon.lowercase.has(token.toLowerCase()) || lexicon.lowercase.has(singular(token.toLowerCase()))) return false;
  if (text[index - 1] !== " " || !/^(?:[\s,.;:)]|$)/.test(text[index + token.length] ?? "")) return false;
  const before = text.slice(Math.max(0, index - 40), index);
  if (/(?:^|[.!?:;]\s*|\(\s*|["“']\s*)$/.test(before) || before.trim() === "") return false;
  const previous = /(\S+)\s+$/.exec(before)?.[1] ?? "";
  const next = /^\s+(\S+)/.exec(text.slice(index + token.length))?.[1] ?? "";
  const capital = (w: string) => /^[\p{Lu}]/u.test(w) && !/^(?:I|A)$/.test(w);
  return !capital(previous) && !capital(next) && !/^(?:of|and|for|the|de|von|van)$/.test(next);
}
