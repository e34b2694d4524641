// npm run train: learns the weighing of mentions (src/extract/mention-weights.json) from the tune half of the labels.
// It ingests the seeds and the real corpus with the rules alone, takes every name the mention rules found in a tune
// paper with its features, fits a logistic regression to them, and chooses the threshold on probabilities out of
// fold (scripts/eval/mention-training.ts). The held-out half's labels are never read; its papers' text is, as part of
// the real corpus the reference counts names in.
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import {
  MENTION_WEIGHTS_FILE,
  type MentionWeights,
  papersNaming,
  weighedMentions,
} from "../../src/extract/mention-weights.ts";
import { loadLexicon } from "../../src/extract/names.ts";
import { ingest } from "../../src/pipeline.ts";
import { holdingMost, type LabelFile, LABEL_FILES, root, titleKey } from "./labels.ts";
import {
  chooseThreshold,
  fit,
  kindF1,
  outOfFold,
  THRESHOLDS,
  type TrainingRow,
  trainingInputs,
  trainingRows,
} from "./mention-training.ts";

const lexicon = join(root, "content/vocabulary/lexicon.json");
const known = loadLexicon(lexicon);
const collections = [join(root, "content/sources"), join(root, "../shared/corpus/real-ml")].map((sources) => {
  const { papers } = ingest({
    sources,
    vocabulary: join(root, "content/vocabulary/concepts.json"),
    lexicon,
    mentionWeights: null,
  });
  return { papers, titles: new Set(papers.map((p) => titleKey(p.title))) };
});
// The reference: the names two or more papers of the real corpus name (a count one paper alone cannot reach).
const realCorpus = collections[1]?.papers ?? [];
const reference = Object.fromEntries(
  [...papersNaming(realCorpus)].filter(([, n]) => n >= 2).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);

const rows: TrainingRow[] = [];
const labelled = new Map<LabelFile["kind"], number>();
let papers = 0;
for (const file of LABEL_FILES) {
  const labels = JSON.parse(readFileSync(file.path, "utf8")) as Array<{ title: string; mentions: string[] }>;
  // The collection that holds most of these papers is the one they are read in, as the evaluation does.
  const collection = holdingMost(collections, (c) => c.titles, labels);
  const read = trainingRows(labels, weighedMentions(collection.papers, known, reference), file.kind);
  rows.push(...read.rows);
  labelled.set(file.kind, (labelled.get(file.kind) ?? 0) + read.labelled);
  papers += read.papers;
}

const probabilities = outOfFold(rows);
for (const t of THRESHOLDS) {
  const each = [...labelled].map(([kind, n]) => `${kind} ${kindF1(rows, probabilities, n, kind, t).toFixed(3)}`);
  console.log(`threshold ${t}: tune mentions F1 out of fold, ${each.join(", ")}`);
}
const { gradient, ...fitted } = fit(rows);
const model: MentionWeights = {
  trainedOn:
    `the tune half of ${LABEL_FILES.map((f) => basename(f.path)).join(", ")}: ${rows.length} names in ${papers} ` +
    `papers; reference: the ${realCorpus.length} papers of ../shared/corpus/real-ml`,
  inputs: trainingInputs(),
  threshold: chooseThreshold(rows, probabilities, labelled),
  ...fitted,
  reference,
};
console.log(
  `chosen threshold ${model.threshold} (0: the rules alone); largest gradient left ${gradient.toExponential(1)}`,
);
writeFileSync(MENTION_WEIGHTS_FILE, `${JSON.stringify(model, null, 2)}\n`);
console.log(`wrote ${MENTION_WEIGHTS_FILE}`);
