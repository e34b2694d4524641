import { describe, expect, it } from "vitest";
import { findAbbreviations } from "../../src/extract/abbreviations.ts";

describe("Schwartz–Hearst abbreviations", () => {
  it.each([
    ["Kronecker-factored Approximate Curvature (K-FAC) method is fast", "K-FAC", "Kronecker-factored Approximate Curvature"],
    ["we propose Equiangular Basis Vectors (EBVs) for classification", "EBVs", "Equiangular Basis Vectors"],
    ["dubbed Target Projection Stochastic Gradient Descent (tpSGD).", "tpSGD", "Target Projection Stochastic Gradient Descent"],
    ["Training Large Language Models (LLMs) is costly", "LLMs", "Large Language Models"],
  ])("%s", (text, short, long) => {
    expect(findAbbreviations(text)).toEqual([expect.objectContaining({ short, long })]);
  });

  it("finds a short form written first and spelled out after it", () => {
    expect(findAbbreviations("Unlike others, ZORB (Zero-Order Rank Boosting) runs fast.")).toEqual([expect.objectContaining({ short: "ZORB", long: "Zero-Order Rank Boosting", shortFirst: true })]);
    expect(findAbbreviations("a scheme (QUILT - quantized updates in low-rank training) for training")).toEqual([
      expect.objectContaining({ short: "QUILT", long: "quantized updates in low-rank training", shortFirst: true }),
    ]);
  });

  it("does not read examples or asides after a name as its long form", () => {
    expect(findAbbreviations("momentum-based GD (e.g. SGD or Adam) and BERT (base and large)")).toEqual([]);
  });

  it("ignores parentheses that define nothing", () => {
    expect(findAbbreviations("accuracy drops (<0.3%) and speed (2x) improves (see Table 1)")).toEqual([]);
  });
});
