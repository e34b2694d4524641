// An abstract is truncated only when it stops mid-sentence.
import { describe, expect, it } from "vitest";
import { endsMidSentence } from "../../src/merge/truncation.ts";

describe("endsMidSentence", () => {
  it("takes an abstract ending on a stop, a bracket or a quote as complete", () => {
    for (const text of ["We show it works.", "Is it enough?", "(see the appendix)", "as “free lunch”", "Done!"]) {
      expect(endsMidSentence(text), text).toBe(false);
    }
  });

  it("takes an abstract ending on a URL, a LaTeX group or math as complete", () => {
    expect(endsMidSentence("Code is available at https://example.org/lab/tool")).toBe(false);
    expect(endsMidSentence("Code: \\url{https://example.org/x}")).toBe(false);
    expect(endsMidSentence("the rate improves to $O(1/n)$")).toBe(false);
  });

  it("takes a last sentence without its stop as complete", () => {
    expect(endsMidSentence("a better trade-off between model size and task accuracy")).toBe(false);
    expect(endsMidSentence("Keywords: Sparse Coding, Tensor Networks, Search")).toBe(false);
  });

  it("takes an ellipsis, a dangling separator or a word no sentence ends on as cut off", () => {
    for (const text of [
      "results hold for ...",
      "results hold for…",
      "fast, accurate,",
      "we propose a",
      "gains of the",
    ]) {
      expect(endsMidSentence(text), text).toBe(true);
    }
    expect(endsMidSentence("The results show how models can")).toBe(true);
  });

  it("takes an empty abstract as missing, not cut off", () => {
    expect(endsMidSentence("")).toBe(false);
  });
});
