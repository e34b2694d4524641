// graph.json: typed nodes (paper, method, concept) and typed, weighted edges
// with their reasons, plus build-time positions for the graph page.
import type { Concept } from "../extract/concepts.ts";
import type { Paper } from "../types.ts";
import { plainText } from "../record/math-text.ts";
import { layoutGraph } from "./layout.ts";
import type { MethodEntry } from "../record/schema.ts";

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
  for (const m of methods)
    nodes.push({
      id: nodeId("method", m.slug),
      type: "method",
      label: plainText(m.name),
      href: `methods/${m.slug}/`,
      size: m.introducedBy.length + m.mentionedBy.length,
    });
  const relatedOf = new Map(papers.map((p) => [p.id, new Set(p.related.map((r) => r.id))]));
  for (const p of papers) {
    nodes.push({
      id: nodeId("paper", p.id),
      type: "paper",
      label: plainText(p.title),
      href: `papers/${p.id}/`,
      concepts: p.concepts.map((c) => c.id),
      year: p.date ? Number(p.date.slice(0, 4)) : null,
      size: 1 + (p.upvotes ?? 0),
    });
    const from = nodeId("paper", p.id);
    for (const c of p.concepts)
      edges.push({
        source: from,
        target: nodeId("concept", c.id),
        type: "has-concept",
        weight: c.score,
        reason: `cues: ${c.cues.join(", ")}`,
      });
    for (const m of p.methods) {
      const entry = methodByKey.get(m.key);
      if (entry)
        edges.push({
          source: from,
          target: nodeId("method", entry.slug),
          type: "introduces",
          weight: 1,
          reason: `introduces ${m.name}`,
        });
    }
    for (const m of p.mentions) {
      const entry = methodByKey.get(m.key);
      if (entry)
        edges.push({
          source: from,
          target: nodeId("method", entry.slug),
          type: "mentions",
          weight: 0.5,
          reason: `mentions ${m.name}`,
        });
    }
    for (const b of p.buildsOn)
      edges.push({
        source: from,
        target: nodeId("paper", b.id),
        type: "builds-on",
        weight: 1,
        reason: `mentions ${b.methods.join(", ")}`,
      });
    for (const r of p.related) {
      // Related is symmetric: keep one edge per pair.
      if (p.id > r.id && relatedOf.get(r.id)?.has(p.id)) continue;
      const why = [
        r.concepts.length ? `concepts: ${r.concepts.join(", ")}` : "",
        r.terms.length ? `terms: ${r.terms.join(", ")}` : "",
      ]
        .filter(Boolean)
        .join("; ");
      edges.push({ source: from, target: nodeId("paper", r.id), type: "related", weight: r.score, reason: why });
    }
  }
  layoutGraph(nodes, edges);
  return { nodes, edges };
}
