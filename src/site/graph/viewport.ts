// Views that fit a set of points, computed from the positions alone: asking
// Cytoscape to fit measures every element and its label first, which delays
// the first frame. Moves are animated unless the reader asks for less motion.
import type { Core } from "cytoscape";
import { FIT_MARGIN as MARGIN, MAX_ZOOM } from "./scale.ts";

export type Point = readonly [number, number];
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export function fitPoints(points: Iterable<Point>, width: number, height: number, most = MAX_ZOOM): Viewport {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [x, y] of points) [x0, x1, y0, y1] = [Math.min(x0, x), Math.max(x1, x), Math.min(y0, y), Math.max(y1, y)];
  if (x0 === Infinity) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  const zoom = Math.min(
    most,
    Math.max(0.02, Math.min((width - 2 * MARGIN) / Math.max(1, x1 - x0), (height - 2 * MARGIN) / Math.max(1, y1 - y0))),
  );
  return { zoom, pan: { x: width / 2 - (zoom * (x0 + x1)) / 2, y: height / 2 - (zoom * (y0 + y1)) / 2 } };
}

const still = () => matchMedia("(prefers-reduced-motion: reduce)").matches;

/** Moves the view, animated unless the reader prefers reduced motion. */
export function moveTo(cy: Core, v: Viewport): void {
  cy.stop(true, false);
  if (still()) cy.viewport(v);
  else cy.animate({ zoom: v.zoom, pan: v.pan }, { duration: 350, easing: "ease-in-out-cubic" });
}
