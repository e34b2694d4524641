// Fitting the weighing of mentions to the tune half of the labels: the rows (each name the rules found in a tune
// paper, with its features and whether the labels keep it), a logistic regression (L2, plain gradient descent from
// zero, so the same rows give the same weights), probabilities out of fold, and the threshold they choose.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type MentionWeights,
  mentionProbability,
  papersNaming,
  type WeighedMention,
  weighedMentions,
} from "../../src/extract/mention-weights.ts";
import { loadLexicon } from "../../src/extract/names.ts";
import { ingest } from "../../src/pipeline.ts";
import { checkerNameKey, half, holdingMost, type LabelFile, LABEL_FILES, root, titleKey } from "./labels.ts";

export interface TrainingRow {
  kind: LabelFile["kind"];
  /** Its paper's title and its name, as the checker keys them: the checker counts a name once per paper. */
  paper: string;
  key: string;
  /** Which of the cross-validation folds its paper falls in. */
  fold: number;
  features: string[];
  /** Whether the labels name it as a mention of its paper. */
  kept: boolean;
}

export const FOLDS = 5;
/** A paper's fold, from a hash of its title (another hash than the halves'). */
export const foldOf = (title: string): number =>
  (createHash("sha256")
    .update(`fold ${titleKey(title)}`)
    .digest()[0] ?? 0) % FOLDS;

/**
 * The rows of the tune papers among `labels` (held-out labels are skipped unread), and how many mentions those labels
 * hold in all: what a dropped true mention is missed against.
 */
export function trainingRows(
  labels: ReadonlyArray<{ title: string; mentions: string[] }>,
  weighed: readonly WeighedMention[],
  kind: LabelFile["kind"],
): { rows: TrainingRow[]; labelled: number; papers: number } {
  const byTitle = Map.groupBy(weighed, (w) => titleKey(w.paper.title));
  const rows: TrainingRow[] = [];
  let labelled = 0;
  let papers = 0;
  for (const label of labels) {
    if (half(label.title) !== "tune") continue;
    const want = new Set(label.mentions.map(checkerNameKey));
    labelled += want.size;
    papers++;
    for (const w of byTitle.get(titleKey(label.title)) ?? []) {
      const key = checkerNameKey(w.mention.name);
      rows.push({
        kind,
        paper: titleKey(label.title),
        key,
        fold: foldOf(label.title),
        features: w.features,
        kept: want.has(key),
      });
    }
  }
  return { rows, labelled, papers };
}

export interface Fit {
  bias: number;
  weights: Record<string, number>;
  /** The largest gradient left at the end: near zero when the descent has settled. */
  gradient: number;
}

const ITERATIONS = 3000;
const STEP = 1.0;
/** The L2 penalty: enough that a feature seen on a handful of names cannot carry a large weight. */
const PENALTY = 1.0;

/** A logistic regression fitted to the rows: the bias and each feature's weight, rounded as the file keeps them. */
export function fit(rows: readonly TrainingRow[]): Fit {
  const names = [...new Set(rows.flatMap((r) => r.features))].sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const columns = rows.map((r) => r.features.map((f) => index.get(f) ?? -1));
  const weights = new Float64Array(names.length);
  const gradient = new Float64Array(names.length);
  let bias = 0;
  let gradientBias = 0;
  for (let it = 0; it < ITERATIONS; it++) {
    gradient.fill(0);
    gradientBias = 0;
    rows.forEach((r, i) => {
      let z = bias;
      for (const c of columns[i] ?? []) z += weights[c] ?? 0;
      const error = 1 / (1 + Math.exp(-z)) - (r.kept ? 1 : 0);
      gradientBias += error;
      for (const c of columns[i] ?? []) gradient[c] = (gradient[c] ?? 0) + error;
    });
    for (let c = 0; c < names.length; c++) {
      gradient[c] = ((gradient[c] ?? 0) + PENALTY * (weights[c] ?? 0)) / rows.length;
      weights[c] = (weights[c] ?? 0) - STEP * (gradient[c] ?? 0);
    }
    bias -= (STEP * gradientBias) / rows.length;
  }
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    bias: round(bias),
    weights: Object.fromEntries(names.map((f, i) => [f, round(weights[i] ?? 0)]).filter(([, w]) => w !== 0)),
    gradient: Math.max(Math.abs(gradientBias / Math.max(1, rows.length)), ...gradient.map(Math.abs)),
  };
}

/** Each row's probability from weights fitted without its paper's fold: what an unseen paper's name would get. */
export function outOfFold(rows: readonly TrainingRow[]): number[] {
  const out = new Array<number>(rows.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const fitted = fit(rows.filter((r) => r.fold !== fold));
    const model: MentionWeights = { trainedOn: "", inputs: "", threshold: 0, reference: {}, ...fitted };
    rows.forEach((r, i) => {
      if (r.fold === fold) out[i] = mentionProbability(r.features, model);
    });
  }
  return out;
}

/** 0 keeps every name the rules found: the rules alone. */
export const THRESHOLDS = [0, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];

/** The F1 on one kind's rows, dropping the names whose probability is below `threshold`; a name counts once a paper. */
export function kindF1(
  rows: readonly TrainingRow[],
  probabilities: readonly number[],
  labelled: number,
  kind: LabelFile["kind"],
  threshold: number,
): number {
  const kept = new Map<string, boolean>();
  rows.forEach((r, i) => {
    if (r.kind === kind && (probabilities[i] ?? 0) >= threshold) kept.set(`${r.paper}\0${r.key}`, r.kept);
  });
  const tp = [...kept.values()].filter(Boolean).length;
  const fp = kept.size - tp;
  return labelled + tp + fp === 0 ? 0 : (2 * tp) / (tp + fp + labelled);
}

/**
 * The threshold with the best mean of the seeds' F1 and the real papers' F1 (not the pooled figure: the seeds' small
 * collection counts as much as the large one); the lower one on a tie, and 0, the rules alone, where no threshold
 * beats them.
 */
export function chooseThreshold(
  rows: readonly TrainingRow[],
  probabilities: readonly number[],
  labelled: ReadonlyMap<LabelFile["kind"], number>,
): number {
  const kinds = [...labelled.keys()];
  const mean = (t: number) =>
    kinds.reduce((sum, k) => sum + kindF1(rows, probabilities, labelled.get(k) ?? 0, k, t), 0) / kinds.length;
  return THRESHOLDS.reduce((best, t) => (mean(t) > mean(best) ? t : best));
}

/** What training reads: the rows of the tune papers, each kind's labelled mentions, and the reference. */
export interface TrainingSet {
  rows: TrainingRow[];
  labelled: Map<LabelFile["kind"], number>;
  papers: number;
  reference: Record<string, number>;
  /** How many papers the reference was counted in. */
  referencePapers: number;
}

/**
 * Ingests the seeds and the real corpus with the rules alone and reads every label file's tune papers in the
 * collection that holds them. The reference is the names two or more papers of the real corpus name (a count one
 * paper alone cannot reach).
 */
export function readTrainingSet(): TrainingSet {
  const lexicon = join(root, "content/vocabulary/lexicon.json");
  const known = loadLexicon(lexicon);
  const collections = [join(root, "content/sources"), join(root, "../shared/corpus/real-ml")].map((sources) => {
    const vocabulary = join(root, "content/vocabulary/concepts.json");
    const { papers } = ingest({ sources, vocabulary, lexicon, mentionWeights: null });
    return { papers, titles: new Set(papers.map((p) => titleKey(p.title))) };
  });
  const real = collections[1]?.papers ?? [];
  const reference = Object.fromEntries(
    [...papersNaming(real)].filter(([, n]) => n >= 2).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const set: TrainingSet = { rows: [], labelled: new Map(), papers: 0, reference, referencePapers: real.length };
  for (const file of LABEL_FILES) {
    const labels = JSON.parse(readFileSync(file.path, "utf8")) as Array<{ title: string; mentions: string[] }>;
    // The collection that holds most of these papers is the one they are read in, as the evaluation does.
    const collection = holdingMost(collections, (c) => c.titles, labels);
    const read = trainingRows(labels, weighedMentions(collection.papers, known, reference), file.kind);
    set.rows.push(...read.rows);
    set.labelled.set(file.kind, (set.labelled.get(file.kind) ?? 0) + read.labelled);
    set.papers += read.papers;
  }
  return set;
}

/**
 * A digest of what the weights are fitted to (the rows, the labelled counts, the reference) and of how (the fit's
 * settings): kept in the weights file, it tells weights fitted to names the rules no longer give. The same on every
 * machine, since it reads no path or file, and unchanged by an edit that changes no name or feature.
 */
export function trainingDigest(set: TrainingSet): string {
  const how = { ITERATIONS, STEP, PENALTY, FOLDS, THRESHOLDS };
  return createHash("sha256")
    .update(JSON.stringify([how, set.rows, [...set.labelled], set.reference]))
    .digest("hex");
}
