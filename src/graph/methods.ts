// The method index: one entry per canonical key, so spelling variants
// (Q-GaLore / Q-Galore) share one method page.
import { findAbbreviations } from "../extract/abbreviations.ts";
import { splitSentences } from "../extract/sentences.ts";
import { slugify, shortHash } from "../merge/keys.ts";
import { byCodeUnit } from "../record/order.ts";
import type { MethodEntry, PaperRecord as Paper } from "../record/schema.ts";

/** Methods a paper introduces, and names mentioned by at least `minMentions` papers. */
export function buildMethodIndex(papers: Paper[], minMentions = 2): MethodEntry[] {
  const byKey = new Map<
    string,
    {
      names: Map<string, number>;
      intro: Set<string>;
      mention: Set<string>;
      /** The introducing paper first by id, and the name it gives the method. */
      introName?: { id: string; name: string };
    }
  >();
  const get = (key: string) => {
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { names: new Map(), intro: new Set(), mention: new Set() }));
    return e;
  };
  for (const p of papers) {
    for (const m of p.methods) {
      const e = get(m.key);
      e.intro.add(p.id);
      e.names.set(m.name, (e.names.get(m.name) ?? 0) + 1);
      if (e.introName === undefined || p.id < e.introName.id) e.introName = { id: p.id, name: m.name };
    }
    for (const m of p.mentions) {
      const e = get(m.key);
      e.mention.add(p.id);
      e.names.set(m.name, (e.names.get(m.name) ?? 0) + 1);
    }
  }
  const byId = new Map(papers.map((p) => [p.id, p]));
  const entries: MethodEntry[] = [];
  for (const [key, e] of [...byKey].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (e.intro.size === 0 && e.mention.size < minMentions) continue;
    const ranked = [...e.names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    // A method a paper introduces goes by that paper's name for it; one only mentioned, by its most used name.
    const name = e.introName?.name ?? ranked[0]?.[0];
    if (name === undefined) throw new Error(`method ${key}: no name, though every key is recorded with one`);
    const introducer = e.introName ? byId.get(e.introName.id) : undefined;
    const dates = [...e.intro, ...e.mention].map((id) => byId.get(id)?.date).filter((d) => typeof d === "string");
    entries.push({
      key,
      slug: "",
      name,
      variants: ranked.map(([n]) => n).filter((n) => n !== name),
      introducedBy: [...e.intro].sort(),
      mentionedBy: [...e.mention].sort(),
      definition: introducer ? definingSentence(introducer.abstract, name) : null,
      longForm: introducer ? longFormOf(introducer.abstract, name) : null,
      firstSeen: dates.length ? (dates.sort()[0] ?? null) : null,
      together: [],
    });
  }
  const bySlug = new Map<string, MethodEntry[]>();
  for (const m of entries) {
    const slug = slugify(m.name.replace(/\+/g, " plus ")) || `method-${shortHash(m.key)}`;
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), m]);
  }
  for (const [slug, group] of bySlug)
    for (const m of group) m.slug = group.length === 1 ? slug : `${slug}-${shortHash(m.key)}`;
  namedTogether(entries, papers);
  return entries;
}

/** How many words of a sentence at most: a longer one is a list of results, not a definition. */
const LONGEST_SENTENCE = 60;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `text` holds `name` as a word: not inside a longer word on either side. */
function namesAsWord(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + name.length);
    if (!(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after))) return true;
  }
  return false;
}

/**
 * The first sentence of an abstract that names the method (as a word), or null.
 * (A word test by hand: a regular expression per name, with Unicode classes in a
 * look-behind, took most of the method index's time at 10,000 papers.)
 */
export function definingSentence(abstract: string, name: string): string | null {
  if (!name || !abstract.includes(name)) return null;
  const sentence = splitSentences(abstract.replace(/\s+/g, " ")).find((s) => namesAsWord(s, name));
  return sentence && sentence.split(" ").length <= LONGEST_SENTENCE ? sentence : null;
}

/** What the method's name abbreviates, where the abstract spells it out ("Low-Rank Adaptation (LoRA)"). */
export function longFormOf(abstract: string, name: string): string | null {
  return findAbbreviations(abstract).find((a) => a.short === name)?.long ?? null;
}

/** Each method's companions: the methods most often introduced or mentioned by the same papers. */
function namedTogether(entries: MethodEntry[], papers: Paper[], most = 5): void {
  const slugOf = new Map(entries.map((m) => [m.key, m.slug]));
  const counts = new Map<string, Map<string, number>>();
  for (const p of papers) {
    const keys = [...new Set([...p.methods, ...p.mentions].map((m) => m.key))].filter((k) => slugOf.has(k));
    for (const a of keys)
      for (const b of keys) {
        if (a === b) continue;
        let row = counts.get(a);
        if (!row) counts.set(a, (row = new Map()));
        row.set(b, (row.get(b) ?? 0) + 1);
      }
  }
  for (const m of entries)
    m.together = [...(counts.get(m.key) ?? [])]
      .sort((x, y) => y[1] - x[1] || byCodeUnit(x[0], y[0]))
      .slice(0, most)
      .map(([k]) => slugOf.get(k) ?? "")
      .filter(Boolean);
}
