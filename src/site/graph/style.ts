// The graph's look: colours from the page's theme (CSS custom properties, so
// the graph follows a theme change), and sizes held constant on the screen as
// the reader zooms (src/site/graph/scale.ts), restyled in steps of zoom.
import type { Core, EdgeSingular, NodeSingular, StylesheetJson } from "cytoscape";
import {
  PAPER_LABEL_DROP,
  PAPER_LABEL_PX,
  PAPER_MIN_PX,
  hubDotPx,
  hubLabelDrop,
  hubLabelPx,
  labelBox,
} from "./scale.ts";

export interface Theme {
  text: string;
  outline: string;
  edge: string;
  buildsOn: string;
  focus: string;
}

/** The theme's graph colours, as the page's style sheet sets them for the current scheme. */
export function readTheme(el: Element): Theme {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    text: v("--fg", "#1d1f23"),
    outline: v("--bg", "#ffffff"),
    edge: v("--graph-edge", "#8d95a3"),
    buildsOn: v("--graph-builds-on", "#c2410c"),
    focus: v("--focus", "#c2410c"),
  };
}

/** The zoom the screen-constant sizes are computed for; set by followZoom. */
let scale = 1;
const px = (n: number) => n / scale;
const num = (n: { data(key: string): unknown }, key: string) => Number(n.data(key));

/** A paper's dot: its own size, kept between PAPER_MIN_PX and twice that on the screen. */
const paperSize = (n: NodeSingular) => Math.min(Math.max(num(n, "size"), px(PAPER_MIN_PX)), px(2 * PAPER_MIN_PX));

export function stylesheet(t: Theme): StylesheetJson {
  return [
    {
      selector: "node",
      style: { "background-color": "data(colour)", "border-width": 0 },
    },
    {
      selector: 'node[type = "concept"]',
      style: {
        width: (n: NodeSingular) => px(hubDotPx(num(n, "papers"))),
        height: (n: NodeSingular) => px(hubDotPx(num(n, "papers"))),
        label: "data(label)",
        "text-valign": "top",
        // Above the dot, where the build's label placement expects it.
        "text-margin-y": () => -px(2),
        "font-size": (n: NodeSingular) => px(num(n, "px")),
        "font-weight": "bold",
        color: t.text,
        "text-outline-color": t.outline,
        "text-outline-width": () => px(3),
        "z-index": (n: NodeSingular) => num(n, "z"),
      },
    },
    {
      selector: 'node[type = "paper"]',
      style: {
        width: (n: NodeSingular) => paperSize(n),
        height: (n: NodeSingular) => paperSize(n),
      },
    },
    // A paper's title is drawn from its label zoom on, below its dot, at a constant size on the screen.
    {
      selector: 'node[type = "paper"].labelled, node[type = "paper"].focus',
      style: {
        label: "data(label)",
        "font-size": () => px(PAPER_LABEL_PX),
        color: t.text,
        "text-valign": "bottom",
        "text-outline-color": t.outline,
        "text-outline-width": () => px(2),
        "text-margin-y": (n: NodeSingular) => px(PAPER_LABEL_DROP - 0.65 * PAPER_LABEL_PX) - paperSize(n) / 2,
        "z-index": 5,
      },
    },
    {
      selector: "edge",
      style: {
        width: () => px(1),
        "line-color": t.edge,
        opacity: 0.7,
        "curve-style": "haystack",
        // Lines are not for pointing at: a tap on a paper under a line reaches the paper.
        events: "no",
      },
    },
    { selector: "edge[kind = 1]", style: { "line-color": t.buildsOn, width: () => px(1.8), opacity: 0.9 } },
    {
      selector: "edge[kind = 3]",
      style: { width: (e: EdgeSingular) => px(Math.min(6, 0.6 + Math.sqrt(Number(e.data("weight"))))), opacity: 0.45 },
    },
    // A hub label that would cover another hub goes below its dot, or to its right.
    {
      selector: 'node[type = "concept"].below',
      style: { "text-valign": "bottom", "text-margin-y": () => px(2) },
    },
    {
      selector: 'node[type = "concept"].right',
      style: { "text-valign": "center", "text-halign": "right", "text-margin-y": 0, "text-margin-x": () => px(4) },
    },
    { selector: ".faded", style: { opacity: 0.1 } },
    // The node under the pointer or reached with the keyboard.
    { selector: "node.pointed", style: { "border-width": () => px(2), "border-color": t.text } },
    { selector: ".hidden", style: { display: "none" } },
    {
      selector: ".focus",
      style: { "border-width": () => px(3), "border-color": t.focus, "z-index": 40, "font-weight": "bold" },
    },
  ];
}

/**
 * Keeps sizes constant on the screen: restyles when the zoom has moved by
 * more than a step since the last restyle (once per frame at most), draws the
 * titles of the papers whose label zoom has been reached, and then tells
 * `zoomed`. `relabel` does the labels alone, for papers just drawn or shown.
 */
export function followZoom(cy: Core, zoomed: () => void): { rescale(): void; relabel(): void } {
  let frame = 0;
  const relabel = () => {
    const z = cy.zoom();
    cy.batch(() => {
      labelFor(cy, z);
      placeHubLabels(cy, z);
    });
  };
  const rescale = () => {
    frame = 0;
    const z = cy.zoom();
    if (Math.abs(Math.log(z / scale)) > 0.06) {
      scale = z;
      // Function-valued properties are computed again only when asked.
      (cy.elements() as unknown as { updateStyle(): void }).updateStyle();
    }
    relabel();
    zoomed();
  };
  scale = cy.zoom();
  relabel();
  cy.on("zoom", () => {
    if (frame === 0) frame = requestAnimationFrame(rescale);
  });
  return { rescale, relabel };
}

/** Marks the papers whose titles are drawn at zoom z. */
export function labelFor(cy: Core, z: number): void {
  cy.nodes('[type = "paper"]').forEach((n) => {
    const on = num(n, "lz") <= z;
    if (on !== n.hasClass("labelled")) n.toggleClass("labelled", on);
  });
}

/**
 * Hub labels sit above their dots. Where that would cover another hub's dot or
 * a larger hub's label (hubs crowd on small screens and in large collections),
 * a label goes below its dot, or to its right, whichever is clear first. Hubs
 * are taken largest first; a label clear nowhere stays above.
 */
export function placeHubLabels(cy: Core, z: number): void {
  type Box = [number, number, number, number];
  const hubs = cy
    .nodes('[type = "concept"]')
    .filter((n) => n.visible())
    .sort((a, b) => num(b, "papers") - num(a, "papers") || num(a, "index") - num(b, "index"));
  const dotOf = new Map<string, Box>();
  hubs.forEach((n) => {
    const r = hubDotPx(num(n, "papers")) / 2;
    const { x, y } = n.position();
    dotOf.set(n.id(), [x * z - r, y * z - r, x * z + r, y * z + r]);
  });
  const labels: Box[] = [];
  const apart = (b: Box, p: Box) => b[0] >= p[2] || b[2] <= p[0] || b[1] >= p[3] || b[3] <= p[1];
  hubs.forEach((n) => {
    if (!n.isNode()) return;
    const papers = num(n, "papers");
    const [w, h] = labelBox(String(n.data("label")), hubLabelPx(papers));
    const { x, y } = n.position();
    const [sx, sy] = [x * z, y * z];
    const drop = hubLabelDrop(papers);
    const options: Array<[string, Box]> = [
      ["", [sx - w / 2, sy + drop - h / 2, sx + w / 2, sy + drop + h / 2]],
      ["below", [sx - w / 2, sy - drop - h / 2, sx + w / 2, sy - drop + h / 2]],
      ["right", [sx + hubDotPx(papers) / 2 + 4, sy - h / 2, sx + hubDotPx(papers) / 2 + 4 + w, sy + h / 2]],
    ];
    const clear = (b: Box) =>
      labels.every((p) => apart(b, p)) && [...dotOf].every(([id, d]) => id === n.id() || apart(b, d));
    const [place, box] = options.find(([, b]) => clear(b)) ?? options[0] ?? ["", [0, 0, 0, 0]];
    labels.push(box);
    for (const cls of ["below", "right"]) if ((place === cls) !== n.hasClass(cls)) n.toggleClass(cls, place === cls);
  });
}
