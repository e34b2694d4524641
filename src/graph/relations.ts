// Paper-to-paper relations. "Builds on": A mentions a method B introduces.
// "Related": shared concepts weighted by rarity, blended with TF-IDF similarity
// of the abstracts; each edge keeps the concepts and terms that made it. A name several papers give different
// things (graph/homonyms.ts) links a mention only to the paper that introduces the same thing.
import type { Paper } from "../types.ts";
import { byCodeUnit } from "../record/order.ts";
import { otherCapitals, sameClaim, spellings } from "./homonyms.ts";
import { papersMentioning, surelyBefore } from "./origins.ts";

export interface RelatedOptions {
  /** How many related papers to keep per paper. */
  limit: number;
  /** Minimum blended score for an edge. */
  minScore: number;
  /** Words that relate no two papers (the lexicon's function and common words). */
  stopWords: ReadonlySet<string>;
}

/**
 * Links each paper to those whose methods it mentions; `kinds` as graph/homonyms.ts `spellings` reads them. With
 * `wording` (the collection's term vectors), a paper links only to an introducer whose wording, the name aside, it
 * shares at least `minSimilarity` of: a name in a paper about something else entirely is another thing of that name
 * ("ROME" in a survey of model editing is not a framework for personality detection); `shortSimilarity` for a name of
 * two or three letters that one paper spells out and the other does not.
 */
export function linkBuildsOn(
  papers: Paper[],
  kinds: RegExp | null = null,
  wording: TermVectors | null = null,
  minSimilarity = 0,
  shortSimilarity = minSimilarity,
): void {
  // For each method key, the papers that introduce it and the name each gives it.
  const introducedBy = new Map<string, Map<Paper, string>>();
  for (const p of papers) {
    for (const m of p.methods) {
      let names = introducedBy.get(m.key);
      if (names === undefined) introducedBy.set(m.key, (names = new Map()));
      if (!names.has(p)) names.set(p, m.name);
    }
  }
  const names = spellings(kinds);
  const mentionedBy = papersMentioning(papers);
  // One earlier mention, in whatever sense, is enough to doubt an unexplained one here (a claim needs two,
  // graph/origins.ts): an earlier sense makes the name ambiguous, and for an edge none is better than a wrong one.
  const usedBefore = (q: Paper, key: string) => (mentionedBy.get(key) ?? []).some((u) => surelyBefore(u.date, q.date));
  for (const p of papers) {
    const on = new Map<string, Set<string>>();
    for (const mention of p.mentions) {
      // The introducers whose name this mention can be: a homonym spelled out otherwise is another thing.
      const candidates = [...(introducedBy.get(mention.key) ?? [])].filter(
        ([q, name]) => q.id !== p.id && names.same(q, name, p, mention.key),
      );
      // Unspelled, a name several papers give different things says not which it is: no edge rather than a wrong one.
      const spelledApart = candidates.some(([q, name], i) =>
        candidates.some(([r, other], j) => i !== j && !sameClaim(names.of(q, name), names.of(r, other))),
      );
      const unspelled = names.of(p, mention.name) === null;
      if (spelledApart && unspelled) continue;
      for (const [q, name] of candidates) {
        if (q.methods.some((m) => p.methods.some((pm) => pm.key === m.key))) continue;
        // A name in use before its claim, written here in other capitals than the claim's, is the earlier thing
        // ("DoRA" of another group's "DORA").
        if (otherCapitals(mention.name, name) && usedBefore(q, mention.key)) continue;
        if (unspelled && names.spelledOut(q, name) && usedBefore(q, mention.key)) continue;
        // Two or three letters stand for many things ("MI", "SQ", "LoD"): where one paper spells such a name out and
        // the other does not, only much shared wording says they are one.
        const short = (shortAcronym(mention.name) || shortAcronym(name)) && unspelled !== (names.of(q, name) === null);
        if (wording !== null && similarity(wording, p, q, name) < (short ? shortSimilarity : minSimilarity)) continue;
        on.set(q.id, (on.get(q.id) ?? new Set()).add(name));
      }
    }
    p.buildsOn = [...on]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([id, names]) => ({ id, methods: [...names].sort() }));
  }
  const byId = new Map(papers.map((p) => [p.id, p]));
  for (const p of papers) p.builtUponBy = [];
  for (const p of papers) {
    for (const b of p.buildsOn) {
      const base = byId.get(b.id);
      if (base === undefined) throw new Error(`${p.id} builds on ${b.id}, which is not in the collection`);
      base.builtUponBy.push({ id: p.id, methods: b.methods });
    }
  }
  for (const p of papers) p.builtUponBy.sort((a, b) => a.id.localeCompare(b.id));
}

/** A name of two or three letters, two of them capitals at least: "MI", "SQ", "LoD" (not "Adam", "2DGS"). */
const shortAcronym = (name: string): boolean => /^\p{L}{2,3}$/u.test(name) && /\p{Lu}.*\p{Lu}/u.test(name);

/** A text's words as written (lower-cased), stop words left out. */
const words = (text: string, stopWords: ReadonlySet<string>): string[] =>
  (text.toLowerCase().match(/[a-z][a-z0-9-]{2,}/g) ?? []).filter((w) => !stopWords.has(w));

// A light stemmer so that "gradients"/"gradient" and "pruning"/"pruned" meet.
function stem(w: string): string {
  return w
    .replace(/(?:ies)$/, "y")
    .replace(/(?:ing|ed|es|s)$/, "")
    .replace(/-$/, "");
}

/** The form written most often; on a tie, the shorter, then the first alphabetically. */
function mostWritten(forms: ReadonlyMap<string, number>): string {
  let best = "";
  let count = 0;
  for (const [w, n] of forms)
    if (n > count || (n === count && (w.length < best.length || (w.length === best.length && w < best))))
      [best, count] = [w, n];
  return best;
}

/** A sparse TF-IDF vector: term ids ascending, unit-length weights. */
interface Sparse {
  ids: Int32Array;
  w: Float64Array;
}

/** A paper with what relating it needs; `index` is its place in the input. */
interface Doc {
  index: number;
  paper: Paper;
  vector: Sparse;
  concepts: Set<string>;
}

/** The `k`-th largest of `values` (reordered in place), by selection: no full sort per paper. */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const want = values.length - k;
  // Hoare's selection over a window that always holds the wanted place; indexes stay in range.
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] ?? 0;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i++;
      while ((values[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const t = values[i] ?? 0;
        values[i++] = values[j] ?? 0;
        values[j--] = t;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else break;
  }
  return values[want] ?? -Infinity;
}

/** The `k` candidates with the highest partial scores, best first (ties by index); `scratch` holds any candidates. */
function topByScore(candidates: Doc[], score: Float64Array, k: number, scratch: Float64Array): Doc[] {
  // `score` has a place for every paper: `?? 0` never applies.
  const of = (d: Doc) => score[d.index] ?? 0;
  if (candidates.length > k) {
    for (let i = 0; i < candidates.length; i++) scratch[i] = score[candidates[i]?.index ?? 0] ?? 0;
    const cut = kthLargest(scratch.subarray(0, candidates.length), k);
    candidates = candidates.filter((d) => of(d) >= cut);
  }
  return candidates.sort((a, b) => of(b) - of(a) || a.index - b.index).slice(0, k);
}

// The loops below stay within their arrays' range: `?? 0` never applies.

/** `b` against `a` laid out densely by term id: the same sum, in the same order, as walking both in step. */
function dot(dense: Float64Array, b: Sparse): number {
  let sum = 0;
  for (let j = 0; j < b.ids.length; j++) {
    const weight = dense[b.ids[j] ?? 0] ?? 0;
    if (weight !== 0) sum += weight * (b.w[j] ?? 0);
  }
  return sum;
}

function sharedTerms(a: Sparse, b: Sparse, names: string[]): string[] {
  const out: Array<[string, number]> = [];
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
    const x = a.ids[i] ?? 0;
    const y = b.ids[j] ?? 0;
    if (x === y) out.push([names[x] ?? "", (a.w[i++] ?? 0) * (b.w[j++] ?? 0)]);
    else if (x < y) i++;
    else j++;
  }
  // Terms are [a-z0-9-]: code-unit order is their alphabetical order, and far cheaper than a collator. The five
  // first in that order are kept as they come, without sorting them all.
  const first = (p: [string, number], q: [string, number]) => q[1] - p[1] || byCodeUnit(p[0], q[0]);
  const top: Array<[string, number]> = [];
  for (const term of out) {
    const last = top[top.length - 1];
    if (top.length === 5 && last !== undefined && first(term, last) >= 0) continue;
    let at = top.length;
    while (at > 0 && first(term, top[at - 1] ?? term) < 0) at--;
    top.splice(at, 0, term);
    if (top.length > 5) top.pop();
  }
  return top.map(([t]) => t);
}

/** A vector's terms with their weights. */
const weighted = (v: Sparse) => Array.from(v.ids, (t, k) => ({ t, w: v.w[k] ?? 0 }));

/** The collection's papers as TF-IDF vectors over their words, with the words each term is shown as. */
export interface TermVectors {
  docs: Doc[];
  /** Each term's form as the collection writes it most often. */
  names: string[];
  /** How many papers hold each term. */
  df: Int32Array;
  /** Each paper's document. */
  of: Map<Paper, Doc>;
  /** Each term's id, by its stem. */
  terms: ReadonlyMap<string, number>;
}

/** The papers' TF-IDF vectors (title twice and abstract, stop words out, light stems): one reading for all links. */
export function termVectors(papers: Paper[], stopWords: ReadonlySet<string>): TermVectors {
  const idf = (df: number) => Math.log(1 + papers.length / df);
  // Term ids (stems) in first-seen order over papers in input order: deterministic. Each stem is shown
  // to readers as the form the collection writes it in most often ("fine-tuning", not "fine-tun").
  const termId = new Map<string, number>();
  // Each written word's term, and how often it is written: a word is stemmed once however often it comes.
  const wordTerm = new Map<string, { id: number; count: number }>();
  const termOf = (w: string): number => {
    let word = wordTerm.get(w);
    if (word === undefined) {
      const t = stem(w);
      let id = termId.get(t);
      if (id === undefined) termId.set(t, (id = termId.size));
      wordTerm.set(w, (word = { id, count: 0 }));
    }
    word.count++;
    return word.id;
  };
  const parsed = papers.map((paper) => ({
    paper,
    termIds: words(`${paper.title} ${paper.title} ${paper.abstract}`, stopWords).map(termOf),
  }));
  const written = Array.from({ length: termId.size }, () => new Map<string, number>());
  for (const [w, { id, count }] of wordTerm) written[id]?.set(w, count);
  const names = written.map((forms) => mostWritten(forms));
  // Term ids run from 0 to names.length - 1, and `df` has a place for each: `?? 0` never applies.
  const df = new Int32Array(names.length);
  for (const { termIds } of parsed) for (const t of new Set(termIds)) df[t] = (df[t] ?? 0) + 1;
  const papersWith = (t: number) => df[t] ?? 0;
  const docs: Doc[] = parsed.map(({ paper, termIds }, index) => {
    const tf = new Map<number, number>();
    for (const t of termIds) tf.set(t, (tf.get(t) ?? 0) + 1);
    // Terms in a single paper say nothing about relations between papers.
    const kept = [...tf].filter(([t]) => papersWith(t) >= 2).sort((a, b) => a[0] - b[0]);
    const weights = kept.map(([t, f]) => (1 + Math.log(f)) * idf(papersWith(t)));
    const norm = Math.sqrt(weights.reduce((s, x) => s + x * x, 0)) || 1;
    return {
      index,
      paper,
      vector: { ids: new Int32Array(kept.map(([t]) => t)), w: new Float64Array(weights.map((x) => x / norm)) },
      concepts: new Set(paper.concepts.map((c) => c.id)),
    };
  });
  return { docs, names, df, of: new Map(docs.map((d) => [d.paper, d])), terms: termId };
}

/** The cosine of two papers' term vectors (both unit length): how much of their wording they share. */
export function similarity(vectors: TermVectors, a: Paper, b: Paper, besides = ""): number {
  const x = vectors.of.get(a)?.vector;
  const y = vectors.of.get(b)?.vector;
  if (!x || !y) return 0;
  // The words of `besides` (a name both papers write) are left out: sharing it is not sharing a subject.
  const left = new Set(words(besides, new Set()).map((w) => vectors.terms.get(stem(w)) ?? -1));
  let sum = 0;
  for (let i = 0, j = 0; i < x.ids.length && j < y.ids.length;) {
    const s = x.ids[i] ?? 0;
    const t = y.ids[j] ?? 0;
    if (s === t) {
      if (!left.has(s)) sum += (x.w[i] ?? 0) * (y.w[j] ?? 0);
      i++;
      j++;
    } else if (s < t) i++;
    else j++;
  }
  return sum;
}

export function linkRelated(
  papers: Paper[],
  options: RelatedOptions,
  vectors: TermVectors = termVectors(papers, options.stopWords),
): void {
  const n = papers.length;
  const conceptDf = new Map<string, number>();
  for (const p of papers) for (const c of p.concepts) conceptDf.set(c.id, (conceptDf.get(c.id) ?? 0) + 1);
  const idf = (df: number) => Math.log(1 + n / df);
  const conceptIdf = new Map([...conceptDf].map(([id, df]) => [id, idf(df)]));
  const maxConcept = Math.max(1, ...conceptIdf.values());
  const { docs, names, df } = vectors;
  const papersWith = (t: number) => df[t] ?? 0;

  // Candidates come through an inverted index: a paper's most distinctive
  // terms, against postings no longer than CAP (a term in very many papers
  // relates nothing in particular and costs the most). The best candidates by
  // that partial score are then scored exactly.
  const CAP = 120;
  const SIGNATURE = 16;
  const SHORTLIST = 40;
  const postings = names.map(() => ({ docs: [] as Doc[], weights: [] as number[] }));
  for (const doc of docs) {
    const { ids, w } = doc.vector;
    ids.forEach((t, k) => {
      const posting = postings[t];
      if (posting === undefined || papersWith(t) > CAP) return;
      posting.docs.push(doc);
      posting.weights.push(w[k] ?? 0);
    });
  }
  const acc = new Float64Array(n);
  const scratch = new Float64Array(n);
  // One paper's vector laid out by term id, for scoring its shortlist.
  const dense = new Float64Array(names.length);

  for (const doc of docs) {
    const { paper: p, vector: v } = doc;
    const signature = weighted(v)
      .filter(({ t }) => papersWith(t) <= CAP)
      .sort((a, b) => b.w - a.w || a.t - b.t)
      .slice(0, SIGNATURE);
    const touched: Doc[] = [];
    for (const { t, w } of signature) {
      const posting = postings[t];
      if (posting === undefined) continue;
      const { docs: near, weights } = posting;
      // `weights` is as long as `near`, and `acc` has a place for every paper.
      for (let m = 0; m < near.length; m++) {
        const other = near[m];
        if (other === undefined || other === doc) continue;
        const partial = acc[other.index] ?? 0;
        if (partial === 0) touched.push(other);
        acc[other.index] = partial + w * (weights[m] ?? 0);
      }
    }
    const shortlist = topByScore(touched, acc, SHORTLIST, scratch);
    for (const { index } of touched) acc[index] = 0;
    for (let k = 0; k < v.ids.length; k++) dense[v.ids[k] ?? 0] = v.w[k] ?? 0;
    // The paper's concepts with their weights, read once for its whole shortlist; the concepts an edge shares are
    // listed only for the edges kept.
    const weightedConcepts = p.concepts.map((c) => ({ id: c.id, idf: conceptIdf.get(c.id) ?? 0 }));
    const scored = shortlist.map((other) => {
      const cosine = dot(dense, other.vector);
      let sharedIdf = 0;
      for (const c of weightedConcepts) if (other.concepts.has(c.id)) sharedIdf += c.idf;
      const conceptScore =
        sharedIdf / (maxConcept * Math.max(1, Math.min(p.concepts.length, other.paper.concepts.length)));
      return { other, score: Math.round((0.5 * conceptScore + 0.5 * cosine) * 1000) / 1000 };
    });
    for (const t of v.ids) dense[t] = 0;
    // The terms behind an edge are worked out only for the edges kept.
    p.related = scored
      .filter((r) => r.score >= options.minScore)
      .sort((a, b) => b.score - a.score || a.other.paper.id.localeCompare(b.other.paper.id))
      .slice(0, options.limit)
      .map((r) => ({
        id: r.other.paper.id,
        score: r.score,
        concepts: p.concepts
          .filter((c) => r.other.concepts.has(c.id))
          .map((c) => c.id)
          .sort(),
        terms: sharedTerms(v, r.other.vector, names),
      }));
  }
}
