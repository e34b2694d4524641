import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { half, root } from "../../scripts/eval/labels.ts";
import {
  chooseThreshold,
  fit,
  kindF1,
  outOfFold,
  readTrainingSet,
  type TrainingRow,
  trainingDigest,
  trainingRows,
} from "../../scripts/eval/mention-training.ts";
import { loadMentionWeights, type WeighedMention } from "../../src/extract/mention-weights.ts";
import type { PaperRecord } from "../../src/record/schema.ts";

// Invented titles, one of each half.
const titles = Array.from({ length: 40 }, (_, i) => `Zorb Study Number ${i}`);
const tuneTitle = titles.find((t) => half(t) === "tune") ?? "";
const heldOutTitle = titles.find((t) => half(t) === "held-out") ?? "";

const weighed = (title: string, name: string, features: string[]): WeighedMention => ({
  paper: { title } as PaperRecord,
  mention: { key: name.toLowerCase(), name, slug: null },
  features,
});

const row = (i: number, more: Partial<TrainingRow> = {}): TrainingRow => ({
  kind: "real",
  paper: `p${i}`,
  key: `n${i}`,
  fold: i % 5,
  features: [i % 2 === 0 ? "good" : "bad", "noise"],
  kept: i % 2 === 0,
  ...more,
});

describe("the rows training reads", () => {
  it("come from the tune papers only, each marked by whether the labels keep it, as the checker keys names", () => {
    const labels = [
      { title: tuneTitle, mentions: ["ZorbNet"] },
      { title: heldOutTitle, mentions: ["Quibnet"] },
    ];
    const found = [
      weighed(tuneTitle, "Zorb-Net", ["a"]),
      weighed(tuneTitle, "Vexa", ["b"]),
      weighed(heldOutTitle, "Quibnet", ["c"]),
    ];
    const { rows, labelled, papers } = trainingRows(labels, found, "real");
    expect(rows.map((r) => [r.features[0], r.kept])).toEqual([
      ["a", true],
      ["b", false],
    ]);
    expect([labelled, papers]).toEqual([1, 1]);
  });
});

describe("fitting the weights", () => {
  // A feature that always goes with a kept name, one that never does, one that says nothing.
  const rows = Array.from({ length: 60 }, (_, i) => row(i));

  it("weighs a feature by what it says of the label, and settles", () => {
    const fitted = fit(rows);
    expect(fitted.weights.good ?? 0).toBeGreaterThan(1);
    expect(fitted.weights.bad ?? 0).toBeLessThan(-1);
    expect(Math.abs(fitted.weights.noise ?? 0)).toBeLessThan(Math.abs(fitted.weights.good ?? 0));
    expect(fitted.gradient).toBeLessThan(1e-3);
  });

  it("gives each row a probability from weights fitted without its fold", () => {
    // "rare" is seen in fold 0 only, always kept: fitted without fold 0 it weighs nothing there.
    const withRare = rows.map((r, i) => (r.fold === 0 ? row(i, { features: ["rare"], kept: true }) : r));
    const probabilities = outOfFold(withRare);
    const inFold = withRare.flatMap((r, i) => (r.fold === 0 ? [probabilities[i] ?? 0] : []));
    const bias = 1 / (1 + Math.exp(-fit(withRare.filter((r) => r.fold !== 0)).bias));
    for (const p of inFold) expect(p).toBeCloseTo(bias, 6);
  });

  it("counts a name once a paper, as the checker does", () => {
    const twice = [row(0, { key: "zorbnet" }), row(2, { paper: "p0", key: "zorbnet" })];
    expect(kindF1(twice, [1, 1], 1, "real", 0.5)).toBeCloseTo(1);
  });

  it("chooses the threshold by the mean of the kinds, not the pooled figure, and 0 where dropping cannot help", () => {
    // The seeds' two names are kept by the labels; half the real ones are not, and all those weigh as little. Dropping
    // them would raise the pooled figure (.69 -> .95) but lose every seeds name: the mean of the kinds keeps them.
    const seeds = Array.from({ length: 2 }, (_, i) => row(100 + i, { kind: "seeds", features: ["bad"], kept: true }));
    const real = Array.from({ length: 40 }, (_, i) => row(i));
    const mixed = [...seeds, ...real];
    const probabilities = mixed.map((r) => (r.features.includes("bad") ? 0.3 : 0.9));
    const labelled = new Map([
      ["seeds", 2],
      ["real", 20],
    ] as const);
    expect(chooseThreshold(mixed, probabilities, labelled)).toBe(0);
    expect(chooseThreshold(real, probabilities.slice(2), new Map([["real", 20]] as const))).toBeGreaterThan(0.3);
  });
});

const corpus = join(root, "../shared/corpus/real-ml");
describe.skipIf(!existsSync(corpus))("the committed weights", () => {
  it("were fitted to the names the extraction gives now (else: npm run train)", () => {
    expect(loadMentionWeights().inputs, "the names or their features changed since training").toBe(
      trainingDigest(readTrainingSet()),
    );
  });
});
