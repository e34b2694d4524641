// The graph page's data, compact: what the browser draws and nothing more.
// Papers and concepts with build-time positions; builds-on edges and each
// paper's strongest related edge (a paper's concepts are where it sits and its
// colour, not lines: 300 such lines for 150 papers made a hairball and doubled
// the first frame's work); method names pointing at the paper that introduces
// (or first mentions) them for the find box.
import type { Graph } from "../graph/graph.ts";
import type { MethodEntry } from "../record/schema.ts";
import type { PaperRecord } from "../record/schema.ts";

export const PALETTE = [
  "#1f77b4",
  "#d62728",
  "#2ca02c",
  "#9467bd",
  "#ff7f0e",
  "#17becf",
  "#8c564b",
  "#e377c2",
  "#7f7f7f",
  "#bcbd22",
  "#393b79",
  "#637939",
  "#8c6d31",
  "#843c39",
  "#7b4173",
  "#3182bd",
  "#e6550d",
  "#31a354",
  "#756bb1",
  "#636363",
  "#6baed6",
  "#fd8d3c",
  "#74c476",
  "#9e9ac8",
  "#969696",
  "#9c9ede",
  "#cedb9c",
  "#e7ba52",
];

export interface GraphView {
  /** [id, label, x, y, papers] */
  concepts: Array<[string, string, number, number, number]>;
  /** [id, title, x, y, concept indexes (strongest first), upvotes] */
  papers: Array<[string, string, number, number, number[], number]>;
  /** [source, target, kind] as paper indexes; kind 1 builds on, 2 related */
  edges: Array<[number, number, 1 | 2]>;
  /** [name, paper index] */
  methods: Array<[string, number]>;
  /** [concept, concept, papers in both]: the overview drawn before papers are. */
  together: Array<[number, number, number]>;
}

export function graphView(graph: Graph, papers: PaperRecord[], methods: MethodEntry[]): GraphView {
  const conceptNodes = graph.nodes.filter((n) => n.type === "concept");
  const paperNodes = graph.nodes.filter((n) => n.type === "paper");
  const conceptIndex = new Map(conceptNodes.map((n, i) => [n.id, i]));
  const paperIndex = new Map(paperNodes.map((n, i) => [n.id, i]));
  const upvotes = new Map(papers.map((p) => [`paper:${p.id}`, p.upvotes ?? 0]));
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
  const together = [...pairs].map(([k, n]): [number, number, number] => {
    const [a, b] = k.split("|").map(Number) as [number, number];
    return [a, b, n];
  });
  together.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return {
    together,
    concepts: conceptNodes.map((n) => [n.id.slice("concept:".length), n.label, n.x ?? 0, n.y ?? 0, n.size ?? 0]),
    papers: paperNodes.map((n) => [
      n.id.slice("paper:".length),
      n.label,
      n.x ?? 0,
      n.y ?? 0,
      (n.concepts ?? []).map((c) => conceptIndex.get(`concept:${c}`)).filter((i) => i !== undefined),
      upvotes.get(n.id) ?? 0,
    ]),
    edges,
    methods: methods
      .map((m): [string, number] => [m.name, paperIndex.get(`paper:${m.introducedBy[0] ?? m.mentionedBy[0]}`) ?? -1])
      .filter(([, i]) => i >= 0),
  };
}
