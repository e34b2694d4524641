import { describe, expect, it } from "vitest";
import type { WeighedMention } from "../../src/extract/mention-weights.ts";
import type { PaperRecord } from "../../src/record/schema.ts";
import { half } from "../../scripts/eval/labels.ts";
import { loadMentionWeights } from "../../src/extract/mention-weights.ts";
import {
  chooseThreshold,
  fit,
  outOfFold,
  type TrainingRow,
  trainingInputs,
  trainingRows,
} from "../../scripts/eval/mention-training.ts";

// Invented titles, one of each half.
const titles = Array.from({ length: 40 }, (_, i) => `Zorb Study Number ${i}`);
const tuneTitle = titles.find((t) => half(t) === "tune") ?? "";
const heldOutTitle = titles.find((t) => half(t) === "held-out") ?? "";

const weighed = (title: string, name: string, features: string[]): WeighedMention => ({
  paper: { title } as PaperRecord,
  mention: { key: name.toLowerCase(), name, slug: null },
  features,
});

describe("the rows training reads", () => {
  it("come from the tune papers only, each marked by whether the labels keep it", () => {
    const labels = [
      { title: tuneTitle, mentions: ["Zorbnet"] },
      { title: heldOutTitle, mentions: ["Quibnet"] },
    ];
    const found = [
      weighed(tuneTitle, "Zorbnet", ["a"]),
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
  const rows: TrainingRow[] = Array.from({ length: 60 }, (_, i) => ({
    kind: "real",
    fold: i % 5,
    features: [i % 2 === 0 ? "good" : "bad", "noise"],
    kept: i % 2 === 0,
  }));

  it("weighs a feature by what it says of the label, the same way every time", () => {
    const first = fit(rows);
    expect(first.weights.good ?? 0).toBeGreaterThan(1);
    expect(first.weights.bad ?? 0).toBeLessThan(-1);
    expect(first.gradient).toBeLessThan(1e-3);
    expect(fit(rows)).toEqual(first);
  });

  it("chooses a threshold that drops what the features give away, and 0 where dropping cannot help", () => {
    const labelled = new Map([["real", 30]] as const);
    expect(chooseThreshold(rows, outOfFold(rows), labelled)).toBeGreaterThan(0);
    const allKept = rows.map((r) => ({ ...r, kept: true }));
    expect(chooseThreshold(allKept, outOfFold(allKept), new Map([["real", 60]] as const))).toBe(0);
  });
});

describe("the committed weights", () => {
  it("were fitted to the extraction as it is now (else: npm run train)", () => {
    expect(loadMentionWeights().inputs, "the rules, lexicon, listings or labels changed since training").toBe(
      trainingInputs(),
    );
  });
});
