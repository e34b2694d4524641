// The per-paper work of ingest, on the machine's two cores for a large
// collection: each paper's abstract parsed and run through the extraction
// plugins, and later its MDX page written. Every paper's result depends on that
// paper and the lexicon and vocabulary alone, never on the other papers or the
// order they come in, so the collection is cut in two: this thread does the
// first half while a worker thread (./papers-worker.ts) does the second, and the
// results are put back in the papers' order. The worker keeps its papers' trees
// for their pages. The calls stay synchronous: this thread waits for the worker
// with Atomics.wait and takes its message with receiveMessageOnPort.
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { Root } from "mdast";
import { unified } from "unified";
import { VFile } from "vfile";
import { abstractParser } from "../parse/abstract.ts";
import { paperPage, type MethodLink } from "../mdx/paper-page.ts";
import { toMdx } from "../mdx/stringify.ts";
import type { PaperRecord } from "../record/schema.ts";
import { createTagger, paperConcepts, type Vocabulary } from "./concepts.ts";
import { paperLinks } from "./links.ts";
import { paperMentions } from "./mentions.ts";
import { paperMethods } from "./methods.ts";
import type { Lexicon } from "./names.ts";
import { paperSentences } from "./roles.ts";

/** What the extraction needs: the lexicon as read, the one with the collection's learned words, the vocabulary. */
export interface ExtractionSetup {
  lexicon: Lexicon;
  learned: Lexicon;
  vocabulary: Vocabulary;
}

/** What extraction finds in one paper. */
export type Extracted = Pick<PaperRecord, "methods" | "mentions" | "concepts"> & { links: PaperRecord["links"] };

/** A paper as extraction reads it. */
export type PaperText = Pick<PaperRecord, "id" | "title" | "abstract">;

/** From this many papers on, the second half goes to a worker thread: below it, starting one costs more. */
export const PARALLEL_FROM = 1000;

export function createExtractor(setup: ExtractionSetup) {
  return unified()
    .use(abstractParser)
    .use(paperLinks)
    .use(paperSentences, { lexicon: setup.lexicon })
    .use(paperMethods, { lexicon: setup.learned })
    .use(paperMentions, { lexicon: setup.learned })
    .use(paperConcepts, { tagger: createTagger(setup.vocabulary) });
}

/** One paper: its abstract's tree and what the plugins found in it. */
export function extractPaper(
  extract: ReturnType<typeof createExtractor>,
  paper: PaperText,
): { tree: Root; found: Extracted } {
  const file = new VFile({ path: `${paper.id}.mdx`, value: paper.abstract, data: { title: paper.title } });
  const tree = extract.runSync(extract.parse(file), file);
  const found = {
    links: file.data.links ?? [],
    methods: file.data.methods ?? [],
    mentions: file.data.mentions ?? [],
    concepts: file.data.concepts ?? [],
  };
  return { tree, found };
}

/** A paper's MDX page from its tree and the links of the method names it holds. */
export const pageMdx = (id: string, tree: Root | undefined, links: MethodLink[]): string =>
  toMdx(paperPage(id, tree ?? { type: "root", children: [] }, links));

/** Messages between the two threads; `reply` says which request a worker's answer is for. */
export type ToWorker = { kind: "pages"; links: MethodLink[][] } | { kind: "close" };
export type FromWorker =
  { kind: "extracted"; found: Extracted[] } | { kind: "pages"; mdx: string[] } | { error: string };

export interface PaperRun {
  /** What each paper holds, in the papers' order. */
  found: Extracted[];
  /** Each paper's MDX page, in the papers' order, given the links of each paper's method names. */
  pages(links: MethodLink[][]): string[];
}

/** Extracts every paper, on two threads from PARALLEL_FROM papers on (or as `threads` says). */
export function runPapers(papers: PaperText[], setup: ExtractionSetup, threads?: 1 | 2): PaperRun {
  const extract = createExtractor(setup);
  const parallel = (threads ?? (papers.length >= PARALLEL_FROM ? 2 : 1)) === 2 && papers.length > 1;
  const mine = parallel ? Math.ceil(papers.length / 2) : papers.length;
  const text = ({ id, title, abstract }: PaperText): PaperText => ({ id, title, abstract });
  const worker = parallel ? startWorker(papers.slice(mine).map(text), setup) : null;
  // The ids now: the caller may reorder its array before asking for the pages.
  const ids = papers.map((p) => p.id);
  const trees: Root[] = [];
  const found: Extracted[] = [];
  try {
    for (const paper of papers.slice(0, mine)) {
      const one = extractPaper(extract, paper);
      trees.push(one.tree);
      found.push(one.found);
    }
    if (worker) found.push(...worker.next<{ found: Extracted[] }>("extracted").found);
  } catch (error) {
    worker?.close();
    throw error;
  }
  return {
    found,
    pages(links) {
      try {
        if (worker) worker.post({ kind: "pages", links: links.slice(mine) });
        const mdx = ids.slice(0, mine).map((id, i) => pageMdx(id, trees[i], links[i] ?? []));
        if (worker) mdx.push(...worker.next<{ mdx: string[] }>("pages").mdx);
        return mdx;
      } finally {
        worker?.close();
      }
    },
  };
}

interface WorkerLink {
  post(message: ToWorker): void;
  next<T>(kind: string): T;
  close(): void;
}

// Far longer than any half of a collection takes (50,000 papers: under a minute).
const ANSWER_WITHIN_MS = 10 * 60 * 1000;

/** Starts the worker on its papers; `next` waits for its next answer. */
function startWorker(papers: PaperText[], setup: ExtractionSetup): WorkerLink {
  const { port1, port2 } = new MessageChannel();
  // The worker counts its answers here and wakes this thread after each.
  const answers = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL("./papers-worker.ts", import.meta.url), {
    workerData: { port: port2, answers, papers, setup },
    transferList: [port2 as unknown as MessagePort],
  });
  // This thread waits for it with Atomics: it must never keep the process alive on its own (a failed ingest).
  worker.unref();
  let seen = 0;
  return {
    post: (message) => port1.postMessage(message),
    next<T>(kind: string): T {
      seen++;
      const deadline = Date.now() + ANSWER_WITHIN_MS;
      while (Atomics.load(answers, 0) < seen) {
        // A worker that failed before its first line (a module that does not load) never answers.
        if (Date.now() > deadline) throw new Error(`ingest: the extraction worker gave no answer (${kind})`);
        Atomics.wait(answers, 0, seen - 1, 1000);
      }
      const message = receiveMessageOnPort(port1)?.message as FromWorker | undefined;
      if (message === undefined) throw new Error("ingest: the extraction worker answered nothing");
      if ("error" in message) throw new Error(`ingest: the extraction worker failed: ${message.error}`);
      if (message.kind !== kind) throw new Error(`ingest: the extraction worker answered ${message.kind}, not ${kind}`);
      return message as T;
    },
    close() {
      port1.postMessage({ kind: "close" } satisfies ToWorker);
      port1.close();
      void worker.terminate();
    },
  };
}
