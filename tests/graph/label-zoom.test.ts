// Label zooms: from which zoom a paper's title is drawn, clear of the labels drawn before it.
import { describe, expect, it } from "vitest";
import { NEVER, labelZooms } from "../../src/graph/label-zoom.ts";
import { MAX_ZOOM, PAPER_LABEL_MIN_ZOOM, PAPER_LABEL_PX, labelBox } from "../../src/site/graph/scale.ts";

const TITLE = "A title of twenty-six chars";
const [W, H] = labelBox(TITLE, PAPER_LABEL_PX);

describe("labelZooms", () => {
  it("draws far-apart titles from the smallest label zoom", () => {
    const papers = [
      { x: 0, y: 0, label: TITLE },
      { x: 5000, y: 5000, label: TITLE },
    ];
    expect(labelZooms([], papers, [0, 1])).toEqual([PAPER_LABEL_MIN_ZOOM, PAPER_LABEL_MIN_ZOOM]);
  });

  it("draws the second of two titles side by side once the zoom has parted them", () => {
    // Same height, 100 units apart: the boxes part when 100·zoom ≥ the width of a title.
    const papers = [
      { x: 0, y: 0, label: TITLE },
      { x: 100, y: 0, label: TITLE },
    ];
    const [first, second] = labelZooms([], papers, [0, 1]);
    expect(first).toBe(PAPER_LABEL_MIN_ZOOM);
    expect(second).toBeCloseTo(W / 100, 1);
    // Importance decides which title comes first.
    expect(labelZooms([], papers, [1, 0])[0]).toBeCloseTo(W / 100, 1);
  });

  it("parts titles one above the other by their height, which needs less zoom than their width", () => {
    const papers = [
      { x: 0, y: 0, label: TITLE },
      { x: 10, y: 20, label: TITLE },
    ];
    expect(labelZooms([], papers, [0, 1])[1]).toBeCloseTo(H / 20, 1);
  });

  it("keeps a title clear of a concept's label above the concept's dot", () => {
    // A paper just above its hub: its title (below its dot) runs into the hub's label (above the hub's dot).
    const hub = { x: 0, y: 0, label: "Low-rank", papers: 20 };
    const [near] = labelZooms([hub], [{ x: 0, y: -30, label: TITLE }], [0]);
    expect(near).toBeGreaterThan(PAPER_LABEL_MIN_ZOOM);
    const [below] = labelZooms([hub], [{ x: 0, y: 60, label: TITLE }], [0]);
    expect(below).toBe(PAPER_LABEL_MIN_ZOOM);
  });

  it("never draws unasked a title that overlaps another even at the largest zoom", () => {
    const papers = [
      { x: 0, y: 0, label: TITLE },
      { x: 1, y: 0.5, label: TITLE },
    ];
    const [, second] = labelZooms([], papers, [0, 1]);
    expect(second).toBe(NEVER);
    expect(NEVER).toBeGreaterThan(MAX_ZOOM);
  });
});
