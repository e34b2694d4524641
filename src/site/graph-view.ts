// The graph page's data, compact: what the browser draws and nothing more.
// Papers and concepts with build-time positions; builds-on edges and each
// paper's strongest related edge (a paper's concepts are where it sits and its
// colour, not lines: 300 such lines for 150 papers made a hairball and doubled
// the first frame's work); each paper title's label zoom; method names with
// their papers for Find and the side panel. The side panel's longer texts are
// in separate files (graphDetails), fetched when a paper is selected.
import type { Graph } from "../graph/graph.ts";
import { labelZooms } from "../graph/label-zoom.ts";
import { plainExcerpt } from "../record/math-text.ts";
import type { ConceptEntry, MethodEntry, PaperRecord } from "../record/schema.ts";
import { DETAILS_CHUNK, type GraphView, type PaperDetails } from "./graph/view.ts";

/** How the page shows a paper's date and authors: the site's own formatters, passed in by the endpoint. */
export interface Shown {
  date(p: PaperRecord): string;
  authors(p: PaperRecord): string;
}

const paperNodesOf = (graph: Graph) => graph.nodes.filter((n) => n.type === "paper");

export function graphView(
  graph: Graph,
  papers: PaperRecord[],
  methods: MethodEntry[],
  concepts: ReadonlyArray<Pick<ConceptEntry, "id" | "definition">>,
  shown: Pick<Shown, "date">,
): GraphView {
  const conceptNodes = graph.nodes.filter((n) => n.type === "concept");
  const paperNodes = paperNodesOf(graph);
  const conceptIndex = new Map(conceptNodes.map((n, i) => [n.id, i]));
  const paperIndex = new Map(paperNodes.map((n, i) => [n.id, i]));
  const record = new Map(papers.map((p) => [`paper:${p.id}`, p]));
  const definition = new Map(concepts.map((c) => [`concept:${c.id}`, c.definition]));
  const best = new Set(papers.flatMap(({ id, related: [top] }) => (top ? [`paper:${id}|paper:${top.id}`] : [])));
  const edges: GraphView["edges"] = [];
  for (const e of graph.edges) {
    const kind =
      e.type === "builds-on"
        ? 1
        : e.type === "related" && (best.has(`${e.source}|${e.target}`) || best.has(`${e.target}|${e.source}`))
          ? 2
          : -1;
    if (kind < 0) continue;
    const s = paperIndex.get(e.source);
    const t = paperIndex.get(e.target);
    if (s !== undefined && t !== undefined) edges.push([s, t, kind as 1 | 2]);
  }
  const pairs = new Map<string, number>();
  for (const n of paperNodes) {
    const cs = (n.concepts ?? [])
      .map((c) => conceptIndex.get(`concept:${c}`))
      .filter((i) => i !== undefined)
      .sort((a, b) => a - b);
    for (let a = 0; a < cs.length; a++)
      for (let b = a + 1; b < cs.length; b++) pairs.set(`${cs[a]}|${cs[b]}`, (pairs.get(`${cs[a]}|${cs[b]}`) ?? 0) + 1);
  }
  const together = strongestPairs(
    [...pairs].map(([k, n]): [number, number, number] => {
      const [a, b] = k.split("|").map(Number) as [number, number];
      return [a, b, n];
    }),
  );
  const upvotes = (id: string) => record.get(id)?.upvotes ?? 0;
  // Titles appear first for the papers readers voted for most, then by how many papers build on them.
  const buildsOnIt = new Map<number, number>();
  for (const [, t, kind] of edges) if (kind === 1) buildsOnIt.set(t, (buildsOnIt.get(t) ?? 0) + 1);
  const order = paperNodes
    .map((_, i) => i)
    .sort(
      (a, b) =>
        upvotes(paperNodes[b]?.id ?? "") - upvotes(paperNodes[a]?.id ?? "") ||
        (buildsOnIt.get(b) ?? 0) - (buildsOnIt.get(a) ?? 0) ||
        a - b,
    );
  const zooms = labelZooms(
    conceptNodes.map((n) => ({ x: n.x ?? 0, y: n.y ?? 0, label: n.label, papers: n.size ?? 0 })),
    paperNodes.map((n) => ({ x: n.x ?? 0, y: n.y ?? 0, label: n.label })),
    order,
  );
  const paperRefs = (ids: string[]) =>
    ids.map((id) => paperIndex.get(`paper:${id}`)).filter((i): i is number => i !== undefined);
  return {
    together,
    concepts: conceptNodes.map((n) => [
      n.id.slice("concept:".length),
      n.label,
      n.x ?? 0,
      n.y ?? 0,
      n.size ?? 0,
      definition.get(n.id) ?? "",
    ]),
    papers: paperNodes.map((n, i) => {
      const p = record.get(n.id);
      return [
        n.id.slice("paper:".length),
        n.label,
        n.x ?? 0,
        n.y ?? 0,
        (n.concepts ?? []).map((c) => conceptIndex.get(`concept:${c}`)).filter((c) => c !== undefined),
        upvotes(n.id),
        p ? shown.date(p) : "",
        zooms[i] ?? 0,
      ];
    }),
    edges,
    methods: methods
      .map((m): [string, string, number[]] => [m.name, m.slug, paperRefs([...m.introducedBy, ...m.mentionedBy])])
      .filter(([, , refs]) => refs.length > 0),
  };
}

/** Lines of the overview drawn per concept: to the concepts it shares the most papers with. */
const PARTNERS = 3;

/**
 * The overview's lines: a pair of concepts is drawn when it is among either
 * concept's PARTNERS strongest; every pair of a large collection is a hairball.
 */
function strongestPairs(pairs: Array<[number, number, number]>): Array<[number, number, number]> {
  const byConcept = new Map<number, Array<[number, number, number]>>();
  for (const p of pairs)
    for (const c of [p[0], p[1]]) {
      const list = byConcept.get(c);
      if (list) list.push(p);
      else byConcept.set(c, [p]);
    }
  const kept = new Set<[number, number, number]>();
  for (const list of byConcept.values())
    for (const p of [...list].sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]).slice(0, PARTNERS)) kept.add(p);
  return [...kept].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** The number of details files for a graph. */
export const detailsChunks = (graph: Graph): number => Math.ceil(paperNodesOf(graph).length / DETAILS_CHUNK);

/** Details file `chunk`: the side panel's texts for papers chunk·DETAILS_CHUNK onwards, in the view's order. */
export function graphDetails(
  graph: Graph,
  chunk: number,
  paperById: ReadonlyMap<string, PaperRecord>,
  shown: Pick<Shown, "authors">,
): PaperDetails[] {
  return paperNodesOf(graph)
    .slice(chunk * DETAILS_CHUNK, (chunk + 1) * DETAILS_CHUNK)
    .map((n) => {
      const p = paperById.get(n.id.slice("paper:".length));
      return {
        authors: p ? shown.authors(p) : "",
        methods: (p?.methods ?? []).map((m) => m.name),
        // The abstract's opening, up to about 320 characters, cut at a sentence or a word.
        excerpt: p ? plainExcerpt(p.abstract, 320, true) : "",
      };
    });
}
