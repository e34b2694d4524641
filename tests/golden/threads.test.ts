// The per-paper work on two threads (src/extract/papers.ts) gives what one thread gives:
// every record, method, concept, graph node and page the same, on the real seed listings.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../../src/pipeline.ts";

const root = join(import.meta.dirname, "../..");
const run = (threads: 1 | 2) =>
  ingest({
    sources: join(root, "content/sources"),
    vocabulary: join(root, "content/vocabulary/concepts.json"),
    lexicon: join(root, "content/vocabulary/lexicon.json"),
    threads,
  });

describe("ingest on two threads", () => {
  it("writes the same records, method index, concepts, graph and pages as on one", () => {
    const one = run(1);
    const two = run(2);
    expect(two.papers.length).toBeGreaterThan(100);
    expect(two.papers).toEqual(one.papers);
    expect(two.methods).toEqual(one.methods);
    expect(two.concepts).toEqual(one.concepts);
    expect(two.graph).toEqual(one.graph);
    expect(two.pages).toEqual(one.pages);
    expect(two.report).toEqual(one.report);
  });
});
