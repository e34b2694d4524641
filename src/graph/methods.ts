// The method index: one entry per canonical key, so spelling variants
// (Q-GaLore / Q-Galore) share one method page.
import { slugify, shortHash } from "../merge/keys.ts";
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
  const entries: MethodEntry[] = [];
  for (const [key, e] of [...byKey].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (e.intro.size === 0 && e.mention.size < minMentions) continue;
    const ranked = [...e.names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    // A method a paper introduces goes by that paper's name for it; one only mentioned, by its most used name.
    const name = e.introName?.name ?? ranked[0]?.[0];
    if (name === undefined) throw new Error(`method ${key}: no name, though every key is recorded with one`);
    entries.push({
      key,
      slug: "",
      name,
      variants: ranked.map(([n]) => n).filter((n) => n !== name),
      introducedBy: [...e.intro].sort(),
      mentionedBy: [...e.mention].sort(),
    });
  }
  const bySlug = new Map<string, MethodEntry[]>();
  for (const m of entries) {
    const slug = slugify(m.name.replace(/\+/g, " plus ")) || `method-${shortHash(m.key)}`;
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), m]);
  }
  for (const [slug, group] of bySlug)
    for (const m of group) m.slug = group.length === 1 ? slug : `${slug}-${shortHash(m.key)}`;
  return entries;
}
