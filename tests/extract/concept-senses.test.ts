// Concept cues by whole words, by case for names, and by sense for words that
// mean something else outside the field (invented text throughout).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createTagger, loadVocabulary } from "../../src/extract/concepts.ts";

const tagger = createTagger(loadVocabulary(join(import.meta.dirname, "../../content/vocabulary/concepts.json")));
const ids = (title: string, abstract: string) => tagger.tag(title, abstract).map((c) => c.id);

describe("concept cues", () => {
  it("keeps the capitals of names and acronyms: zone, zoom and explore are no cues", () => {
    const text = "Agents explore the zone and zoom into the zoo. Exploration of folklore helps them explore more.";
    expect(ids("Exploring zones", text)).toEqual([]);
    expect(ids("ZO-Tune: fine-tuning with ZO estimates", "Our ZO method uses ZO gradient estimates.")).toContain(
      "zeroth-order",
    );
  });

  it("reads 'sparse' by what it qualifies: weights, not annotations or rewards", () => {
    const model = "We train sparse networks: sparse weights and sparse attention keep the model small and sparse.";
    expect(ids("Sparse networks", model)).toContain("sparsity");
    const data = "Learning from sparse annotations and sparse rewards, with sparse labels from few sensors.";
    expect(ids("Learning from sparse labels", data)).not.toContain("sparsity");
  });

  it("reads 'sketch' and 'streams' by their sense: matrices, not drawings or video", () => {
    const drawing = "Users draw a sketch; our model turns hand-drawn sketches into images and 3D shapes of the sketch.";
    expect(ids("From sketches to images", drawing)).not.toContain("sketching");
    const video = "We stream live video streams to viewers; streaming audio and video with low delay.";
    expect(ids("Streaming video", video)).not.toContain("sketching");
    const matrix = "A random sketch of the matrix solves least-squares regression; the sketch size is small.";
    expect(ids("Sketching for regression", matrix)).toContain("sketching");
  });

  it("reads inference, latency and throughput as LLM inference only near language models", () => {
    const llm = "LLM inference is slow: we cut decoding latency and raise serving throughput for language models.";
    expect(ids("Faster LLM serving", llm)).toContain("llm-inference");
    const network = "Packets cross the network with low latency and high throughput on wireless links and sensors.";
    expect(ids("Low-latency wireless links", network)).not.toContain("llm-inference");
  });

  it("takes a benchmark named in the title, hyphenated or not", () => {
    expect(ids("Quux-Bench: testing agents", "We test agents on many tasks.")).toContain("benchmark");
    expect(ids("ZorbBench: a suite", "Tasks of many kinds.")).toContain("benchmark");
  });
});
