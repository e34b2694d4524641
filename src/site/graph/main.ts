// The concept graph page: draws the view, keeps sizes readable at every zoom,
// shows what is under the pointer, opens a side panel on a selection, filters
// by concept and re-fits the view, and keeps its state in the address.
import cytoscape, { type Core, type NodeSingular } from "cytoscape";
import { byId } from "../page-element.ts";
import { readAddress, writeAddress } from "./address.ts";
import { conceptEls, edgeEl, overviewEls, paperEl } from "./elements.ts";
import { type Target, at, modelOf, nameOf, nodeIdOf, papersOfTarget, targetKey, targetOf } from "./model.ts";
import type { Panel } from "./panel.ts";
import { MAX_ZOOM, hubLabelDrop, hubLabelPx, labelBox } from "./scale.ts";
import { followZoom, readTheme, stylesheet } from "./style.ts";
import { tooltip as makeTooltip } from "./tooltip.ts";
import type { GraphView } from "./view.ts";
import { type Point, fitPoints, moveTo } from "./viewport.ts";

declare global {
  interface Window {
    /** The drawn graph, as Cytoscape apps expose it for the console and for tests. */
    cy?: Core;
  }
}

// Marks for the benchmark's breakdown of the time to the first frame.
performance.mark("graph:code");
// On a phone the controls start closed, a drawer below the canvas.
if (matchMedia("(max-width: 48rem)").matches) byId<HTMLDetailsElement>("graph-tools").open = false;
const container = byId("graph");
const status = byId("graph-status");
const selectedName = byId("graph-selected");
const model = modelOf(
  (await (await fetch(container.dataset.src ?? "")).json()) as GraphView,
  container.dataset.base ?? "/",
);
performance.mark("graph:data");
const { view } = model;
const P = view.papers.length;
/** The filter's value for the papers with no concept. */
const NONE = -1;
// Level of detail: a large collection starts with its concepts; papers are
// drawn for the concepts picked in the filter, or for the part of the graph
// zoomed into, at most BUDGET at a time. A small one is drawn whole.
// ?budget=N sets the limit (for slow devices, or to try the large-collection view).
const BUDGET = Math.max(1, Math.floor(Number(new URLSearchParams(location.search).get("budget")) || 1200));
const large = P > BUDGET;
const all = [...Array(P).keys()];
const paperAt = (i: number) => at(view.papers, i, "paper");
const hubAt = (c: number): Point => {
  const [, , x, y] = at(view.concepts, c, "concept");
  return [x, y];
};
const paperPoint = (i: number): Point => {
  const [, , x, y] = paperAt(i);
  return [x, y];
};

const boxes = [...document.querySelectorAll<HTMLInputElement>('#concept-filter input[name="concept"]')];
const boxValue = (b: HTMLInputElement) => (b.value === "none" ? NONE : model.conceptIndex.get(b.value));
// A box whose concept the view lacks adds `undefined`, which no paper's concepts hold.
const chosen = () => new Set(boxes.filter((b) => b.checked).map(boxValue));
const inChosen = (i: number, set: ReadonlySet<number | undefined>) => {
  const cs = paperAt(i)[4];
  return set.size === 0 || (cs.length === 0 ? set.has(NONE) : cs.some((c) => set.has(c)));
};

/** The part of the canvas the side panel leaves free: beside it on a wide screen, above it on a phone. */
const freeArea = (): [number, number] => {
  const [w, h] = [container.clientWidth, container.clientHeight];
  const open = byId("graph-panel");
  if (open.hidden) return [w, h];
  const r = open.getBoundingClientRect();
  return r.width > w / 2 ? [w, Math.max(h / 3, h - r.height - 8)] : [Math.max(w / 3, w - r.width - 16), h];
};

/** A view fitting papers and hubs, hub labels included (they keep their size on the screen). */
const fitWithLabels = (papers: Point[], hubs: number[], most?: number) => {
  const points = [...papers, ...hubs.map(hubAt)];
  const [w, h] = freeArea();
  const first = fitPoints(points, w, h, most);
  // Labels widen the view by a screen size, known once the zoom is: fit again with their corners. On a
  // narrow screen a long label is as wide as the canvas: there the points are fitted and labels may run out.
  if (w < 600) return first;
  for (const c of hubs) {
    const [, label, x, y, size] = at(view.concepts, c, "concept");
    const [lw] = labelBox(label, hubLabelPx(size));
    const up = (-hubLabelDrop(size, model.largest) + 10) / first.zoom;
    points.push([x - lw / 2 / first.zoom, y - up], [x + lw / 2 / first.zoom, y - up]);
  }
  return fitPoints(points, w, h, most);
};

/** The default view: every hub and every paper with a concept; those with none sit outside it. */
const wholeView = () => {
  const papers = all.filter((i) => paperAt(i)[4].length > 0).map(paperPoint);
  if (view.concepts.length === 0) return fitPoints(all.map(paperPoint), ...freeArea());
  return fitWithLabels(
    papers,
    view.concepts.map((_, c) => c),
  );
};

const opening = wholeView();
/** From this zoom on, a large collection draws the papers in view. */
const detailZoom = 1.8 * opening.zoom;
const cy = cytoscape({
  container,
  elements: large
    ? [...conceptEls(model), ...overviewEls(model)]
    : [...conceptEls(model), ...all.map((i) => paperEl(model, i)), ...view.edges.map((_, k) => edgeEl(model, k))],
  layout: { name: "preset", fit: false },
  ...opening,
  minZoom: 0.02,
  maxZoom: MAX_ZOOM,
  textureOnViewport: large,
  hideEdgesOnViewport: large,
  style: stylesheet(readTheme(container)),
});
performance.mark("graph:created");
window.cy = cy;
Object.assign(container, { cy });
cy.one("render", () => {
  container.dataset.readyMs = String(Math.round(performance.now()));
  void loadInteractive();
});

// The graph follows the theme: the reader's scheme, or a theme the site sets on <html>.
const restyle = () => cy.style(stylesheet(readTheme(container)));
matchMedia("(prefers-color-scheme: dark)").addEventListener("change", restyle);
new MutationObserver(restyle).observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });

/** Papers kept drawn in a large collection whatever the filter and zoom: those selected. */
const pinned = new Set<number>();

/** Which papers to draw in a large collection: the chosen concepts', else those in view when zoomed in. */
const wanted = (set: ReadonlySet<number | undefined>): number[] => {
  let list: number[] = [];
  if (set.size > 0) list = all.filter((i) => inChosen(i, set));
  else if (cy.zoom() >= detailZoom) {
    const e = cy.extent();
    list = all.filter((i) => {
      const [x, y] = paperPoint(i);
      return x >= e.x1 && x <= e.x2 && y >= e.y1 && y <= e.y2;
    });
  }
  // The selection's papers count within the budget.
  return [...new Set([...pinned, ...list.slice(0, Math.max(0, BUDGET - pinned.size))])];
};

const report = () => {
  const shown = cy.nodes('node[type = "paper"]').not(".hidden").length;
  container.dataset.rendered = String(shown);
  status.textContent =
    large && shown < P
      ? `${shown} of ${P} papers shown: pick concepts or zoom in to see more.`
      : `${shown} papers shown.`;
};

/**
 * With concepts picked, each drawn paper is joined to the hubs of the picked
 * concepts it has: a paper whose main concept is another sits by that one, and
 * the line says why it is shown.
 */
const spokes = (set: ReadonlySet<number | undefined>): cytoscape.ElementDefinition[] =>
  cy
    .nodes('[type = "paper"]')
    .toArray()
    .flatMap((n) => {
      const i = Number(n.data("index"));
      return paperAt(i)[4]
        .filter((c) => set.has(c))
        .map((c) => ({
          data: { id: `s${i}-${c}`, source: n.id(), target: `concept:${at(view.concepts, c, "concept")[0]}`, kind: 4 },
        }));
    });

/** Draws what the filter and zoom ask for; hides what the filter leaves out. */
const update = () => {
  const set = chosen();
  cy.batch(() => {
    if (large) {
      const want = new Set(wanted(set));
      cy.nodes('node[type = "paper"]')
        .filter((n) => !want.has(Number(n.data("index"))))
        .remove();
      const have = new Set(cy.nodes('node[type = "paper"]').map((n) => Number(n.data("index"))));
      cy.add([...want].filter((i) => !have.has(i)).map((i) => paperEl(model, i)));
      const edges = new Set<number>();
      for (const i of want)
        for (const k of model.edgesOf.get(i) ?? []) {
          const [s, t] = at(view.edges, k, "edge");
          if (want.has(s) && want.has(t)) edges.add(k);
        }
      cy.add([...edges].filter((k) => cy.getElementById(`e${k}`).empty()).map((k) => edgeEl(model, k)));
    }
    cy.elements().removeClass("hidden");
    // The concepts' overview lines give way once papers are drawn.
    if (large) cy.edges("[kind = 3]").toggleClass("hidden", cy.nodes('[type = "paper"]').nonempty());
    cy.remove(cy.edges("[kind = 4]"));
    if (set.size > 0) cy.add(spokes(set));
    if (set.size > 0)
      cy.nodes().forEach((n) => {
        const index = Number(n.data("index"));
        const keep =
          n.data("type") === "concept"
            ? set.has(index)
            : inChosen(index, set) || (selected?.kind === "paper" && selected.index === index);
        if (!keep) n.addClass("hidden");
      });
  });
  relabel();
  // Papers drawn anew take the selection's highlight.
  if (selected) highlight(selected);
  report();
};

/** The view fitting the concepts picked and their papers, or the whole graph. */
const filterView = () => {
  const set = chosen();
  if (set.size === 0) return wholeView();
  const hubs = [...set].filter((c): c is number => c !== undefined && c >= 0);
  return fitWithLabels(all.filter((i) => inChosen(i, set)).map(paperPoint), hubs);
};

// Hover, focus and selection.
const tip = makeTooltip(byId("graph-tip"), container, model);
const targetOfNode = (n: NodeSingular): Target =>
  n.data("type") === "concept"
    ? { kind: "concept", index: Number(n.data("index")) }
    : { kind: "paper", index: Number(n.data("index")) };
const nodeOf = (t: Target) => {
  const id = nodeIdOf(model, t);
  return id ? cy.getElementById(id) : cy.collection();
};
/** A target's neighbourhood: what stays bright while it is selected or under the pointer. */
const neighbourhood = (t: Target) => {
  let keep = cy.collection();
  if (t.kind === "paper") {
    keep = nodeOf(t).closedNeighborhood();
    for (const c of paperAt(t.index)[4]) keep = keep.union(nodeOf({ kind: "concept", index: c }));
  } else {
    if (t.kind === "concept") keep = keep.union(nodeOf(t));
    const ids = new Set(papersOfTarget(model, t));
    keep = keep.union(cy.nodes('[type = "paper"]').filter((n) => ids.has(Number(n.data("index")))));
  }
  return keep;
};
const highlight = (t: Target | null) => {
  cy.batch(() => {
    cy.elements().removeClass("faded");
    if (t) cy.elements().not(neighbourhood(t)).addClass("faded");
  });
};

/** The view around a target: a paper with its concepts and neighbours, a concept or a method with its papers. */
const targetView = (t: Target) => {
  if (t.kind === "paper") {
    const points = [paperPoint(t.index)];
    for (const k of model.edgesOf.get(t.index) ?? []) {
      const [s, e] = at(view.edges, k, "edge");
      points.push(paperPoint(s === t.index ? e : s));
    }
    return fitWithLabels(points, paperAt(t.index)[4], 2);
  }
  return fitWithLabels(papersOfTarget(model, t).map(paperPoint), t.kind === "concept" ? [t.index] : [], 2);
};

let selected: Target | null = null;
const same = (a: Target | null, b: Target | null) =>
  a !== null && b !== null && targetKey(model, a) === targetKey(model, b);
const state = () => ({
  concepts: boxes.filter((b) => b.checked).map((b) => b.value),
  node: selected ? targetKey(model, selected) : null,
});

// The side panel, Find and the keyboard load once the graph has drawn its first frame: the first view
// needs none of them (loadInteractive, below). A selection asked for before they arrive waits for them.
let panel: Panel | null = null;
/** The latest selection asked for before the panel arrived. */
let waiting: (() => void) | null = null;

/** Selects a target: marks it, opens its panel, names it beside the canvas, and keeps it in the address. */
function select(t: Target, { fit = false, focus = true } = {}) {
  if (!panel) {
    waiting = () => select(t, { fit, focus });
    return;
  }
  selected = t;
  if (large) {
    pinned.clear();
    for (const i of papersOfTarget(model, t).slice(0, BUDGET)) pinned.add(i);
    update();
  } else if (t.kind === "paper" && nodeOf(t).hasClass("hidden")) update();
  cy.batch(() => {
    cy.nodes().removeClass("focus");
    if (t.kind === "method") {
      const ids = new Set(papersOfTarget(model, t));
      cy.nodes('[type = "paper"]')
        .filter((n) => ids.has(Number(n.data("index"))))
        .addClass("focus");
    } else nodeOf(t).removeClass("hidden").addClass("focus");
  });
  highlight(t);
  panel.open(t);
  const name = nameOf(model, t);
  selectedName.textContent = `Selected: ${name} (${t.kind})`;
  status.textContent = `Selected: ${name}. Enter opens its page.`;
  writeAddress(state());
  if (fit) moveTo(cy, targetView(t));
  else keepInView(t);
  // The graph takes the keyboard: Enter opens the page, arrows go on from the node.
  if (focus) container.focus({ preventScroll: true });
}

/** Pans a selected paper or hub into the part of the canvas the panel leaves free, if it is not there. */
function keepInView(t: Target) {
  const node = nodeOf(t);
  if (node.empty()) return;
  const [w, h] = freeArea();
  const { x, y } = node.renderedPosition();
  if (x > 20 && x < w - 20 && y > 20 && y < h - 20) return;
  cy.stop(true, false);
  cy.panBy({ x: w / 2 - x, y: h / 2 - y });
}

function unselect() {
  selected = null;
  pinned.clear();
  cy.nodes().removeClass("focus");
  highlight(null);
  panel?.close();
  selectedName.textContent = "";
  writeAddress(state());
  // What the selection kept drawn (pinned papers, a paper outside the filter) goes with it.
  update();
}

/** A click, a tap or Enter on a node: select it, or, when it is already selected, open its page. */
const activate = (t: Target) => {
  if (same(selected, t)) window.location.href = panelHref();
  // A pointer keeps its focus where it is: only the keyboard's selections move it to the canvas.
  else select(t, { focus: false });
};
const panelHref = () => byId("graph-panel").querySelector<HTMLAnchorElement>("a.panel-page")?.href ?? location.href;

cy.on("mouseover", "node", (e) => {
  const node = e.target as NodeSingular;
  node.addClass("pointed");
  tip.show(node);
  highlight(targetOfNode(node));
});
cy.on("mouseout", "node", (e) => {
  (e.target as NodeSingular).removeClass("pointed");
  tip.hide();
  highlight(selected);
});
cy.on("tap", (e) => {
  tip.hide();
  if (e.target === cy) {
    if (selected) unselect();
    return;
  }
  if ((e.target as NodeSingular).isNode()) activate(targetOfNode(e.target as NodeSingular));
});
cy.on("pan zoom", () => tip.follow());

byId("graph-panel")
  .querySelector(".panel-close")
  ?.addEventListener("click", () => {
    unselect();
    container.focus({ preventScroll: true });
  });
byId("graph-panel").addEventListener("keydown", (e) => {
  if (e.key === "Escape") {
    unselect();
    container.focus({ preventScroll: true });
  }
});

// Sizes that stay readable at every zoom; a large collection draws what is zoomed into.
let timer: number | undefined;
/** In a large collection, draws what the view shows once it has stopped moving. */
const redrawSoon = () => {
  if (!large) return;
  clearTimeout(timer);
  timer = window.setTimeout(update, 150);
};
const { rescale, relabel } = followZoom(cy, redrawSoon);
cy.on("pan", redrawSoon);

// Filters: each change redraws and re-fits the view to what it shows.
const filtered = () => {
  update();
  writeAddress(state());
  moveTo(cy, filterView());
};
boxes.forEach((b) => b.addEventListener("change", filtered));
byId("clear-filter").addEventListener("click", () => {
  boxes.forEach((b) => (b.checked = false));
  filtered();
});

/** Loads the panel, Find and the keyboard, and binds them. */
async function loadInteractive(): Promise<void> {
  const [{ panel: makePanel }, { bindFind }, { bindKeys }] = await Promise.all([
    import("./panel.ts"),
    import("./find.ts"),
    import("./keyboard.ts"),
  ]);
  panel = makePanel(
    byId("graph-panel"),
    model,
    (t) => select(t, { fit: true }),
    () => unselect(),
  );
  // The keyboard: arrows reach a node (tooltip and highlight), Enter selects it, Enter again opens its page.
  let reached: NodeSingular | null = null;
  bindKeys(container, cy, {
    current: () => reached,
    reach(node) {
      reached = node;
      cy.nodes().removeClass("pointed");
      node.addClass("pointed");
      highlight(targetOfNode(node));
      const e = cy.extent();
      const { x, y } = node.position();
      if (x < e.x1 || x > e.x2 || y < e.y1 || y > e.y2) cy.center(node);
      tip.show(node);
      const t = targetOfNode(node);
      status.textContent = `${nameOf(model, t)} (${t.kind}). Enter shows its details.`;
    },
    enter() {
      if (reached && !same(selected, targetOfNode(reached))) select(targetOfNode(reached));
      else if (selected) window.location.href = panelHref();
    },
    escape() {
      tip.hide();
      reached?.removeClass("pointed");
      reached = null;
      if (selected) unselect();
      status.textContent = "";
    },
    whole: () => moveTo(cy, wholeView()),
  });
  bindFind(
    byId<HTMLFormElement>("find-form"),
    byId<HTMLInputElement>("find"),
    byId("find-results"),
    model,
    (t) => select(t, { fit: true }),
    (q) => (status.textContent = `Nothing matches “${q}”.`),
  );
  container.dataset.interactive = "1";
  const asked = waiting;
  waiting = null;
  asked?.();
}

// The address: concepts picked and a node selected, as another page or a shared link asked.
const asked = readAddress();
if (asked.concepts.length) for (const b of boxes) b.checked = asked.concepts.includes(b.value);
if (large || asked.concepts.length) update();
else report();
const start = asked.node ? targetOf(model, asked.node) : null;
if (start) select(start, { focus: false });
if (start) cy.viewport(targetView(start));
else if (asked.concepts.length) cy.viewport(filterView());
rescale();
