// Sizes on the screen, in CSS pixels, whatever the zoom: the build uses them to
// decide from which zoom a paper's title can be drawn without overlapping
// another label, and the page to draw labels and dots at that size.

/** A paper title's font size. */
export const PAPER_LABEL_PX = 11;
/** Width of a character of a label, as a share of its font size (system sans-serif, mixed case). */
export const CHAR_EM = 0.56;
/** Titles are drawn cut to this many characters. */
export const LABEL_CHARS = 40;
/** A paper title's centre is drawn this far below its dot's centre (clear of the largest dot). */
export const PAPER_LABEL_DROP = 18;
/** The smallest a paper's dot is drawn, so that it can be pointed at. */
export const PAPER_MIN_PX = 9;
/** No paper title is drawn below this zoom: the view is for concepts. */
export const PAPER_LABEL_MIN_ZOOM = 0.6;
/** The largest zoom: a title that overlaps another even here is shown only on hover or selection. */
export const MAX_ZOOM = 8;

/** A concept hub's label size, larger for larger concepts: 12–17 px. */
export const hubLabelPx = (papers: number): number => 12 + Math.min(5, Math.floor(Math.log2(1 + papers) / 1.4));
/** A concept hub's dot: its area grows with its papers, from 14 px across to 50 px for the largest concept. */
export const hubDotPx = (papers: number, largest: number): number =>
  14 + 36 * Math.sqrt(Math.min(1, papers / Math.max(1, largest)));
/** A hub's label sits above its dot: its centre this far below the hub's centre (negative: above). */
export const hubLabelDrop = (papers: number, largest: number): number =>
  labelDropFor(hubDotPx(papers, largest), hubLabelPx(papers));
/** A label's centre above a dot of `dot` px: half the dot, half the label's line, and a gap. */
export const labelDropFor = (dot: number, labelPx: number): number => -(dot / 2 + 0.65 * labelPx + 2);

/** Room on the screen kept around the points a view fits. */
export const FIT_MARGIN = 40;
/**
 * The smallest canvas whose first view should show every hub label clear of
 * the others (a phone held upright, below the page's header): the layout spaces
 * the hubs for it, and larger screens have more room. Labels that still touch
 * there move below their dots where that is clear.
 */
export const FIRST_VIEW: readonly [number, number] = [370, 560];

/** A label as drawn: its text cut to LABEL_CHARS. */
export const clipLabel = (s: string): string => (s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1)}…` : s);

/** A label's box on the screen (width, height), for its text and font size. */
export const labelBox = (text: string, px: number): [number, number] => [
  Math.ceil(clipLabel(text).length * CHAR_EM * px) + 4,
  Math.ceil(px * 1.3),
];
