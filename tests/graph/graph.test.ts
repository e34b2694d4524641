// The collection-level structures: builds-on and related links, the method
// index, the graph with its build-time layout, and the graph page's view.
import { describe, expect, it } from "vitest";
import { type GraphEdge, type GraphNode, buildGraph } from "../../src/graph/graph.ts";
import { hubMembership, layoutGraph } from "../../src/graph/layout.ts";
import { buildMethodIndex, definingSentence, longFormOf } from "../../src/graph/methods.ts";
import { linkBuildsOn, linkRelated, similarity, termVectors } from "../../src/graph/relations.ts";
import type { Concept, MethodRef, PaperRecord } from "../../src/record/schema.ts";
import { graphView } from "../../src/site/graph-view.ts";
import { paperOf } from "../helpers/records.ts";

const method = (name: string, via: MethodRef["via"] = "phrase"): MethodRef => ({
  key: name.toLowerCase().replace(/[^a-z0-9]/g, ""),
  name,
  via,
  slug: null,
});
const mention = (name: string) => ({ key: name.toLowerCase().replace(/[^a-z0-9]/g, ""), name, slug: null });
const tagged = (id: string, score = 5) => ({ id, score, cues: [id] });

const CONCEPTS: Concept[] = [
  { id: "low-rank", label: "Low-rank", definition: "", aliases: [], cues: [] },
  { id: "sparsity", label: "Sparsity", definition: "", aliases: [], cues: [] },
  { id: "unused", label: "Unused", definition: "", aliases: [], cues: [] },
];

/** Three papers: A introduces Foo, B uses Foo and introduces Bar, C uses Foo and Bar. */
function collection(): [PaperRecord, PaperRecord, PaperRecord] {
  return [
    paperOf({
      id: "a",
      title: "Foo: low-rank adapters",
      abstract: "We propose Foo, a low-rank adapter for fine-tuning language models with few parameters.",
      methods: [method("Foo", "title")],
      concepts: [tagged("low-rank", 9)],
      date: "2024-01-02",
      upvotes: 3,
    }),
    paperOf({
      id: "b",
      title: "Bar: sparse low-rank adapters",
      abstract: "Building on Foo, we propose Bar, sparse low-rank adapters for fine-tuning language models.",
      methods: [method("Bar", "title")],
      mentions: [mention("Foo")],
      concepts: [tagged("low-rank"), tagged("sparsity")],
    }),
    paperOf({
      id: "c",
      title: "Comparing adapters",
      abstract: "We compare Foo and Bar on sparse models for image classification with pruning.",
      mentions: [mention("Foo"), mention("Bar")],
      concepts: [tagged("sparsity")],
    }),
  ];
}

/** The collection linked, indexed and turned into a graph, as the pipeline does. */
function build() {
  const papers = collection();
  linkBuildsOn(papers);
  linkRelated(papers, { limit: 2, minScore: 0, stopWords: new Set(["we", "for", "with", "and", "the", "on", "a"]) });
  const methods = buildMethodIndex(papers);
  return { papers, methods, graph: buildGraph(papers, methods, CONCEPTS) };
}

describe("linkBuildsOn", () => {
  it("links a paper to the papers that introduce the methods it mentions, both ways", () => {
    const papers = collection();
    linkBuildsOn(papers);
    const [a, b, c] = papers;
    expect(b?.buildsOn).toEqual([{ id: "a", methods: ["Foo"] }]);
    expect(c?.buildsOn).toEqual([
      { id: "a", methods: ["Foo"] },
      { id: "b", methods: ["Bar"] },
    ]);
    expect(a?.builtUponBy).toEqual([
      { id: "b", methods: ["Foo"] },
      { id: "c", methods: ["Foo"] },
    ]);
    expect(a?.buildsOn).toEqual([]);
  });

  it("links no paper that shares no wording with the introducer but the name: another thing of the same name", () => {
    const shrines = paperOf({
      id: "d",
      title: "Foo shrines of the valley",
      abstract: "Pilgrims walk to the Foo shrine in spring; monks keep its gardens and record rainfall by hand.",
      mentions: [mention("Foo")],
    });
    const papers: PaperRecord[] = [...collection(), shrines];
    const stopWords = new Set(["we", "for", "with", "and", "the", "on", "a", "of", "to", "in", "by", "its"]);
    const wording = termVectors(papers, stopWords);
    const [a, b] = papers as [PaperRecord, PaperRecord];
    // With the name, the shrines share a word with the adapters; without it, none. The adapter papers share more.
    expect(similarity(wording, shrines, a)).toBeGreaterThan(0);
    expect(similarity(wording, shrines, a, "Foo")).toBe(0);
    expect(similarity(wording, b, a, "Foo")).toBeGreaterThan(0.2);
    linkBuildsOn(papers, null, wording, 0.035);
    expect(papers.map((p) => p.buildsOn.map((x) => x.id))).toEqual([[], ["a"], ["a", "b"], []]);
  });

  it("never links two papers that introduce the same method", () => {
    const papers = collection();
    papers[2].methods = [method("Foo")];
    linkBuildsOn(papers);
    expect(papers[2]?.buildsOn.map((x) => x.id)).toEqual(["b"]);
  });
});

describe("linkRelated", () => {
  it("relates papers by shared concepts and terms, keeping the reasons, never a paper to itself", () => {
    const papers = collection();
    linkRelated(papers, { limit: 2, minScore: 0, stopWords: new Set(["we", "for", "with", "and", "the", "on", "a"]) });
    const [a, b] = papers;
    expect(a?.related[0]?.id).toBe("b");
    expect(a?.related[0]?.concepts).toEqual(["low-rank"]);
    expect(a?.related[0]?.terms.length).toBeGreaterThan(0);
    for (const p of papers) expect(p.related.map((r) => r.id)).not.toContain(p.id);
    expect(b?.related.length).toBeLessThanOrEqual(2);
  });

  it("names shared terms as the papers write them, never as stems, and only terms both papers use", () => {
    const papers = [
      paperOf({ id: "p", title: "Sparse fine-tuning", abstract: "Pruning states during fine-tuning reduces memory." }),
      paperOf({ id: "q", title: "Fine-tuning with pruned states", abstract: "Fine-tuning prunes optimizer states." }),
      paperOf({ id: "r", title: "Unrelated weather", abstract: "Rain forecasts from radar images." }),
    ];
    linkRelated(papers, { limit: 2, minScore: 0, stopWords: new Set(["with", "during", "from"]) });
    const terms = papers[0]?.related.find((r) => r.id === "q")?.terms ?? [];
    expect(terms).toContain("fine-tuning");
    expect(terms).toContain("states");
    const text = (p: PaperRecord | undefined) => `${p?.title ?? ""} ${p?.abstract ?? ""}`.toLowerCase();
    for (const t of terms) {
      expect(text(papers[0])).toContain(t.slice(0, 4));
      expect(text(papers[1])).toContain(t.slice(0, 4));
    }
    expect(terms).not.toContain("fine-tun");
    expect(terms).not.toContain("stat");
  });

  it("keeps no edge below the minimum score", () => {
    const papers = collection();
    linkRelated(papers, { limit: 6, minScore: 0.99, stopWords: new Set() });
    expect(papers.flatMap((p) => p.related)).toEqual([]);
  });
});

describe("buildMethodIndex", () => {
  it("keeps the sentence that names an introduced method, its long form, when first seen, and its companions", () => {
    const papers = [
      paperOf({
        id: "z",
        title: "Zebra: striped adapters",
        abstract:
          "Adapters are costly. We propose Zero-Energy Bias Rank Adaptation (ZEBRA), which stripes the update. " +
          "It beats Foo.",
        methods: [method("ZEBRA", "abbreviation")],
        mentions: [mention("Foo")],
        date: "2024-05-01",
      }),
      paperOf({ id: "y", title: "On Foo and ZEBRA", mentions: [mention("ZEBRA"), mention("Foo")], date: "2023-02-01" }),
    ];
    const [foo, zebra] = buildMethodIndex(papers);
    expect(zebra?.definition).toBe("We propose Zero-Energy Bias Rank Adaptation (ZEBRA), which stripes the update.");
    expect(zebra?.longForm).toBe("Zero-Energy Bias Rank Adaptation");
    expect(zebra?.firstSeen).toBe("2023-02-01");
    expect(zebra?.together).toEqual([foo?.slug]);
    // A method only mentioned has no introducing paper to define it.
    expect(foo?.definition).toBeNull();
  });

  it("finds the defining sentence by the name as a word, and leaves out a sentence too long to be one", () => {
    expect(definingSentence("Our BERTology study. We train BERT on X.", "BERT")).toBe("We train BERT on X.");
    expect(definingSentence(`We use Foo ${"and more words ".repeat(40)}here.`, "Foo")).toBeNull();
    expect(longFormOf("The Adaptive Moment (AdaM) rule.", "AdaM")).toBe("Adaptive Moment");
  });

  it("gives every introduced method a page, and a mentioned name one only when two papers share it", () => {
    const papers = collection();
    papers[2].mentions.push(mention("Baz"));
    const index = buildMethodIndex(papers);
    expect(index.map((m) => m.name)).toEqual(["Bar", "Foo"]);
    const foo = index.find((m) => m.name === "Foo");
    expect(foo).toMatchObject({ slug: "foo", introducedBy: ["a"], mentionedBy: ["b", "c"] });
  });

  it("joins spellings of one name under the introducing paper's spelling, with distinct slugs", () => {
    const papers = collection();
    papers[2].mentions = [{ key: "foo", name: "FOO", slug: null }];
    const index = buildMethodIndex(papers);
    expect(index.find((m) => m.key === "foo")).toMatchObject({ name: "Foo", variants: ["FOO"] });
    expect(new Set(index.map((m) => m.slug)).size).toBe(index.length);
  });
});

describe("buildGraph and its layout", () => {
  it("has a node per paper, method and used concept, and typed edges with reasons", () => {
    const { graph } = build();
    const ids = graph.nodes.map((n) => n.id).sort();
    expect(ids).toEqual([
      "concept:low-rank",
      "concept:sparsity",
      "method:bar",
      "method:foo",
      "paper:a",
      "paper:b",
      "paper:c",
    ]);
    const edge = (type: string, source: string, target: string) =>
      graph.edges.find((e) => e.type === type && e.source === source && e.target === target);
    expect(edge("introduces", "paper:a", "method:foo")?.reason).toBe("introduces Foo");
    expect(edge("mentions", "paper:c", "method:bar")).toBeDefined();
    expect(edge("has-concept", "paper:a", "concept:low-rank")?.weight).toBe(9);
    expect(edge("builds-on", "paper:b", "paper:a")).toBeDefined();
    expect(graph.nodes.find((n) => n.id === "concept:sparsity")?.size).toBe(2);
  });

  it("places every node, the same way every time, each paper nearer its own hub than the others", () => {
    const first = build().graph;
    const again = build().graph;
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    for (const n of first.nodes.filter((n) => n.type !== "method")) {
      expect(Number.isFinite(n.x)).toBe(true);
      expect(Number.isFinite(n.y)).toBe(true);
    }
    const at = (id: string) => {
      const node = first.nodes.find((n) => n.id === id);
      if (node?.x === undefined || node.y === undefined) throw new Error(`${id} was not placed`);
      return { x: node.x, y: node.y };
    };
    const dist = (p: string, c: string) => Math.hypot(at(p).x - at(c).x, at(p).y - at(c).y);
    expect(dist("paper:a", "concept:low-rank")).toBeLessThan(dist("paper:a", "concept:sparsity"));
    expect(dist("paper:c", "concept:sparsity")).toBeLessThan(dist("paper:c", "concept:low-rank"));
  });
});

describe("layoutGraph at scale", () => {
  // An invented collection: 12 concepts, 600 papers with one to three of them
  // (pseudo-random, seeded), and 40 papers with none.
  function crowd(): GraphNode[] {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const nodes: GraphNode[] = [];
    const edges: GraphEdge[] = [];
    const ids = Array.from({ length: 12 }, (_, i) => `topic-${i}`);
    for (const id of ids) nodes.push({ id: `concept:${id}`, type: "concept", label: `Topic ${id}`, href: "" });
    for (let i = 0; i < 640; i++) {
      const mine =
        i < 600
          ? [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => ids[Math.floor(next() * 12)]))]
          : [];
      const id = `paper:p${i}`;
      nodes.push({ id, type: "paper", label: `Paper ${i}`, href: "", concepts: mine.filter((c) => c !== undefined) });
      mine.forEach((c, k) =>
        edges.push({ source: id, target: `concept:${c}`, type: "has-concept", weight: 9 - k, reason: "" }),
      );
    }
    for (const n of nodes)
      if (n.type === "concept") n.size = nodes.filter((p) => p.concepts?.includes(n.id.slice(8))).length;
    layoutGraph(nodes, edges);
    return nodes;
  }

  it("puts every paper nearer one of its own hubs than any other hub", () => {
    expect(hubMembership(crowd())).toEqual({ papers: 600, share: 1 });
  });

  it("keeps the papers with no concept in one group beside the hubs, outside their extent", () => {
    const nodes = crowd();
    const hubs = nodes.filter((n) => n.type === "concept");
    const left = Math.min(...hubs.map((h) => h.x ?? 0));
    const loners = nodes.filter((n) => n.type === "paper" && n.concepts?.length === 0);
    expect(loners).toHaveLength(40);
    for (const p of loners) expect(p.x ?? 0).toBeLessThan(left);
  });
});

describe("graphView", () => {
  it("packs concepts, papers with their concept indexes, edges and method anchors for the graph page", () => {
    const { papers, methods, graph } = build();
    const view = graphView(graph, papers, methods, CONCEPTS, { date: (p) => `on ${p.date}` });
    expect(view.concepts.map((c) => c[0])).toEqual(["low-rank", "sparsity"]);
    expect(view.papers[0]?.[6]).toMatch(/^on \d{4}-/);
    const paper = (id: string) => view.papers.findIndex((p) => p[0] === id);
    expect(view.papers[paper("b")]?.[4]).toEqual([0, 1]);
    expect(view.papers[paper("a")]?.[5]).toBe(3);
    expect(view.edges).toContainEqual([paper("b"), paper("a"), 1]);
    expect(view.together).toEqual([[0, 1, 1]]);
    // A method lists the papers that introduce it, then those that mention it.
    const foo = view.methods.find((m) => m[0] === "Foo");
    expect(foo?.[2]).toEqual([paper("a"), paper("b"), paper("c")]);
    expect(view.methods.map((m) => m[0]).sort()).toEqual(["Bar", "Foo"]);
  });
});
