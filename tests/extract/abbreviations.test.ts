import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findAbbreviations, matchesAtParens } from "../../src/extract/abbreviations.ts";

describe("Schwartz–Hearst abbreviations", () => {
  it.each([
    [
      "Kronecker-factored Approximate Curvature (K-FAC) method is fast",
      "K-FAC",
      "Kronecker-factored Approximate Curvature",
    ],
    ["we propose Equiangular Basis Vectors (EBVs) for classification", "EBVs", "Equiangular Basis Vectors"],
    [
      "dubbed Target Projection Stochastic Gradient Descent (tpSGD).",
      "tpSGD",
      "Target Projection Stochastic Gradient Descent",
    ],
    ["Training Large Language Models (LLMs) is costly", "LLMs", "Large Language Models"],
  ])("%s", (text, short, long) => {
    expect(findAbbreviations(text)).toEqual([expect.objectContaining({ short, long })]);
  });

  it("finds a short form written first and spelled out after it", () => {
    expect(findAbbreviations("Unlike others, ZORB (Zero-Order Rank Boosting) runs fast.")).toEqual([
      expect.objectContaining({ short: "ZORB", long: "Zero-Order Rank Boosting", shortFirst: true }),
    ]);
    expect(findAbbreviations("a scheme (QUILT - quantized updates in low-rank training) for training")).toEqual([
      expect.objectContaining({ short: "QUILT", long: "quantized updates in low-rank training", shortFirst: true }),
    ]);
  });

  it("reads an X as 'cross' or 'trans' where no x spells it, in a long form no longer than the short one", () => {
    expect(findAbbreviations("a Quorb Cross-Grid Store (Q-XGS), Zorb Transfer (ZX) and Vexa Cross (VC)")).toEqual([
      expect.objectContaining({ short: "Q-XGS", long: "Quorb Cross-Grid Store" }),
      expect.objectContaining({ short: "ZX", long: "Zorb Transfer" }),
      expect.objectContaining({ short: "VC", long: "Vexa Cross" }),
    ]);
    // "cross" far from the words the short form spells is not its X.
    expect(findAbbreviations("a cross-attention decoder with explainable AI (XAI)")).toEqual([]);
    expect(findAbbreviations("transparent and explainable artificial intelligence (XAI)")).toEqual([]);
  });

  it("does not read examples or asides after a name as its long form", () => {
    expect(findAbbreviations("momentum-based GD (e.g. SGD or Adam) and BERT (base and large)")).toEqual([]);
  });

  it("ignores parentheses that define nothing", () => {
    expect(findAbbreviations("accuracy drops (<0.3%) and speed (2x) improves (see Table 1)")).toEqual([]);
  });
});

describe("the scan that tries a pattern only before each parenthesis", () => {
  // The same patterns, tried at every position by matchAll.
  const patterns = [
    { everywhere: /([\p{L}][\p{L}\p{N}-]{1,14})\s+\(([^()]{6,120})\)/gu, lead: 15 },
    { everywhere: /\(\s*([\p{L}][\p{L}\p{N}-]{1,14})\s*(?:[-–—:]|=)\s+([^()]{6,120})\)/gu, lead: 0 },
  ];
  // Words of every length around the separators the patterns care about.
  const word = fc.constantFrom(
    "x",
    "Ab",
    "LoRA",
    "K-FAC",
    "é7",
    "Adapter",
    "abcdefghijklmnopq",
    "Low Rank Adapter",
    "ZORB",
    "7",
  );
  const sep = fc.constantFrom(" ", "  ", "\u00a0", " (", "(", ") ", ")", " - ", ": ", " = ", ", ", ". ", "-");
  const texts = fc.array(fc.tuple(word, sep), { maxLength: 24 }).map((a) => a.flat().join(""));

  it("finds what matchAll finds, on any text", () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const { everywhere, lead } of patterns) {
          const sticky = new RegExp(everywhere.source, "uy");
          const got = matchesAtParens(text, sticky, lead).map((m) => [m.index, m[0]]);
          expect(got).toEqual([...text.matchAll(everywhere)].map((m) => [m.index, m[0]]));
        }
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});
