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

  // Dot products through an inverted index: only papers sharing a term are
  // ever compared. Terms in a large share of the collection are skipped here
  // (they add little to an idf-weighted similarity and cost the most).
  const postings = new Map<string, Array<[number, number]>>();
  vectors.forEach((v, i) => {
    for (const [t, w] of v) {
      const list = postings.get(t);
      if (list) list.push([i, w]);
      else postings.set(t, [[i, w]]);
    }
  });
  const cap = Math.max(50, Math.ceil(0.1 * n));
  const acc = new Float64Array(n);

  papers.forEach((p, i) => {
    const touched: number[] = [];
    for (const [t, w] of vectors[i]!) {
      const list = postings.get(t)!;
      if (list.length > cap) continue;
      for (const [j, u] of list) {
        if (j === i) continue;
        if (acc[j] === 0) touched.push(j);
        acc[j]! += w * u;
      }
    }
    const scored = touched.map((j) => {
      const q = papers[j]!;
      const cosine = acc[j]!;
      acc[j] = 0;
      const shared = p.concepts.filter((c) => q.concepts.some((d) => d.id === c.id)).map((c) => c.id);
      const conceptScore = shared.reduce((s, id) => s + idf(conceptDf.get(id)!), 0) / (maxConcept * Math.max(1, Math.min(p.concepts.length, q.concepts.length)));
      return { j, score: Math.round((0.5 * conceptScore + 0.5 * cosine) * 1000) / 1000, concepts: shared.sort() };
    });
    // The terms behind an edge are worked out only for the edges kept.
    p.related = scored
      .filter((r) => r.score >= options.minScore)
      .sort((a, b) => b.score - a.score || papers[a.j]!.id.localeCompare(papers[b.j]!.id))
      .slice(0, options.limit)
      .map((r) => ({ id: papers[r.j]!.id, score: r.score, concepts: r.concepts, terms: sharedTerms(vectors[i]!, vectors[r.j]!) }));
  });
}

function sharedTerms(a: Map<string, number>, b: Map<string, number>): string[] {
  const out: Array<[string, number]> = [];
  for (const [t, w] of a) {
    const u = b.get(t);
    if (u !== undefined) out.push([t, w * u]);
  }
  return out.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, 5).map(([t]) => t);
}
