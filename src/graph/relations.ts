// Paper-to-paper relations. "Builds on": A mentions a method B introduces.
// "Related": shared concepts weighted by rarity, blended with TF-IDF similarity
// of the abstracts; each edge keeps the concepts and terms that made it.
import type { Paper } from "../types.ts";
import { STOPWORDS } from "./stopwords.ts";

export interface RelatedOptions {
  /** How many related papers to keep per paper. */
  limit: number;
  /** Minimum blended score for an edge. */
  minScore: number;
}

export function linkBuildsOn(papers: Paper[]): void {
  const introducedBy = new Map<string, Paper[]>();
  for (const p of papers) for (const m of p.methods) introducedBy.set(m.key, [...(introducedBy.get(m.key) ?? []), p]);
  for (const p of papers) {
    const on = new Map<string, Set<string>>();
    for (const mention of p.mentions) {
      for (const q of introducedBy.get(mention.key) ?? []) {
        if (q.id === p.id || q.methods.some((m) => p.methods.some((pm) => pm.key === m.key))) continue;
        const name = q.methods.find((m) => m.key === mention.key)!.name;
        on.set(q.id, (on.get(q.id) ?? new Set()).add(name));
      }
    }
    p.buildsOn = [...on].sort((a, b) => a[0].localeCompare(b[0])).map(([id, names]) => ({ id, methods: [...names].sort() }));
  }
  const byId = new Map(papers.map((p) => [p.id, p]));
  for (const p of papers) p.builtUponBy = [];
  for (const p of papers) for (const b of p.buildsOn) byId.get(b.id)!.builtUponBy.push({ id: p.id, methods: b.methods });
  for (const p of papers) p.builtUponBy.sort((a, b) => a.id.localeCompare(b.id));
}

const terms = (text: string): string[] =>
  (text.toLowerCase().match(/[a-z][a-z0-9-]{2,}/g) ?? []).filter((w) => !STOPWORDS.has(w)).map(stem);

// A light stemmer so that "gradients"/"gradient" and "pruning"/"pruned" meet.
function stem(w: string): string {
  return w.replace(/(?:ies)$/, "y").replace(/(?:ing|ed|es|s)$/, "").replace(/-$/, "");
}

export function linkRelated(papers: Paper[], options: RelatedOptions): void {
  const n = papers.length;
  const conceptDf = new Map<string, number>();
  for (const p of papers) for (const c of p.concepts) conceptDf.set(c.id, (conceptDf.get(c.id) ?? 0) + 1);
  const idf = (df: number) => Math.log(1 + n / df);

  const docs = papers.map((p) => terms(`${p.title} ${p.title} ${p.abstract}`));
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const vectors = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const t of d) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, f] of tf) {
      // Terms in a single paper say nothing about relations between papers.
      if ((df.get(t) ?? 0) < 2) continue;
      const w = (1 + Math.log(f)) * idf(df.get(t)!);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
  const maxConcept = Math.max(1, ...[...conceptDf.values()].map(idf));

  // Inverted index so that only papers sharing a term or concept are compared.
  const byTerm = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const t of v.keys()) byTerm.set(t, [...(byTerm.get(t) ?? []), i]);
    for (const c of papers[i]!.concepts) byTerm.set(`#${c.id}`, [...(byTerm.get(`#${c.id}`) ?? []), i]);
  });

  papers.forEach((p, i) => {
    const candidates = new Set<number>();
    for (const t of vectors[i]!.keys()) for (const j of byTerm.get(t) ?? []) candidates.add(j);
    for (const c of p.concepts) for (const j of byTerm.get(`#${c.id}`) ?? []) candidates.add(j);
    candidates.delete(i);
    const scored = [...candidates].map((j) => {
      const q = papers[j]!;
      const shared = p.concepts.filter((c) => q.concepts.some((d) => d.id === c.id)).map((c) => c.id);
      const conceptScore = shared.reduce((s, id) => s + idf(conceptDf.get(id)!), 0) / (maxConcept * Math.max(1, Math.min(p.concepts.length, q.concepts.length)));
      const contributions: Array<[string, number]> = [];
      let cosine = 0;
      for (const [t, w] of vectors[i]!) {
        const u = vectors[j]!.get(t);
        if (u !== undefined) {
          cosine += w * u;
          contributions.push([t, w * u]);
        }
      }
      const score = 0.5 * conceptScore + 0.5 * cosine;
      const termsShared = contributions.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5).map(([t]) => t);
      return { id: q.id, score: Math.round(score * 1000) / 1000, concepts: shared.sort(), terms: termsShared };
    });
    p.related = scored
      .filter((r) => r.score >= options.minScore)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, options.limit);
  });
}
