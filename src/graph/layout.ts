// Build-time positions for the graph page. Concept hubs are laid out by a
// small force simulation (concepts that share papers attract); each paper then
// sits at the score-weighted centre of its concepts, papers of the same concept
// set spread on a sunflower spiral, and a short collision pass removes overlaps.
// Linear in the number of papers apart from that pass, and deterministic.
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from "d3-force";
import type { GraphEdge, GraphNode } from "./graph.ts";

const GOLDEN = Math.PI * (3 - Math.sqrt(5));
const SPACING = 9;

interface Hub extends SimulationNodeDatum {
  id: string;
  size: number;
  label: string;
}

interface Dot extends SimulationNodeDatum {
  hub: boolean;
  // Set when the dot is made; the simulation moves it but never unsets it.
  x: number;
  y: number;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** A concept's entry in `map`: every concept an edge names is a node of the graph. */
function ofConcept<T>(map: ReadonlyMap<string, T>, id: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`layoutGraph: an edge names concept ${id}, which is not a node`);
  return value;
}

export function layoutGraph(nodes: GraphNode[], edges: GraphEdge[]): void {
  const concepts = nodes.filter((n) => n.type === "concept");
  const papers = nodes.filter((n) => n.type === "paper");
  const conceptsOf = new Map<string, Array<{ id: string; weight: number }>>();
  for (const e of edges) {
    if (e.type !== "has-concept") continue;
    const list = conceptsOf.get(e.source);
    const item = { id: e.target, weight: e.weight };
    if (list) list.push(item);
    else conceptsOf.set(e.source, [item]);
  }

  const hubPos = layoutHubs(concepts, conceptsOf);
  for (const c of concepts) {
    const [x, y] = ofConcept(hubPos, c.id);
    c.x = round(x);
    c.y = round(y);
  }
  const xs = [...hubPos.values()].map((p) => p[0]);
  const ys = [...hubPos.values()].map((p) => p[1]);
  const outside: [number, number] = [xs.length ? Math.min(...xs) - 220 : 0, ys.length ? Math.min(...ys) - 120 : 0];

  // Papers with the same (strongest three) concepts share a centre and a spiral.
  const groups = new Map<string, { centre: [number, number]; alone: boolean; members: GraphNode[] }>();
  for (const p of papers) {
    const mine = (conceptsOf.get(p.id) ?? [])
      .sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id))
      .slice(0, 3);
    const key = mine
      .map((c) => c.id)
      .sort()
      .join("|");
    let g = groups.get(key);
    if (!g) {
      const total = mine.reduce((s, c) => s + c.weight, 0);
      const centre: [number, number] = mine.length
        ? [
            mine.reduce((s, c) => s + ofConcept(hubPos, c.id)[0] * c.weight, 0) / total,
            mine.reduce((s, c) => s + ofConcept(hubPos, c.id)[1] * c.weight, 0) / total,
          ]
        : outside;
      g = { centre, alone: mine.length === 1, members: [] };
      groups.set(key, g);
    }
    g.members.push(p);
  }
  const dots: Dot[] = [];
  const placed: Array<{ paper: GraphNode; dot: Dot }> = [];
  // Groups in the order of their keys (code-unit order, as a plain sort has it; keys are distinct).
  for (const [, g] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    g.members.sort((a, b) => a.id.localeCompare(b.id));
    // Papers of a single concept ring its hub instead of hiding under its label.
    const start = g.alone ? 36 : 0;
    g.members.forEach((paper, k) => {
      const r = start + SPACING * Math.sqrt(k + 0.5);
      const dot = { x: g.centre[0] + r * Math.cos(k * GOLDEN), y: g.centre[1] + r * Math.sin(k * GOLDEN), hub: false };
      dots.push(dot);
      placed.push({ paper, dot });
    });
  }
  for (const c of concepts) {
    const [x, y] = ofConcept(hubPos, c.id);
    dots.push({ x, y, fx: x, fy: y, hub: true });
  }
  forceSimulation(dots)
    .force("collide", forceCollide<Dot>((d) => (d.hub ? 30 : 4.5)).iterations(1))
    .alphaDecay(0.2)
    .stop()
    .tick(15);
  for (const { paper, dot } of placed) {
    paper.x = round(dot.x);
    paper.y = round(dot.y);
  }

  placeMethods(nodes, edges);
}

function layoutHubs(
  concepts: GraphNode[],
  conceptsOf: Map<string, Array<{ id: string }>>,
): Map<string, [number, number]> {
  const together = new Map<string, number>();
  for (const list of conceptsOf.values()) {
    list.forEach((a, i) => {
      for (const b of list.slice(i + 1)) {
        const key = [a.id, b.id].sort().join("|");
        together.set(key, (together.get(key) ?? 0) + 1);
      }
    });
  }
  const hubs: Hub[] = concepts.map((c) => ({ id: c.id, size: c.size ?? 1, label: c.label }));
  const byId = new Map(hubs.map((h) => [h.id, h]));
  const links = [...together]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([key, n]) => {
      const [a, b] = key.split("|") as [string, string];
      const fewer = Math.min(ofConcept(byId, a).size, ofConcept(byId, b).size);
      return { source: a, target: b, strength: Math.min(1, n / fewer) };
    });
  const sim = forceSimulation(hubs)
    .force(
      "link",
      forceLink<Hub, { source: string; target: string; strength: number }>(links)
        .id((d) => d.id)
        .strength((l) => 0.5 * l.strength)
        .distance(220),
    )
    .force("charge", forceManyBody<Hub>().strength(-2500))
    // Room for the hub's label, which is drawn wider than the hub itself.
    .force(
      "collide",
      forceCollide<Hub>((d) => Math.max(60, 6 * d.label.length) + 4 * Math.sqrt(d.size)),
    )
    .force("x", forceX(0).strength(0.05))
    .force("y", forceY(0).strength(0.05))
    .stop();
  sim.tick(300);
  return new Map(hubs.map((h) => [h.id, [h.x ?? 0, h.y ?? 0]]));
}

// A method sits near the papers that introduce or mention it.
function placeMethods(nodes: GraphNode[], edges: GraphEdge[]): void {
  const pos = new Map(nodes.filter((n) => n.type !== "method").map((n) => [n.id, [n.x ?? 0, n.y ?? 0] as const]));
  const byMethod = new Map<string, string[]>();
  for (const e of edges) {
    if (e.type !== "introduces" && e.type !== "mentions") continue;
    const list = byMethod.get(e.target);
    if (list) list.push(e.source);
    else byMethod.set(e.target, [e.source]);
  }
  let k = 0;
  for (const n of nodes) {
    if (n.type !== "method") continue;
    const around = (byMethod.get(n.id) ?? []).map((id) => pos.get(id)).filter((p) => p !== undefined);
    const angle = (k++ * GOLDEN) % (2 * Math.PI);
    const cx = around.length ? around.reduce((s, p) => s + p[0], 0) / around.length : 0;
    const cy = around.length ? around.reduce((s, p) => s + p[1], 0) / around.length : 0;
    n.x = round(cx + 14 * Math.cos(angle));
    n.y = round(cy + 14 * Math.sin(angle));
  }
}
