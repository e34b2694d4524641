// npm run train: learns the weighing of mentions (src/extract/mention-weights.json) from the tune half of the labels.
// It ingests the seeds and the real corpus with the rules alone, takes every name the mention rules found in a tune
// paper with its features, and fits a logistic regression (L2, plain gradient descent from zero: the same input gives
// the same file). The threshold is the one that scores best on the tune half. The held-out half is never read.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import {
  MENTION_WEIGHTS_FILE,
  type MentionWeights,
  mentionProbability,
  papersNaming,
  weighedMentions,
} from "../../src/extract/mention-weights.ts";
import { loadLexicon } from "../../src/extract/names.ts";
import { ingest } from "../../src/pipeline.ts";
import { half, LABEL_FILES, nameKey, root, titleKey } from "./labels.ts";

const ITERATIONS = 3000;
const STEP = 1.0;
/** The L2 penalty: enough that a feature seen on a handful of names cannot carry a large weight. */
const PENALTY = 1.0;
const FOLDS = 5;
/** A paper's fold, from a hash of its title (another hash than the halves'). */
const foldOf = (title: string) =>
  (createHash("sha256")
    .update(`fold ${titleKey(title)}`)
    .digest()[0] ?? 0) % FOLDS;
const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];

interface Row {
  /** The label file it comes from. */
  file: string;
  /** Which of the cross-validation folds its paper falls in. */
  fold: number;
  features: string[];
  /** Whether the labels name it as a mention of its paper. */
  kept: boolean;
}

const lexicon = join(root, "content/vocabulary/lexicon.json");
const known = loadLexicon(lexicon);
const collections = [join(root, "content/sources"), join(root, "../shared/corpus/real-ml")].map((sources) =>
  ingest({ sources, vocabulary: join(root, "content/vocabulary/concepts.json"), lexicon, mentionWeights: null }),
);
// The reference: the names two or more papers of the real corpus name (a count one paper alone cannot reach).
const realCorpus = collections[1]?.papers ?? [];
const reference = Object.fromEntries(
  [...papersNaming(realCorpus)].filter(([, n]) => n >= 2).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);

const rows: Row[] = [];
/** How many mentions each file's tune labels hold in all: what a dropped true mention is missed against. */
const labelled = new Map<string, number>();
let papers = 0;
for (const file of LABEL_FILES) {
  const labels = JSON.parse(readFileSync(file, "utf8")) as Array<{ title: string; mentions: string[] }>;
  const titles = new Set(labels.map((l) => titleKey(l.title)));
  // The collection that holds most of these papers is the one they are read in, as the evaluation does.
  const held = (c: (typeof collections)[number]) => c.papers.filter((p) => titles.has(titleKey(p.title))).length;
  const collection = collections.reduce((a, b) => (held(b) > held(a) ? b : a));
  const weighed = weighedMentions(collection.papers, known, reference);
  for (const label of labels) {
    if (half(label.title) !== "tune") continue;
    const want = new Set(label.mentions.map(nameKey));
    labelled.set(file, (labelled.get(file) ?? 0) + want.size);
    papers++;
    for (const w of weighed) {
      if (titleKey(w.paper.title) !== titleKey(label.title)) continue;
      rows.push({ file, fold: foldOf(label.title), features: w.features, kept: want.has(nameKey(w.mention.name)) });
    }
  }
  console.log(`${basename(file)}: tune papers read`);
}

/** A logistic regression fitted to some rows: the bias and each feature's weight, rounded as the file keeps them. */
function fit(train: readonly Row[]): { bias: number; weights: Record<string, number> } {
  const names = [...new Set(train.flatMap((r) => r.features))].sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const columns = train.map((r) => r.features.map((f) => index.get(f) ?? -1));
  const weights = new Float64Array(names.length);
  let bias = 0;
  for (let it = 0; it < ITERATIONS; it++) {
    const gradient = new Float64Array(names.length);
    let gradientBias = 0;
    train.forEach((r, i) => {
      let z = bias;
      for (const c of columns[i] ?? []) z += weights[c] ?? 0;
      const error = 1 / (1 + Math.exp(-z)) - (r.kept ? 1 : 0);
      gradientBias += error;
      for (const c of columns[i] ?? []) gradient[c] = (gradient[c] ?? 0) + error;
    });
    for (let c = 0; c < names.length; c++) {
      weights[c] = (weights[c] ?? 0) - (STEP * ((gradient[c] ?? 0) + PENALTY * (weights[c] ?? 0))) / train.length;
    }
    bias -= (STEP * gradientBias) / train.length;
  }
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    bias: round(bias),
    weights: Object.fromEntries(names.map((f, i) => [f, round(weights[i] ?? 0)]).filter(([, w]) => w !== 0)),
  };
}

// The threshold is chosen on probabilities each name gets from weights fitted without its paper (five folds of the
// tune papers): a name's probability from weights fitted to it would be surer than an unseen paper's.
const outOfFold = new Array<number>(rows.length).fill(0);
for (let fold = 0; fold < FOLDS; fold++) {
  const fitted = fit(rows.filter((r) => r.fold !== fold));
  const model = { trainedOn: "", threshold: 0, reference, ...fitted };
  rows.forEach((r, i) => {
    if (r.fold === fold) outOfFold[i] = mentionProbability(r.features, model);
  });
}
// The two kinds of collection the labels come from: the seeds' small one and the real corpus (two label files).
const KINDS = [LABEL_FILES.slice(0, 1), LABEL_FILES.slice(1)];
/** The tune F1 on mentions of some label files' papers, with the names below `threshold` dropped. */
const f1Of = (files: string[], threshold: number) => {
  let tp = 0;
  let fp = 0;
  rows.forEach((r, i) => {
    if (!files.includes(r.file) || (outOfFold[i] ?? 0) < threshold) return;
    if (r.kept) tp++;
    else fp++;
  });
  return (2 * tp) / (tp + fp + files.reduce((n, f) => n + (labelled.get(f) ?? 0), 0));
};
// The mean over the two kinds, not the pooled figure: the seeds' small collection counts as much as the large one
// (a threshold that suits only the real corpus would drop the seeds' rarer names).
const f1At = (threshold: number) => KINDS.reduce((sum, files) => sum + f1Of(files, threshold), 0) / KINDS.length;
for (const t of [0, ...THRESHOLDS]) {
  const each = KINDS.map((files) => f1Of(files, t).toFixed(3)).join(" / ");
  console.log(`threshold ${t}: tune mentions F1 out of fold ${f1At(t).toFixed(3)} (seeds / real: ${each})`);
}
const model: MentionWeights = {
  trainedOn:
    `the tune half of ${LABEL_FILES.map((f) => basename(f)).join(", ")}: ${rows.length} names in ${papers} papers; ` +
    `reference: the ${realCorpus.length} papers of ../shared/corpus/real-ml`,
  threshold: THRESHOLDS.reduce((best, t) => (f1At(t) > f1At(best) ? t : best)),
  ...fit(rows),
  reference,
};
console.log(`chosen threshold ${model.threshold} (0: the rules alone)`);
writeFileSync(MENTION_WEIGHTS_FILE, `${JSON.stringify(model, null, 2)}\n`);
console.log(`wrote ${MENTION_WEIGHTS_FILE}`);
