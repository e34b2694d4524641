// npm run train: learns the weighing of mentions (src/extract/mention-weights.json) from the tune half of the labels.
// It ingests the seeds and the real corpus with the rules alone, takes every name the mention rules found in a tune
// paper with its features, fits a logistic regression to them, and chooses the threshold on probabilities out of
// fold (scripts/eval/mention-training.ts). The held-out half's labels are never read; its papers' text is, as part of
// the real corpus the reference counts names in.
import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import { MENTION_WEIGHTS_FILE, type MentionWeights } from "../../src/extract/mention-weights.ts";
import { LABEL_FILES } from "./labels.ts";
import {
  chooseThreshold,
  fit,
  kindF1,
  outOfFold,
  readTrainingSet,
  THRESHOLDS,
  trainingDigest,
} from "./mention-training.ts";

const set = readTrainingSet();
const { rows, labelled } = set;
const probabilities = outOfFold(rows);
for (const t of THRESHOLDS) {
  const each = [...labelled].map(([kind, n]) => `${kind} ${kindF1(rows, probabilities, n, kind, t).toFixed(3)}`);
  console.log(`threshold ${t}: tune mentions F1 out of fold, ${each.join(", ")}`);
}
const { gradient, ...fitted } = fit(rows);
const model: MentionWeights = {
  trainedOn:
    `the tune half of ${LABEL_FILES.map((f) => basename(f.path)).join(", ")}: ${rows.length} names in ${set.papers} ` +
    `papers; reference: the ${set.referencePapers} papers of ../shared/corpus/real-ml`,
  inputs: trainingDigest(set),
  threshold: chooseThreshold(rows, probabilities, labelled),
  ...fitted,
  reference: set.reference,
};
console.log(
  `chosen threshold ${model.threshold} (0: the rules alone); largest gradient left ${gradient.toExponential(1)}`,
);
writeFileSync(MENTION_WEIGHTS_FILE, `${JSON.stringify(model, null, 2)}\n`);
console.log(`wrote ${MENTION_WEIGHTS_FILE}`);
