// The graph's look: colours from the page's theme (CSS custom properties, so
// the graph follows a theme change), and sizes held constant on the screen as
// the reader zooms (src/site/graph/scale.ts), restyled in steps of zoom.
import type { Core, EdgeSingular, NodeSingular, StylesheetJson } from "cytoscape";
import { PAPER_LABEL_DROP, PAPER_LABEL_PX, PAPER_MIN_PX, labelDropFor, hubLabelPx, labelBox } from "./scale.ts";

export interface Theme {
  text: string;
  outline: string;
  edge: string;
  buildsOn: string;
  focus: string;
}

/**
 * The theme's graph colours as the page shows them now. The style sheet's
 * colours are `light-dark()` pairs, which a custom property keeps unresolved:
 * a probe element resolves each one for the current scheme.
 */
export function readTheme(el: Element): Theme {
  const probe = document.createElement("span");
  probe.hidden = true;
  el.append(probe);
  const v = (name: string) => {
    probe.style.color = `var(${name})`;
    return getComputedStyle(probe).color;
  };
  const theme = {
    text: v("--fg"),
    outline: v("--bg"),
    edge: v("--graph-edge"),
    buildsOn: v("--graph-builds-on"),
    focus: v("--focus"),
  };
  probe.remove();
  return theme;
}

/** The zoom the screen-constant sizes are computed for; set by followZoom. */
let scale = 1;
/** Hub dots are drawn smaller on a narrow canvas (a phone), where they would hide each other's labels. */
let dotScale = 1;
const hubDot = (n: { data(key: string): unknown }) => dotScale * num(n, "dot");
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
        width: (n: NodeSingular) => px(hubDot(n)),
        height: (n: NodeSingular) => px(hubDot(n)),
        // A rim in the text colour: dark concept colours stay visible on a dark canvas, light ones on a light one.
        "border-width": () => px(1.5),
        "border-color": t.text,
        "border-opacity": 0.5,
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
    { selector: "edge[kind = 4]", style: { width: () => px(1), "line-style": "dashed", opacity: 0.6 } },
    {
      selector: "edge[kind = 3]",
      style: { width: (e: EdgeSingular) => px(Math.min(6, 0.6 + Math.sqrt(Number(e.data("weight"))))), opacity: 0.45 },
    },
    // A hub label that would cover another hub goes below its dot, beside it or at a corner.
    {
      selector: 'node[type = "concept"].below',
      style: { "text-valign": "bottom", "text-margin-y": () => px(2) },
    },
    {
      selector: 'node[type = "concept"].right',
      style: { "text-valign": "center", "text-halign": "right", "text-margin-y": 0, "text-margin-x": () => px(4) },
    },
    // At a corner, the label's near corner a third of the dot's size from its centre on both axes ("above-right");
    // farther out, beside the dot level with its top or bottom edge ("right-up").
    ...(["top", "bottom"] as const).flatMap((v) =>
      (["right", "left"] as const).flatMap((h) => {
        const [x, y] = [h === "right" ? 1 : -1, v === "top" ? 1 : -1];
        return [
          hubLabelAt(
            `${v === "top" ? "above" : "below"}-${h}`,
            v,
            h,
            (n) => -x * px(hubDot(n) / 6),
            (n) => y * px(hubDot(n) / 6),
          ),
          hubLabelAt(
            `${h}-${v === "top" ? "up" : "down"}`,
            v,
            h,
            () => x * px(4),
            () => 0,
          ),
        ];
      }),
    ),
    { selector: 'node[type = "concept"].crowded', style: { "text-opacity": 0 } },
    {
      selector: 'node[type = "concept"].left',
      style: { "text-valign": "center", "text-halign": "left", "text-margin-y": 0, "text-margin-x": () => -px(4) },
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
      labelFor(cy, z, placeHubLabels(cy, z));
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
  dotScale = Math.min(1, Math.max(0.5, cy.width() / 900));
  if (dotScale < 1) (cy.nodes('[type = "concept"]') as unknown as { updateStyle(): void }).updateStyle();
  relabel();
  cy.on("zoom", () => {
    if (frame === 0) frame = requestAnimationFrame(rescale);
  });
  return { rescale, relabel };
}

/** Marks the papers whose titles are drawn at zoom z. */
export function labelFor(cy: Core, z: number, hubLabels: Box[]): void {
  const [, h] = labelBox("x", PAPER_LABEL_PX);
  cy.nodes('[type = "paper"]').forEach((n) => {
    let on = num(n, "lz") <= z;
    if (on) {
      // The label zoom assumed hub labels above their dots: one moved elsewhere may take this title's place.
      const [w] = labelBox(String(n.data("label")), PAPER_LABEL_PX);
      const { x, y } = n.position();
      const [cx, cy] = [x * z, y * z + PAPER_LABEL_DROP];
      const box: Box = [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
      on = hubLabels.every((b) => apart(box, b));
    }
    if (on !== n.hasClass("labelled")) n.toggleClass("labelled", on);
  });
}

/** A hub's label placed by a class: aligned to a side of its dot, moved by margins that follow the zoom. */
function hubLabelAt(
  place: string,
  valign: "top" | "bottom",
  halign: "left" | "right",
  marginX: (n: NodeSingular) => number,
  marginY: (n: NodeSingular) => number,
) {
  return {
    selector: `node[type = "concept"].${place}`,
    style: { "text-valign": valign, "text-halign": halign, "text-margin-x": marginX, "text-margin-y": marginY },
  };
}

/** A box on the screen: left, top, right, bottom. */
type Box = [number, number, number, number];
const apart = (b: Box, p: Box) => b[0] >= p[2] || b[2] <= p[0] || b[1] >= p[3] || b[3] <= p[1];

/**
 * Hub labels sit above their dots. Where that would cover another hub's dot or
 * a larger hub's label (hubs crowd on small screens and in large collections),
 * or run off the canvas, a label goes below its dot, to its right or to its
 * left, whichever is clear first; clear nowhere, it is left out until the
 * reader zooms in. Hubs are taken largest first; a hub left out is then tried
 * before the others, and kept so where it gains its label and no hub loses
 * one (a neighbour's label often has another place, the crowded one none).
 */
export function placeHubLabels(cy: Core, z: number): Box[] {
  const hubs = cy
    .nodes('[type = "concept"]')
    .toArray()
    .filter((n) => n.visible())
    .sort((a, b) => num(b, "papers") - num(a, "papers") || num(a, "index") - num(b, "index"));
  const dots = new Map<string, Box>();
  hubs.forEach((n) => {
    // The middle of a dot: a label may graze its rim.
    const r = hubDot(n) / 4;
    const { x, y } = n.position();
    dots.set(n.id(), [x * z - r, y * z - r, x * z + r, y * z + r]);
  });
  let best = placeInOrder(cy, z, hubs, dots);
  for (let round = 0; round < 3; round++) {
    const crowded = hubs.filter((n) => best.places.get(n.id()) === "crowded");
    if (crowded.length === 0) break;
    const tried = placeInOrder(cy, z, [...crowded, ...hubs.filter((n) => !crowded.includes(n))], dots);
    const lost = hubs.some((n) => best.places.get(n.id()) !== "crowded" && tried.places.get(n.id()) === "crowded");
    if (lost || crowdedCount(tried.places) >= crowdedCount(best.places)) break;
    best = tried;
  }
  const classes = [...PLACES, "crowded"];
  hubs.forEach((n) => {
    const place = best.places.get(n.id()) ?? "";
    for (const cls of classes) if (cls && (place === cls) !== n.hasClass(cls)) n.toggleClass(cls, place === cls);
  });
  return best.labels;
}

// Where a hub's label may go, in the order tried ("" is above its dot): see `labelPlaces`.
const PLACES = [
  "",
  "below",
  "right",
  "left",
  "above-right",
  "above-left",
  "below-right",
  "below-left",
  "right-up",
  "right-down",
  "left-up",
  "left-down",
] as const;

const crowdedCount = (places: Map<string, string>) => [...places.values()].filter((p) => p === "crowded").length;

/** The box of each place a label of width w and height h may take beside a dot of size `dot` at (sx, sy). */
function labelPlaces(sx: number, sy: number, dot: number, drop: number, w: number, h: number): Array<[string, Box]> {
  const boxes: Record<(typeof PLACES)[number], Box> = {
    "": [sx - w / 2, sy + drop - h / 2, sx + w / 2, sy + drop + h / 2],
    below: [sx - w / 2, sy - drop - h / 2, sx + w / 2, sy - drop + h / 2],
    right: [sx + dot / 2 + 4, sy - h / 2, sx + dot / 2 + 4 + w, sy + h / 2],
    left: [sx - dot / 2 - 4 - w, sy - h / 2, sx - dot / 2 - 4, sy + h / 2],
    // The corners, as a map places a town's name.
    "above-right": [sx + dot / 3, sy - dot / 3 - h, sx + dot / 3 + w, sy - dot / 3],
    "above-left": [sx - dot / 3 - w, sy - dot / 3 - h, sx - dot / 3, sy - dot / 3],
    "below-right": [sx + dot / 3, sy + dot / 3, sx + dot / 3 + w, sy + dot / 3 + h],
    "below-left": [sx - dot / 3 - w, sy + dot / 3, sx - dot / 3, sy + dot / 3 + h],
    // Farther out, level with the dot's top or bottom edge, where the nearer places are taken.
    "right-up": [sx + dot / 2 + 4, sy - dot / 2 - h, sx + dot / 2 + 4 + w, sy - dot / 2],
    "right-down": [sx + dot / 2 + 4, sy + dot / 2, sx + dot / 2 + 4 + w, sy + dot / 2 + h],
    "left-up": [sx - dot / 2 - 4 - w, sy - dot / 2 - h, sx - dot / 2 - 4, sy - dot / 2],
    "left-down": [sx - dot / 2 - 4 - w, sy + dot / 2, sx - dot / 2 - 4, sy + dot / 2 + h],
  };
  return PLACES.map((place) => [place, boxes[place]]);
}

/** Each hub's label place, taken in the given order, and the boxes of the labels placed. */
function placeInOrder(
  cy: Core,
  z: number,
  hubs: NodeSingular[],
  dots: Map<string, Box>,
): { places: Map<string, string>; labels: Box[] } {
  const labels: Box[] = [];
  const places = new Map<string, string>();
  // The canvas's edges in the same coordinates (model position × zoom).
  const left = -cy.pan().x;
  const right = left + cy.width();
  hubs.forEach((n) => {
    const papers = num(n, "papers");
    const [w, h] = labelBox(String(n.data("label")), hubLabelPx(papers));
    const { x, y } = n.position();
    const dot = hubDot(n);
    const options = labelPlaces(x * z, y * z, dot, labelDropFor(dot, hubLabelPx(papers)), w, h);
    // Inside the canvas's width, clear of the labels placed so far and of every other hub's dot (on a narrow
    // canvas the dots are small and crowded: there only labels are kept apart).
    const clear = (b: Box) =>
      b[0] >= left &&
      b[2] <= right &&
      labels.every((p) => apart(b, p)) &&
      (dotScale < 1 || [...dots].every(([id, d]) => id === n.id() || apart(b, d)));
    // A label clear nowhere is left out until zooming in parts it from its neighbours (a map's rule):
    // the largest concepts keep theirs, and every hub names itself on hover, in Find and in the list.
    const [place, box] = options.find(([, b]) => clear(b)) ?? ["crowded", null];
    if (box) labels.push(box);
    places.set(n.id(), place);
  });
  return { places, labels };
}
