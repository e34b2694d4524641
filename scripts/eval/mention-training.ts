// Fitting the weighing of mentions to the tune half of the labels: the rows (each name the rules found in a tune
// paper, with its features and whether the labels keep it), a logistic regression (L2, plain gradient descent from
// zero, so the same rows give the same weights), probabilities out of fold, and the threshold they choose.
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { type MentionWeights, mentionProbability, type WeighedMention } from "../../src/extract/mention-weights.ts";
import { inputDigest } from "../../src/write/cache.ts";
import { checkerNameKey, half, type LabelFile, LABEL_FILES, root, titleKey } from "./labels.ts";

/**
 * A digest of what the weights are fitted to: the extraction's code and lexicon (which give the names), the listings
 * read and the labels. Kept in the weights file, so a test can tell weights older than the rules.
 */
export function trainingInputs(): string {
  const extract = join(root, "src/extract");
  const code = readdirSync(extract)
    .filter((f) => f.endsWith(".ts") && !f.startsWith("mention-weights"))
    .map((f) => join(extract, f));
  return inputDigest({
    files: [...code, join(root, "content/vocabulary/lexicon.json"), ...LABEL_FILES.map((f) => f.path)],
    dirs: [join(root, "content/sources"), join(root, "../shared/corpus/real-ml")],
    base: root,
  });
}

export interface TrainingRow {
  kind: LabelFile["kind"];
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
      rows.push({
        kind,
        fold: foldOf(label.title),
        features: w.features,
        kept: want.has(checkerNameKey(w.mention.name)),
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

/** The F1 on one kind's rows, dropping the names whose probability is below `threshold`. */
export function kindF1(
  rows: readonly TrainingRow[],
  probabilities: readonly number[],
  labelled: number,
  kind: LabelFile["kind"],
  threshold: number,
): number {
  let tp = 0;
  let fp = 0;
  rows.forEach((r, i) => {
    if (r.kind !== kind || (probabilities[i] ?? 0) < threshold) return;
    if (r.kept) tp++;
    else fp++;
  });
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
