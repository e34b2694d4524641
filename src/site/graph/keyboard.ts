// The graph from the keyboard: arrows go to the nearest node in that direction,
// Shift with an arrow pans, + and − zoom, 0 shows the whole graph, Enter opens
// the side panel of the node reached (and its page when the panel already shows
// it), Escape closes the panel.
import type { Core, NodeSingular } from "cytoscape";

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** The nearest visible node ahead of `from` in a direction, and more ahead than aside. */
export function nearest(cy: Core, from: NodeSingular | null, [dx, dy]: [number, number]): NodeSingular | null {
  const e = cy.extent();
  const origin =
    from && from.inside() && from.visible() ? from.position() : { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
  let best: NodeSingular | null = null;
  let bestCost = Infinity;
  cy.nodes().forEach((n) => {
    if (n === from || !n.visible()) return;
    const { x, y } = n.position();
    const along = (x - origin.x) * dx + (y - origin.y) * dy;
    const across = Math.abs((x - origin.x) * dy - (y - origin.y) * dx);
    if (along <= 0 || across > 2 * along) return;
    const cost = along + 2 * across;
    if (cost < bestCost) [best, bestCost] = [n, cost];
  });
  return best;
}

export interface KeyActions {
  current(): NodeSingular | null;
  reach(node: NodeSingular): void;
  enter(): void;
  escape(): void;
  whole(): void;
}

export function bindKeys(container: HTMLElement, cy: Core, act: KeyActions): void {
  const middle = () => ({ x: container.clientWidth / 2, y: container.clientHeight / 2 });
  container.addEventListener("keydown", (e) => {
    const direction = DIRECTIONS[e.key];
    if (direction) {
      if (e.shiftKey) cy.panBy({ x: -direction[0] * 80, y: -direction[1] * 80 });
      else {
        const next = nearest(cy, act.current(), direction);
        if (next) act.reach(next);
      }
    } else if (e.key === "+" || e.key === "=") cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: middle() });
    else if (e.key === "-" || e.key === "_") cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: middle() });
    else if (e.key === "0") act.whole();
    else if (e.key === "Enter") act.enter();
    else if (e.key === "Escape") act.escape();
    else return;
    e.preventDefault();
  });
}
