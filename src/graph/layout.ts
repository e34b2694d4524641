// Build-time positions for the graph page. Concept hubs are laid out by a
// small force simulation (concepts that share papers attract), each with room
// for its papers; a paper sits by its strongest concept's hub, drawn towards its
// other concepts' hubs, papers of the same concept set spread on a sunflower
// spiral, and a short collision pass removes overlaps. A last pass moves any
// paper that ended nearer a hub not its own back towards its main hub, so that a
// reader can tell a paper's concept from where it sits. Papers with no concept
// form one group beside the hubs. Linear in the number of papers apart from the
// collision pass, and deterministic.
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from "d3-force";
import { FIRST_VIEW, FIT_MARGIN, hubLabelDrop, hubLabelPx, labelBox } from "../site/graph/scale.ts";
import { byCodeUnit } from "../record/order.ts";
import type { GraphEdge, GraphNode } from "./graph.ts";

const GOLDEN = Math.PI * (3 - Math.sqrt(5));
/** Distance between neighbouring papers on a spiral, in layout units. */
const SPACING = 9;
/** How far a paper with several concepts moves from its main hub towards the centre of its others (0–1). */
const PULL = 0.45;
/** Room left around a hub for its own label and dot. */
const HUB_ROOM = 34;

interface Hub extends SimulationNodeDatum {
  id: string;
  /** Radius of the disc its papers take. */
  reach: number;
  /** Papers with this concept. */
  papers: number;
  label: string;
  /** Its label's box, half width and height, and the offset of its centre below the hub, in layout units. */
  box: { w: number; h: number; drop: number };
}

interface Dot extends SimulationNodeDatum {
  hub: boolean;
  // Set when the dot is made; the simulation moves it but never unsets it.
  x: number;
  y: number;
}

type Point = [number, number];
type Weighted = { id: string; weight: number };

const round = (v: number) => Math.round(v * 10) / 10;

/** A concept's entry in `map`: every concept an edge names is a node of the graph. */
function ofConcept<T>(map: ReadonlyMap<string, T>, id: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`layoutGraph: an edge names concept ${id}, which is not a node`);
  return value;
}

/** Radius of a sunflower spiral of n dots. */
const spiralReach = (n: number) => SPACING * Math.sqrt(n + 0.5);

/** Each paper's concepts, strongest first (ties by id), at most three: they decide where it sits. */
function conceptsByPaper(edges: GraphEdge[]): Map<string, Weighted[]> {
  const conceptsOf = new Map<string, Weighted[]>();
  for (const e of edges) {
    if (e.type !== "has-concept") continue;
    const list = conceptsOf.get(e.source);
    const item = { id: e.target, weight: e.weight };
    if (list) list.push(item);
    else conceptsOf.set(e.source, [item]);
  }
  // Strongest first; ties keep the record's order (edges come in it), which also gives a paper its colour.
  for (const list of conceptsOf.values()) list.sort((a, b) => b.weight - a.weight);
  for (const [id, list] of conceptsOf) conceptsOf.set(id, list.slice(0, 3));
  return conceptsOf;
}

export function layoutGraph(nodes: GraphNode[], edges: GraphEdge[]): void {
  const concepts = nodes.filter((n) => n.type === "concept");
  const papers = nodes.filter((n) => n.type === "paper");
  const conceptsOf = conceptsByPaper(edges);

  const hubPos = layoutHubs(concepts, conceptsOf);
  for (const c of concepts) {
    const [x, y] = ofConcept(hubPos, c.id);
    c.x = round(x);
    c.y = round(y);
  }

  // Papers with the same concepts share a centre and a spiral.
  const groups = new Map<string, { centre: Point; alone: boolean; members: GraphNode[] }>();
  const loners: GraphNode[] = [];
  for (const p of papers) {
    const mine = conceptsOf.get(p.id) ?? [];
    if (mine.length === 0) {
      loners.push(p);
      continue;
    }
    const key = mine.map((c) => c.id).join("|");
    let g = groups.get(key);
    if (!g) {
      g = { centre: groupCentre(mine, hubPos), alone: mine.length === 1, members: [] };
      groups.set(key, g);
    }
    g.members.push(p);
  }
  const dots: Dot[] = [];
  const placed: Array<{ paper: GraphNode; dot: Dot }> = [];
  const spiral = (members: GraphNode[], centre: Point, start: number) => {
    members.sort((a, b) => byCodeUnit(a.id, b.id));
    members.forEach((paper, k) => {
      const r = start + SPACING * Math.sqrt(k + 0.5);
      const dot = { x: centre[0] + r * Math.cos(k * GOLDEN), y: centre[1] + r * Math.sin(k * GOLDEN), hub: false };
      dots.push(dot);
      placed.push({ paper, dot });
    });
  };
  // Groups in the order of their keys (code-unit order, as a plain sort has it; keys are distinct).
  for (const [, g] of [...groups].sort(([a], [b]) => byCodeUnit(a, b)))
    // Papers of a single concept ring its hub instead of hiding under its label.
    spiral(g.members, g.centre, g.alone ? HUB_ROOM : 0);
  spiral(loners, lonersCentre(hubPos, loners.length), 0);
  for (const c of concepts) {
    const [x, y] = ofConcept(hubPos, c.id);
    dots.push({ x, y, fx: x, fy: y, hub: true });
  }
  forceSimulation(dots)
    .force("collide", forceCollide<Dot>((d) => (d.hub ? 14 : 4.5)).iterations(1))
    .alphaDecay(0.2)
    .stop()
    .tick(15);
  const hubs = [...hubPos.entries()].map(([id, [x, y]]) => ({ id, x, y }));
  for (const { paper, dot } of placed) {
    const mine = conceptsOf.get(paper.id) ?? [];
    const [x, y] = mine.length ? besideOwnHub([dot.x, dot.y], mine, hubs, hubPos) : [dot.x, dot.y];
    paper.x = round(x);
    paper.y = round(y);
  }

  placeMethods(nodes, edges);
}

/** Where a group of papers sits: by its main hub, pulled towards the weighted centre of its other hubs. */
function groupCentre(mine: Weighted[], hubPos: ReadonlyMap<string, Point>): Point {
  const [main, ...others] = mine;
  if (main === undefined) throw new Error("groupCentre: a group has no concept");
  const [mx, my] = ofConcept(hubPos, main.id);
  const total = others.reduce((s, c) => s + c.weight, 0);
  if (total === 0) return [mx, my];
  const ox = others.reduce((s, c) => s + ofConcept(hubPos, c.id)[0] * c.weight, 0) / total;
  const oy = others.reduce((s, c) => s + ofConcept(hubPos, c.id)[1] * c.weight, 0) / total;
  return [mx + PULL * (ox - mx), my + PULL * (oy - my)];
}

/** The papers with no concept: one group to the left of the hubs, clear of them. */
function lonersCentre(hubPos: ReadonlyMap<string, Point>, count: number): Point {
  const points = [...hubPos.values()];
  if (points.length === 0) return [0, 0];
  const x0 = Math.min(...points.map((p) => p[0]));
  const y0 = Math.min(...points.map((p) => p[1]));
  const y1 = Math.max(...points.map((p) => p[1]));
  return [x0 - 3 * HUB_ROOM - spiralReach(count), (y0 + y1) / 2];
}

/** The id of the hub nearest a point (the first of equals). */
function nearestHub(hubs: ReadonlyArray<{ id: string; x: number; y: number }>, [x, y]: Point): string {
  let best = "";
  let bestD = Infinity;
  for (const h of hubs) {
    const d = (h.x - x) ** 2 + (h.y - y) ** 2;
    if (d < bestD) [best, bestD] = [h.id, d];
  }
  return best;
}

/**
 * A paper's position, moved towards its main hub just far enough that its
 * nearest hub is one of its own concepts (a bisection along the line; at the
 * main hub itself the nearest hub is its own).
 */
function besideOwnHub(
  at: Point,
  mine: Weighted[],
  hubs: ReadonlyArray<{ id: string; x: number; y: number }>,
  hubPos: ReadonlyMap<string, Point>,
): Point {
  const own = new Set(mine.map((c) => c.id));
  const nearestIsOwn = (at: Point) => own.has(nearestHub(hubs, at));
  if (nearestIsOwn(at)) return at;
  const [hx, hy] = ofConcept(hubPos, mine[0]?.id ?? "");
  const along = (t: number): Point => [at[0] + t * (hx - at[0]), at[1] + t * (hy - at[1])];
  let [lo, hi] = [0, 1];
  for (let k = 0; k < 12; k++) {
    const mid = (lo + hi) / 2;
    if (nearestIsOwn(along(mid))) hi = mid;
    else lo = mid;
  }
  // A little past the boundary, so that rounding cannot put it back on the other side.
  return along(Math.min(1, hi + 0.05));
}

/**
 * Hub positions: concepts that share papers attract, each hub keeps room for
 * its papers (its reach), and hub labels, which keep their size on the screen,
 * are kept apart as boxes at the zoom of the smallest first view (FIRST_VIEW).
 */
function layoutHubs(concepts: GraphNode[], conceptsOf: Map<string, Weighted[]>): Map<string, Point> {
  const together = new Map<string, number>();
  const main = new Map<string, number>();
  for (const list of conceptsOf.values()) {
    const first = list[0];
    if (first) main.set(first.id, (main.get(first.id) ?? 0) + 1);
    list.forEach((a, i) => {
      for (const b of list.slice(i + 1)) {
        const key = [a.id, b.id].sort().join("|");
        together.set(key, (together.get(key) ?? 0) + 1);
      }
    });
  }
  const reach = new Map(concepts.map((c) => [c.id, HUB_ROOM + spiralReach(main.get(c.id) ?? 0)]));
  const pairs = [...together].sort((a, b) => byCodeUnit(a[0], b[0]));
  // Laid out first with the papers' discs alone; then again with the labels as boxes at the zoom that
  // first layout would be shown at on the smallest screen.
  const discs = simulateHubs(concepts, reach, pairs, null);
  return simulateHubs(concepts, reach, pairs, firstViewZoom(discs, reach));
}

/** The zoom at which the first view on the smallest screen fits the hubs and the discs of their papers. */
function firstViewZoom(positions: ReadonlyMap<string, Point>, reach: ReadonlyMap<string, number>): number {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [id, [x, y]] of positions) {
    const r = reach.get(id) ?? 0;
    [x0, x1, y0, y1] = [Math.min(x0, x - r), Math.max(x1, x + r), Math.min(y0, y - r), Math.max(y1, y + r)];
  }
  const [w, h] = FIRST_VIEW;
  return Math.min((w - 2 * FIT_MARGIN) / Math.max(1, x1 - x0), (h - 2 * FIT_MARGIN) / Math.max(1, y1 - y0));
}

function simulateHubs(
  concepts: GraphNode[],
  reach: ReadonlyMap<string, number>,
  pairs: Array<[string, number]>,
  /** The zoom whose label boxes are kept apart, or null to ignore labels. */
  zoom: number | null,
): Map<string, Point> {
  const largest = Math.max(1, ...concepts.map((c) => c.size ?? 0));
  const hubs: Hub[] = concepts.map((c) => {
    const [w, h] = labelBox(c.label, hubLabelPx(c.size ?? 0));
    return {
      id: c.id,
      reach: ofConcept(reach, c.id),
      papers: c.size ?? 1,
      label: c.label,
      // With a margin: the view is fitted to the papers as placed, a little wider than their discs.
      box:
        zoom === null
          ? { w: 0, h: 0, drop: 0 }
          : { w: w / 2 / zoom, h: h / 2 / zoom, drop: hubLabelDrop(c.size ?? 0, largest) / zoom },
    };
  });
  const byId = new Map(hubs.map((h) => [h.id, h]));
  const links = pairs.map(([key, n]) => {
    const [a, b] = key.split("|") as [string, string];
    const [ha, hb] = [ofConcept(byId, a), ofConcept(byId, b)];
    const fewer = Math.max(1, Math.min(ha.papers, hb.papers));
    return { source: a, target: b, strength: Math.min(1, n / fewer), distance: ha.reach + hb.reach };
  });
  const sim = forceSimulation(hubs)
    .force(
      "link",
      forceLink<Hub, { source: string; target: string; strength: number; distance: number }>(links)
        .id((d) => d.id)
        .strength((l) => 0.3 * l.strength)
        .distance((l) => l.distance),
    )
    .force("charge", forceManyBody<Hub>().strength(-300))
    // Room for the hub's papers.
    .force("collide", forceCollide<Hub>((d) => d.reach).iterations(2))
    .force("labels", zoom === null ? null : labelsApart(hubs))
    .force("x", forceX(0).strength(0.08))
    .force("y", forceY(0).strength(0.08))
    .stop();
  sim.tick(300);
  return new Map(hubs.map((h) => [h.id, [h.x ?? 0, h.y ?? 0]]));
}

/**
 * A force that pushes overlapping label boxes apart along the axis they overlap
 * least on; it returns how many pairs overlapped.
 */
function labelsApart(hubs: Hub[]): () => number {
  return () => {
    let overlaps = 0;
    for (let i = 0; i < hubs.length; i++)
      for (let j = i + 1; j < hubs.length; j++) {
        const a = hubs[i];
        const b = hubs[j];
        if (!a || !b) continue;
        const dx = (b.x ?? 0) - (a.x ?? 0);
        const dy = (b.y ?? 0) + b.box.drop - ((a.y ?? 0) + a.box.drop);
        const ox = a.box.w + b.box.w - Math.abs(dx);
        const oy = a.box.h + b.box.h - Math.abs(dy);
        if (ox <= 0 || oy <= 0) continue;
        overlaps++;
        // Half the overlap each, plus a little, so that the boxes part within a few ticks.
        if (ox < oy) {
          const push = (ox / 2 + 1) * (dx < 0 ? -1 : 1);
          a.x = (a.x ?? 0) - push;
          b.x = (b.x ?? 0) + push;
        } else {
          const push = (oy / 2 + 1) * (dy < 0 ? -1 : 1);
          a.y = (a.y ?? 0) - push;
          b.y = (b.y ?? 0) + push;
        }
      }
    return overlaps;
  };
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

/**
 * The share of papers with a concept whose nearest hub is one of their own
 * concepts: how well the picture says which papers belong to which concept.
 */
export function hubMembership(nodes: GraphNode[]): { papers: number; share: number } {
  const hubs = nodes.filter((n) => n.type === "concept");
  const papers = nodes.filter((n) => n.type === "paper" && (n.concepts?.length ?? 0) > 0);
  let own = 0;
  for (const p of papers) {
    const nearest = nearestHub(
      hubs.map((h) => ({ id: h.id, x: h.x ?? 0, y: h.y ?? 0 })),
      [p.x ?? 0, p.y ?? 0],
    );
    if (p.concepts?.includes(nearest.slice("concept:".length))) own++;
  }
  return { papers: papers.length, share: papers.length ? own / papers.length : 1 };
}
