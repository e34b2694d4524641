// The per-paper work of ingest, on the machine's two cores for a large
// collection: each paper's abstract parsed and run through the extraction
// plugins, and later its MDX page written. Every paper's result depends on that
// paper and the lexicon and vocabulary alone, never on the other papers or the
// order they come in, so this thread and a worker thread (./papers-worker.ts)
// take the papers in small chunks from a shared counter until none is left (the
// thread that starts first or runs faster does more), and the results are put
// back in the papers' order. Each thread keeps its papers' trees for their
// pages. The calls stay synchronous: this thread waits for the worker with
// Atomics.wait and takes its message with receiveMessageOnPort.
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

/** From this many papers on, a worker thread shares the papers: below it, starting one costs more. */
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

/** Messages between the two threads; the worker's results name the papers they are for by their place. */
export type ToWorker = { kind: "pages"; links: MethodLink[][] } | { kind: "close" };
export type FromWorker =
  { kind: "extracted"; places: number[]; found: Extracted[] } | { kind: "pages"; mdx: string[] } | { error: string };

export interface PaperRun {
  /** What each paper holds, in the papers' order. */
  found: Extracted[];
  /** Each paper's MDX page, in the papers' order, given the links of each paper's method names. */
  pages(links: MethodLink[][]): string[];
}

/** Papers taken at a time from the shared counter: small enough to even out the threads' ends. */
export const CHUNK = 16;

/**
 * The places of the papers this thread extracts: chunks taken from the counter both threads share until
 * none is left, so the thread that starts first or runs faster does more and neither waits long for the other.
 */
export function* claimed(next: Int32Array, count: number): Generator<number> {
  for (let start = Atomics.add(next, 0, CHUNK); start < count; start = Atomics.add(next, 0, CHUNK))
    for (let i = start; i < Math.min(start + CHUNK, count); i++) yield i;
}

/** Extracts every paper, on two threads from PARALLEL_FROM papers on (or as `threads` says). */
export function runPapers(papers: PaperText[], setup: ExtractionSetup, threads?: 1 | 2): PaperRun {
  const extract = createExtractor(setup);
  const parallel = (threads ?? (papers.length >= PARALLEL_FROM ? 2 : 1)) === 2 && papers.length > 1;
  const next = new Int32Array(new SharedArrayBuffer(4));
  const text = ({ id, title, abstract }: PaperText): PaperText => ({ id, title, abstract });
  const worker = parallel ? startWorker(papers.map(text), next, setup) : null;
  // The ids now: the caller may reorder its array before asking for the pages.
  const ids = papers.map((p) => p.id);
  const trees = new Map<number, Root>();
  const found: Extracted[] = new Array<Extracted>(papers.length);
  let theirs: number[] = [];
  try {
    for (const i of claimed(next, papers.length)) {
      const paper = papers[i];
      if (paper === undefined) continue;
      const one = extractPaper(extract, paper);
      trees.set(i, one.tree);
      found[i] = one.found;
    }
    if (worker) {
      const answer = worker.next<{ places: number[]; found: Extracted[] }>("extracted");
      theirs = answer.places;
      answer.places.forEach((place, k) => {
        const one = answer.found[k];
        if (one !== undefined) found[place] = one;
      });
    }
  } catch (error) {
    worker?.close();
    throw error;
  }
  return {
    found,
    pages(links) {
      try {
        if (worker) worker.post({ kind: "pages", links: theirs.map((place) => links[place] ?? []) });
        const mdx = ids.map((id, i) => (trees.has(i) ? pageMdx(id, trees.get(i), links[i] ?? []) : ""));
        if (worker) {
          const written = worker.next<{ mdx: string[] }>("pages").mdx;
          theirs.forEach((place, k) => (mdx[place] = written[k] ?? ""));
        }
        return mdx;
      } finally {
        worker?.close();
      }
    },
  };
}

export interface WorkerLink {
  post(message: ToWorker): void;
  next<T>(kind: string): T;
  close(): void;
}

// Far longer than a thread's share of a collection takes (50,000 papers: under a minute).
const ANSWER_WITHIN_MS = 10 * 60 * 1000;

/** Starts the worker on the papers, taking chunks from the counter `next`; `next()` waits for its next answer. */
export function startWorker(papers: PaperText[], next: Int32Array, setup: ExtractionSetup): WorkerLink {
  const { port1, port2 } = new MessageChannel();
  // The worker counts its answers here and wakes this thread after each.
  const answers = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL("./papers-worker.ts", import.meta.url), {
    workerData: { port: port2, answers, next, papers, setup },
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
