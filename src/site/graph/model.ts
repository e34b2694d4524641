// The graph view's data with the indexes the page looks things up by.
import type { GraphView } from "./view.ts";

export type Target =
  { kind: "paper"; index: number } | { kind: "concept"; index: number } | { kind: "method"; slug: string };

export interface Model {
  view: GraphView;
  base: string;
  conceptIndex: ReadonlyMap<string, number>;
  paperIndex: ReadonlyMap<string, number>;
  methodBySlug: ReadonlyMap<string, GraphView["methods"][number]>;
  /** Edge indexes by paper, so that the edges of drawn papers can be drawn with them. */
  edgesOf: ReadonlyMap<number, number[]>;
  /** Papers by concept, most voted first. */
  papersOf: ReadonlyArray<number[]>;
  /** The most papers a concept has: hubs are sized against it. */
  largest: number;
}

/** An item of the view by index: out of range, the data file is broken. */
export function at<T>(list: readonly T[], i: number, what: string): T {
  const item = list[i];
  if (item === undefined) throw new Error(`graph data: no ${what} ${i}`);
  return item;
}

export function modelOf(view: GraphView, base: string): Model {
  const edgesOf = new Map<number, number[]>();
  view.edges.forEach(([s, t], k) => {
    for (const end of [s, t]) {
      const list = edgesOf.get(end);
      if (list) list.push(k);
      else edgesOf.set(end, [k]);
    }
  });
  const papersOf: number[][] = view.concepts.map(() => []);
  view.papers.forEach(([, , , , cs], i) => cs.forEach((c) => papersOf[c]?.push(i)));
  const votes = (i: number) => view.papers[i]?.[5] ?? 0;
  for (const list of papersOf) list.sort((a, b) => votes(b) - votes(a) || a - b);
  return {
    view,
    base,
    conceptIndex: new Map(view.concepts.map(([id], i) => [id, i])),
    paperIndex: new Map(view.papers.map(([id], i) => [id, i])),
    methodBySlug: new Map(view.methods.map((m) => [m[1], m])),
    edgesOf,
    papersOf,
    largest: Math.max(1, ...view.concepts.map((c) => c[4])),
  };
}

/** The Cytoscape id of a target's node; a method has none (it is shown through its papers). */
export function nodeIdOf(model: Model, t: Target): string | null {
  if (t.kind === "paper") return `paper:${at(model.view.papers, t.index, "paper")[0]}`;
  if (t.kind === "concept") return `concept:${at(model.view.concepts, t.index, "concept")[0]}`;
  return null;
}

/** The address form of a target ("paper:<id>", "concept:<id>", "method:<slug>"). */
export function targetKey(model: Model, t: Target): string {
  return nodeIdOf(model, t) ?? `method:${t.kind === "method" ? t.slug : ""}`;
}

/** A target from its address form, or null when the collection has no such node. */
export function targetOf(model: Model, key: string): Target | null {
  const [kind, ...rest] = key.split(":");
  const id = rest.join(":");
  if (kind === "paper") {
    const index = model.paperIndex.get(id);
    return index === undefined ? null : { kind, index };
  }
  if (kind === "concept") {
    const index = model.conceptIndex.get(id);
    return index === undefined ? null : { kind, index };
  }
  if (kind === "method" && model.methodBySlug.has(id)) return { kind, slug: id };
  return null;
}

/** The papers a target stands for: a paper itself, a concept's or a method's papers. */
export function papersOfTarget(model: Model, t: Target): number[] {
  if (t.kind === "paper") return [t.index];
  if (t.kind === "concept") return model.papersOf[t.index] ?? [];
  return model.methodBySlug.get(t.slug)?.[2] ?? [];
}

/** A target's name as shown. */
export function nameOf(model: Model, t: Target): string {
  if (t.kind === "paper") return at(model.view.papers, t.index, "paper")[1];
  if (t.kind === "concept") return at(model.view.concepts, t.index, "concept")[1];
  return model.methodBySlug.get(t.slug)?.[0] ?? t.slug;
}

/** A target's own page. */
export function hrefOf(model: Model, t: Target): string {
  if (t.kind === "paper") return `${model.base}papers/${at(model.view.papers, t.index, "paper")[0]}/`;
  if (t.kind === "concept") return `${model.base}concepts/${at(model.view.concepts, t.index, "concept")[0]}/`;
  return `${model.base}methods/${t.slug}/`;
}
