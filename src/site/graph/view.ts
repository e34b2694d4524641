// The graph page's data, as the build writes it and the browser reads it:
// data/graph-view.json (what is drawn, fetched with the page) and
// data/graph-details/<n>.json (what the side panel shows, fetched on a selection).

/** Concept colours, by the concept's index. */
export const PALETTE = [
  "#1f77b4",
  "#d62728",
  "#2ca02c",
  "#9467bd",
  "#ff7f0e",
  "#17becf",
  "#8c564b",
  "#e377c2",
  "#7f7f7f",
  "#bcbd22",
  "#393b79",
  "#637939",
  "#8c6d31",
  "#843c39",
  "#7b4173",
  "#3182bd",
  "#e6550d",
  "#31a354",
  "#756bb1",
  "#636363",
  "#6baed6",
  "#fd8d3c",
  "#74c476",
  "#9e9ac8",
  "#969696",
  "#9c9ede",
  "#cedb9c",
  "#e7ba52",
];

/** Papers per details file. */
export const DETAILS_CHUNK = 200;

export interface GraphView {
  /** [id, label, x, y, papers, definition] */
  concepts: Array<[string, string, number, number, number, string]>;
  /**
   * [id, title, x, y, concept indexes (strongest first), upvotes, date as shown, label zoom]:
   * the paper's title is drawn from the label zoom on, where it overlaps no label drawn before it.
   */
  papers: Array<[string, string, number, number, number[], number, string, number]>;
  /** [source, target, kind] as paper indexes; kind 1 builds on, 2 related */
  edges: Array<[number, number, 1 | 2]>;
  /** [name, slug, paper indexes: those that introduce it, then those that mention it] */
  methods: Array<[string, string, number[]]>;
  /** [concept, concept, papers in both]: the overview drawn before papers are. */
  together: Array<[number, number, number]>;
}

/** A paper's details for the side panel. */
export interface PaperDetails {
  authors: string;
  methods: string[];
  /** The abstract's first sentences, as plain text. */
  excerpt: string;
}
