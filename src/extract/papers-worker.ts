// The worker thread of ./papers.ts: extracts its half of the papers, answers,
// then writes their pages when asked. After each answer it counts it in the
// shared counter and wakes the waiting thread.
import type { Root } from "mdast";
import { type MessagePort, workerData } from "node:worker_threads";
import {
  createExtractor,
  type ExtractionSetup,
  extractPaper,
  type FromWorker,
  pageMdx,
  type PaperText,
  type ToWorker,
} from "./papers.ts";

const { port, answers, papers, setup } = workerData as {
  port: MessagePort;
  answers: Int32Array;
  papers: PaperText[];
  setup: ExtractionSetup;
};

function answer(message: FromWorker): void {
  port.postMessage(message);
  Atomics.add(answers, 0, 1);
  Atomics.notify(answers, 0);
}

const trees: Root[] = [];
try {
  const extract = createExtractor(setup);
  const found = papers.map((paper) => {
    const one = extractPaper(extract, paper);
    trees.push(one.tree);
    return one.found;
  });
  answer({ kind: "extracted", found });
} catch (error) {
  answer({ error: (error as Error).stack ?? String(error) });
}

port.on("message", (message: ToWorker) => {
  if (message.kind === "close") {
    port.close();
    return;
  }
  try {
    answer({ kind: "pages", mdx: papers.map((p, i) => pageMdx(p.id, trees[i], message.links[i] ?? [])) });
  } catch (error) {
    answer({ error: (error as Error).stack ?? String(error) });
  }
});
