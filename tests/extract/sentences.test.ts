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
  it("splits at a stop that lost its space between a word and a capitalised word", () => {
    expect(splitSentences("We lack data.To this end, we build Zorb.A practical model follows.")).toEqual([
      "We lack data.",
      "To this end, we build Zorb.A practical model follows.",
    ]);
    // Not inside a name or a number: "Zorb.A" ends in a capital, "v1.Quib" and "3.5" are no ends.
    expect(splitSentences("We use v1.Quib and 3.5 Zorbs.")).toEqual(["We use v1.Quib and 3.5 Zorbs."]);
  });
});
