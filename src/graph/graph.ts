// graph.json: typed nodes (paper, method, concept) and typed, weighted edges
// with their reasons, plus build-time positions for the graph page.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from "d3-force";
import type { Concept } from "../extract/concepts.ts";
import type { Paper } from "../types.ts";
import type { MethodEntry } from "./methods.ts";

export type NodeType = "paper" | "method" | "concept";
export type EdgeType = "has-concept" | "introduces" | "mentions" | "builds-on" | "related";

export interface GraphNode {
  id: string;
  type: NodeType;
  label: string;
  /** Site path of the node's page, relative to the site root. */
  href: string;
  x?: number;
  y?: number;
  concepts?: string[];
  year?: number | null;
  size?: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  type: EdgeType;
  weight: number;
  reason: string;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const nodeId = (type: NodeType, id: string) => `${type}:${id}`;

export function buildGraph(papers: Paper[], methods: MethodEntry[], concepts: Concept[]): Graph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const methodByKey = new Map(methods.map((m) => [m.key, m]));
  const used = new Set(papers.flatMap((p) => p.concepts.map((c) => c.id)));
  for (const c of concepts) {
    if (!used.has(c.id)) continue;
    const size = papers.filter((p) => p.concepts.some((x) => x.id === c.id)).length;
    nodes.push({ id: nodeId("concept", c.id), type: "concept", label: c.label, href: `concepts/${c.id}/`, size });
  }
  for (const m of methods) nodes.push({ id: nodeId("method", m.slug), type: "method", label: m.name, href: `methods/${m.slug}/`, size: m.introducedBy.length + m.mentionedBy.length });
  const relatedOf = new Map(papers.map((p) => [p.id, new Set(p.related.map((r) => r.id))]));
  for (const p of papers) {
    nodes.push({
      id: nodeId("paper", p.id),
      type: "paper",
      label: p.title,
      href: `papers/${p.id}/`,
      concepts: p.concepts.map((c) => c.id),
      year: p.date ? Number(p.date.slice(0, 4)) : null,
      size: 1 + (p.upvotes ?? 0),
    });
    const from = nodeId("paper", p.id);
    for (const c of p.concepts) edges.push({ source: from, target: nodeId("concept", c.id), type: "has-concept", weight: c.score, reason: `cues: ${c.cues.join(", ")}` });
    for (const m of p.methods) {
      const entry = methodByKey.get(m.key);
      if (entry) edges.push({ source: from, target: nodeId("method", entry.slug), type: "introduces", weight: 1, reason: `introduces ${m.name}` });
    }
    for (const m of p.mentions) {
      const entry = methodByKey.get(m.key);
      if (entry) edges.push({ source: from, target: nodeId("method", entry.slug), type: "mentions", weight: 0.5, reason: `mentions ${m.name}` });
    }
    for (const b of p.buildsOn) edges.push({ source: from, target: nodeId("paper", b.id), type: "builds-on", weight: 1, reason: `mentions ${b.methods.join(", ")}` });
    for (const r of p.related) {
      // Related is symmetric: keep one edge per pair.
      if (p.id > r.id && relatedOf.get(r.id)?.has(p.id)) continue;
      const why = [r.concepts.length ? `concepts: ${r.concepts.join(", ")}` : "", r.terms.length ? `terms: ${r.terms.join(", ")}` : ""].filter(Boolean).join("; ");
      edges.push({ source: from, target: nodeId("paper", r.id), type: "related", weight: r.score, reason: why });
    }
  }
  layout(nodes, edges);
  return { nodes, edges };
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  hub: boolean;
}

// Papers and concepts are placed by a force layout at build time (d3-force is
// deterministic: fixed initial phyllotaxis and a seeded jiggle), so the browser
// never runs a layout. Methods sit near the papers that introduce them.
function layout(nodes: GraphNode[], edges: GraphEdge[]): void {
  const placed = nodes.filter((n) => n.type !== "method");
  const sim: SimNode[] = placed.map((n) => ({ id: n.id, hub: n.type === "concept" }));
  const index = new Set(sim.map((n) => n.id));
  const links = edges
    .filter((e) => (e.type === "has-concept" || e.type === "related" || e.type === "builds-on") && index.has(e.source) && index.has(e.target))
    .map((e) => ({ source: e.source, target: e.target, strength: e.type === "has-concept" ? 0.15 : 0.05 }));
  const linked = new Set(links.flatMap((l) => [l.source, l.target]));
  const simulation = forceSimulation(sim)
    .force("link", forceLink<SimNode, { source: string; target: string; strength: number }>(links).id((d) => d.id).strength((l) => l.strength).distance(70))
    // Concept hubs push each other apart hard so that their labels do not collide.
    .force("charge", forceManyBody<SimNode>().strength((d) => (d.hub ? -900 : -40)).theta(0.9).distanceMax(900))
    .force("collide", forceCollide<SimNode>((d) => (d.hub ? 45 : 7)))
    // Papers with no concept have nothing to hold them: keep them near the middle.
    .force("x", forceX<SimNode>(0).strength((d) => (linked.has(d.id) ? 0.03 : 0.25)))
    .force("y", forceY<SimNode>(0).strength((d) => (linked.has(d.id) ? 0.03 : 0.25)))
    .alphaDecay(0.04)
    .stop();
  const ticks = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
  for (let i = 0; i < ticks; i++) simulation.tick();
  const pos = new Map(sim.map((n) => [n.id, [n.x ?? 0, n.y ?? 0] as const]));
  for (const n of placed) {
    const [x, y] = pos.get(n.id)!;
    n.x = Math.round(x * 10) / 10;
    n.y = Math.round(y * 10) / 10;
  }
  const byMethod = new Map<string, string[]>();
  for (const e of edges) if (e.type === "introduces" || e.type === "mentions") byMethod.set(e.target, [...(byMethod.get(e.target) ?? []), e.source]);
  let k = 0;
  for (const n of nodes) {
    if (n.type !== "method") continue;
    const around = (byMethod.get(n.id) ?? []).map((id) => pos.get(id)).filter((p) => p !== undefined);
    const angle = (k++ * 2.399963) % (2 * Math.PI);
    const cx = around.length ? around.reduce((s, p) => s + p[0], 0) / around.length : 0;
    const cy = around.length ? around.reduce((s, p) => s + p[1], 0) / around.length : 0;
    n.x = Math.round((cx + 14 * Math.cos(angle)) * 10) / 10;
    n.y = Math.round((cy + 14 * Math.sin(angle)) * 10) / 10;
  }
}
