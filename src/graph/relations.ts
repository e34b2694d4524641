// Paper-to-paper relations. "Builds on": A mentions a method B introduces.
// "Related": shared concepts weighted by rarity, blended with TF-IDF similarity
// of the abstracts; each edge keeps the concepts and terms that made it.
import type { Paper } from "../types.ts";

export interface RelatedOptions {
  /** How many related papers to keep per paper. */
  limit: number;
  /** Minimum blended score for an edge. */
  minScore: number;
  /** Words that relate no two papers (the lexicon's function and common words). */
  stopWords: ReadonlySet<string>;
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
    p.buildsOn = [...on]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([id, names]) => ({ id, methods: [...names].sort() }));
  }
  const byId = new Map(papers.map((p) => [p.id, p]));
  for (const p of papers) p.builtUponBy = [];
  for (const p of papers)
    for (const b of p.buildsOn) byId.get(b.id)!.builtUponBy.push({ id: p.id, methods: b.methods });
  for (const p of papers) p.builtUponBy.sort((a, b) => a.id.localeCompare(b.id));
}

const terms = (text: string, stopWords: ReadonlySet<string>): string[] =>
  (text.toLowerCase().match(/[a-z][a-z0-9-]{2,}/g) ?? []).filter((w) => !stopWords.has(w)).map(stem);

// A light stemmer so that "gradients"/"gradient" and "pruning"/"pruned" meet.
function stem(w: string): string {
  return w
    .replace(/(?:ies)$/, "y")
    .replace(/(?:ing|ed|es|s)$/, "")
    .replace(/-$/, "");
}

/** A sparse TF-IDF vector: term ids ascending, unit-length weights. */
interface Sparse {
  ids: Int32Array;
  w: Float64Array;
}

/** The `k` candidates with the highest partial scores, best first (ties by index). */
function topByScore(candidates: number[], score: Float64Array, k: number): number[] {
  if (candidates.length > k) {
    // A numeric sort of the scores alone finds the cut-off cheaply.
    const scores = Float64Array.from(candidates, (j) => score[j]!).sort();
    const cut = scores[scores.length - k]!;
    candidates = candidates.filter((j) => score[j]! >= cut);
  }
  return candidates.sort((a, b) => score[b]! - score[a]! || a - b).slice(0, k);
}

function dot(a: Sparse, b: Sparse): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.w[i++]! * b.w[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

function sharedTerms(a: Sparse, b: Sparse, names: string[]): string[] {
  const out: Array<[string, number]> = [];
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) out.push([names[x]!, a.w[i++]! * b.w[j++]!]);
    else if (x < y) i++;
    else j++;
  }
  // Terms are [a-z0-9-]: code-unit order is their alphabetical order, and far cheaper than a collator.
  return out
    .sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0))
    .slice(0, 5)
    .map(([t]) => t);
}

export function linkRelated(papers: Paper[], options: RelatedOptions): void {
  const n = papers.length;
  const conceptDf = new Map<string, number>();
  for (const p of papers) for (const c of p.concepts) conceptDf.set(c.id, (conceptDf.get(c.id) ?? 0) + 1);
  const idf = (df: number) => Math.log(1 + n / df);
  const maxConcept = Math.max(1, ...[...conceptDf.values()].map(idf));

  // Term ids in first-seen order over papers in input order: deterministic.
  const termId = new Map<string, number>();
  const names: string[] = [];
  const docs = papers.map((p) =>
    terms(`${p.title} ${p.title} ${p.abstract}`, options.stopWords).map((t) => {
      let id = termId.get(t);
      if (id === undefined) {
        id = names.length;
        termId.set(t, id);
        names.push(t);
      }
      return id;
    }),
  );
  const df = new Int32Array(names.length);
  for (const d of docs) for (const t of new Set(d)) df[t]!++;
  const vectors: Sparse[] = docs.map((d) => {
    const tf = new Map<number, number>();
    for (const t of d) tf.set(t, (tf.get(t) ?? 0) + 1);
    // Terms in a single paper say nothing about relations between papers.
    const kept = [...tf].filter(([t]) => df[t]! >= 2).sort((a, b) => a[0] - b[0]);
    const w = new Float64Array(kept.map(([t, f]) => (1 + Math.log(f)) * idf(df[t]!)));
    const norm = Math.sqrt(w.reduce((s, x) => s + x * x, 0)) || 1;
    for (let k = 0; k < w.length; k++) w[k]! /= norm;
    return { ids: Int32Array.from(kept.map(([t]) => t)), w };
  });

  // Candidates come through an inverted index: a paper's most distinctive
  // terms, against postings no longer than CAP (a term in very many papers
  // relates nothing in particular and costs the most). The best candidates by
  // that partial score are then scored exactly.
  const CAP = 120;
  const SIGNATURE = 16;
  const SHORTLIST = 40;
  const postings: number[][] = names.map(() => []);
  const postingWeights: number[][] = names.map(() => []);
  vectors.forEach((v, i) => {
    for (let k = 0; k < v.ids.length; k++) {
      const t = v.ids[k]!;
      if (df[t]! > CAP) continue;
      postings[t]!.push(i);
      postingWeights[t]!.push(v.w[k]!);
    }
  });
  const acc = new Float64Array(n);
  const conceptSets = papers.map((p) => new Set(p.concepts.map((c) => c.id)));

  papers.forEach((p, i) => {
    const v = vectors[i]!;
    const order = [...v.ids.keys()]
      .filter((k) => df[v.ids[k]!]! <= CAP)
      .sort((a, b) => v.w[b]! - v.w[a]! || v.ids[a]! - v.ids[b]!)
      .slice(0, SIGNATURE);
    const touched: number[] = [];
    for (const k of order) {
      const t = v.ids[k]!;
      const w = v.w[k]!;
      const docsOf = postings[t]!;
      const weights = postingWeights[t]!;
      for (let m = 0; m < docsOf.length; m++) {
        const j = docsOf[m]!;
        if (j === i) continue;
        if (acc[j] === 0) touched.push(j);
        acc[j]! += w * weights[m]!;
      }
    }
    const shortlist = topByScore(touched, acc, SHORTLIST);
    for (const j of touched) acc[j] = 0;
    const scored = shortlist.map((j) => {
      const q = papers[j]!;
      const cosine = dot(v, vectors[j]!);
      const shared = p.concepts.filter((c) => conceptSets[j]!.has(c.id)).map((c) => c.id);
      const conceptScore =
        shared.reduce((s, id) => s + idf(conceptDf.get(id)!), 0) /
        (maxConcept * Math.max(1, Math.min(p.concepts.length, q.concepts.length)));
      return { j, score: Math.round((0.5 * conceptScore + 0.5 * cosine) * 1000) / 1000, concepts: shared.sort() };
    });
    // The terms behind an edge are worked out only for the edges kept.
    p.related = scored
      .filter((r) => r.score >= options.minScore)
      .sort((a, b) => b.score - a.score || papers[a.j]!.id.localeCompare(papers[b.j]!.id))
      .slice(0, options.limit)
      .map((r) => ({
        id: papers[r.j]!.id,
        score: r.score,
        concepts: r.concepts,
        terms: sharedTerms(v, vectors[r.j]!, names),
      }));
  });
}
