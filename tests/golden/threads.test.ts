// The per-paper work on two threads (src/extract/papers.ts) gives what one thread gives:
// every record, method, concept, graph node and page the same, on the real seed listings.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadVocabulary } from "../../src/extract/concepts.ts";
import { learnLowercase, loadLexicon } from "../../src/extract/names.ts";
import { claimed, CHUNK, type Extracted, runPapers, startWorker } from "../../src/extract/papers.ts";
import { ingest } from "../../src/pipeline.ts";

const root = join(import.meta.dirname, "../..");
const vocabulary = join(root, "content/vocabulary/concepts.json");
const lexicon = join(root, "content/vocabulary/lexicon.json");
const run = (threads: 1 | 2) => ingest({ sources: join(root, "content/sources"), vocabulary, lexicon, threads });

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

  it("lets the worker thread extract the papers it takes and write their pages as one thread does", () => {
    // No other thread takes from the counter: the worker takes every chunk, whenever it starts.
    const papers = run(1).papers.map((p) => ({ id: p.id, title: p.title, abstract: p.abstract }));
    const read = loadLexicon(lexicon);
    const setup = {
      lexicon: read,
      learned: learnLowercase(
        read,
        papers.map((p) => `${p.title}\n${p.abstract}`),
      ),
      vocabulary: loadVocabulary(vocabulary),
    };
    const one = runPapers(papers, setup, 1);
    const links = papers.map(() => []);
    const worker = startWorker(papers, new Int32Array(new SharedArrayBuffer(4)), setup);
    try {
      const answer = worker.next<{ places: number[]; found: Extracted[] }>("extracted");
      expect(answer.places).toEqual(papers.map((_, i) => i));
      expect(answer.found).toEqual(one.found);
      worker.post({ kind: "pages", links });
      expect(worker.next<{ mdx: string[] }>("pages").mdx).toEqual(one.pages(links));
    } finally {
      worker.close();
    }
  });
});

describe("claimed", () => {
  it("gives each place to exactly one of the threads taking chunks from the same counter", () => {
    const next = new Int32Array(new SharedArrayBuffer(4));
    const a = claimed(next, 5 * CHUNK + 3);
    const b = claimed(next, 5 * CHUNK + 3);
    const taken: number[][] = [[], []];
    // The two take turns a chunk at a time, as two threads racing would in some order.
    for (let turn = 0, done = 0; done < 2; turn++) {
      const own = turn % 2 === 0 ? a : b;
      let step = own.next();
      if (step.done) done++;
      for (let k = 0; !step.done && k < CHUNK; k++) {
        taken[turn % 2]?.push(step.value);
        if (k < CHUNK - 1) step = own.next();
      }
    }
    const all = [...(taken[0] ?? []), ...(taken[1] ?? [])].sort((x, y) => x - y);
    expect(all).toEqual(Array.from({ length: 5 * CHUNK + 3 }, (_, i) => i));
    expect(taken[0]?.length).toBeGreaterThan(0);
    expect(taken[1]?.length).toBeGreaterThan(0);
  });
});
