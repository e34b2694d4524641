// The worker thread of ./papers.ts: extracts the papers it takes, in chunks, from
// the counter it shares with the main thread, answers with their places and
// what it found, then writes their pages when asked. After each answer it counts
// it in the shared counter of answers and wakes the waiting thread.
import type { Root } from "mdast";
import { type MessagePort, workerData } from "node:worker_threads";
import {
  claimed,
  createExtractor,
  type ExtractionSetup,
  extractPaper,
  type FromWorker,
  pageMdx,
  type PaperText,
  type ToWorker,
} from "./papers.ts";

const { port, answers, next, papers, setup } = workerData as {
  port: MessagePort;
  answers: Int32Array;
  next: Int32Array;
  papers: PaperText[];
  setup: ExtractionSetup;
};

function answer(message: FromWorker): void {
  port.postMessage(message);
  Atomics.add(answers, 0, 1);
  Atomics.notify(answers, 0);
}

const trees: Root[] = [];
const places: number[] = [];
try {
  const extract = createExtractor(setup);
  const found = [];
  for (const i of claimed(next, papers.length)) {
    const paper = papers[i];
    if (paper === undefined) continue;
    const one = extractPaper(extract, paper);
    places.push(i);
    trees.push(one.tree);
    found.push(one.found);
  }
  answer({ kind: "extracted", places, found });
} catch (error) {
  answer({ error: (error as Error).stack ?? String(error) });
}

port.on("message", (message: ToWorker) => {
  if (message.kind === "close") {
    port.close();
    return;
  }
  try {
    answer({
      kind: "pages",
      mdx: places.map((place, k) => pageMdx(papers[place]?.id ?? "", trees[k], message.links[k] ?? [])),
    });
  } catch (error) {
    answer({ error: (error as Error).stack ?? String(error) });
  }
});
