import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extract/sentences.ts";

describe("sentences", () => {
  it("splits at a stop before a capital, sparing abbreviations and initials", () => {
    const text = "Zorb is fast, e.g. on GPUs. It beats Quib (Smith et al. 2024). Doe, J. Roe agree. See Fig. 2 now.";
    expect(splitSentences(text)).toEqual([
      "Zorb is fast, e.g. on GPUs.",
      "It beats Quib (Smith et al. 2024).",
      "Doe, J. Roe agree.",
      "See Fig. 2 now.",
    ]);
  });
});
