// From which zoom each paper's title can be drawn on the graph page without
// overlapping a concept's label or a more important paper's title. Labels keep
// their size on the screen (src/site/graph/scale.ts), so two labels that overlap
// when zoomed out come apart as the reader zooms in: each title gets the zoom at
// which it is clear of every label drawn before it. Papers are taken in order of
// importance, so the most important titles appear first. A grid of cells keeps
// the search near each label, linear in the number of papers for a given density.
import {
  LABEL_CHARS,
  MAX_ZOOM,
  PAPER_LABEL_DROP,
  PAPER_LABEL_MIN_ZOOM,
  PAPER_LABEL_PX,
  hubLabelDrop,
  hubLabelPx,
  labelBox,
} from "../site/graph/scale.ts";

export interface Placed {
  x: number;
  y: number;
  label: string;
}

interface Box {
  x: number;
  y: number;
  /** Half width and half height on the screen, and the screen offset of the box's centre below (x, y). */
  w: number;
  h: number;
  drop: number;
  /** The zoom from which the label is drawn. */
  from: number;
}

/** Written as this when a title is never drawn unasked (it overlaps another even at the largest zoom). */
export const NEVER = 99;

/**
 * The zoom from which two labels no longer overlap: they are apart when their
 * screen boxes are separated horizontally or vertically.
 */
function apartFrom(a: Box, b: Box): number {
  const dx = Math.abs(a.x - b.x);
  const across = a.w + b.w;
  const byX = dx > 0 ? across / dx : Infinity;
  // On the screen the vertical gap is (a.y - b.y)·zoom + (a.drop - b.drop).
  const dy = a.y - b.y;
  const shift = a.drop - b.drop;
  const tall = a.h + b.h;
  // From that zoom on the gap only grows: |gap| ≥ tall for every larger zoom.
  let byY: number;
  if (dy > 0) byY = Math.max(0, (tall - shift) / dy);
  else if (dy < 0) byY = Math.max(0, (tall + shift) / -dy);
  else byY = Math.abs(shift) >= tall ? 0 : Infinity;
  return Math.min(byX, byY);
}

export function labelZooms(hubs: Array<Placed & { papers: number }>, papers: Placed[], order: number[]): number[] {
  const [, paperH] = labelBox("x", PAPER_LABEL_PX);
  // Titles in cells as wide as two titles can be apart and still overlap from the
  // smallest zoom; the few concept labels are all checked.
  const cell = labelBox("x".repeat(LABEL_CHARS), PAPER_LABEL_PX)[0] / PAPER_LABEL_MIN_ZOOM;
  const grid = new Map<string, Box[]>();
  const add = (b: Box) => {
    const key = `${Math.floor(b.x / cell)},${Math.floor(b.y / cell)}`;
    const list = grid.get(key);
    if (list) list.push(b);
    else grid.set(key, [b]);
  };
  const largest = Math.max(1, ...hubs.map((h) => h.papers));
  const hubBoxes: Box[] = hubs.map((h) => {
    const [w, ht] = labelBox(h.label, hubLabelPx(h.papers));
    return { x: h.x, y: h.y, w: w / 2, h: ht / 2, drop: hubLabelDrop(h.papers, largest), from: 0 };
  });
  const near = function* (x: number, y: number): Generator<Box> {
    yield* hubBoxes;
    const [cx, cy] = [Math.floor(x / cell), Math.floor(y / cell)];
    for (let i = cx - 1; i <= cx + 1; i++) for (let j = cy - 1; j <= cy + 1; j++) yield* grid.get(`${i},${j}`) ?? [];
  };
  const zooms = new Array<number>(papers.length).fill(NEVER);
  for (const i of order) {
    const p = papers[i];
    if (p === undefined) continue;
    const [w] = labelBox(p.label, PAPER_LABEL_PX);
    const box: Box = { x: p.x, y: p.y, w: w / 2, h: paperH / 2, drop: PAPER_LABEL_DROP, from: PAPER_LABEL_MIN_ZOOM };
    for (const other of near(p.x, p.y)) {
      const apart = apartFrom(box, other);
      // An overlap matters only at zooms where the other label is drawn.
      if (apart > other.from && apart > box.from) box.from = apart;
    }
    if (box.from > MAX_ZOOM) continue;
    box.from = Math.ceil(box.from * 100) / 100;
    zooms[i] = box.from;
    add(box);
  }
  return zooms;
}
