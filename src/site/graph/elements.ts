// Cytoscape elements made from the view: concept hubs, papers, the lines
// between papers, and the overview lines between concepts that share papers.
import type { ElementDefinition } from "cytoscape";
import { type Model, at } from "./model.ts";
import { clipLabel, hubDotPx, hubLabelPx } from "./scale.ts";
import { PALETTE } from "./view.ts";

/** The colour of a concept, and of the papers whose main concept it is. */
export const colourOf = (concept: number | undefined): string =>
  concept === undefined ? "#9aa0aa" : (PALETTE[concept % PALETTE.length] ?? "#9aa0aa");

export function conceptEls(model: Model): ElementDefinition[] {
  const { largest } = model;
  return model.view.concepts.map(([id, label, x, y, size], i) => ({
    data: {
      id: `concept:${id}`,
      type: "concept",
      index: i,
      label,
      colour: colourOf(i),
      // Hubs are sized by their number of papers.
      papers: size,
      px: hubLabelPx(size),
      dot: hubDotPx(size, largest),
      // Smaller hubs are drawn over larger ones: a small dot hides less of a large hub's label than the reverse.
      z: 10 + Math.round(20 * (1 - size / largest)),
    },
    position: { x, y },
  }));
}

export function paperEl(model: Model, i: number): ElementDefinition {
  const [id, title, x, y, cs, up, , lz] = at(model.view.papers, i, "paper");
  return {
    data: {
      id: `paper:${id}`,
      index: i,
      type: "paper",
      label: clipLabel(title),
      lz,
      colour: colourOf(cs[0]),
      size: 8 + Math.min(8, Math.sqrt(1 + up) * 1.5),
    },
    position: { x, y },
  };
}

export function edgeEl(model: Model, k: number): ElementDefinition {
  const [s, t, kind] = at(model.view.edges, k, "edge");
  const end = (i: number) => `paper:${at(model.view.papers, i, "paper")[0]}`;
  return { data: { id: `e${k}`, source: end(s), target: end(t), kind } };
}

export function overviewEls(model: Model): ElementDefinition[] {
  const hub = (i: number) => `concept:${at(model.view.concepts, i, "concept")[0]}`;
  return model.view.together.map(([a, b, n]) => ({
    data: { id: `t${a}-${b}`, source: hub(a), target: hub(b), kind: 3, weight: n },
  }));
}
