// One name, different things: papers that say differently what a name is keep their own claims, and a mention
// links only to the paper that introduces the same thing (invented papers).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { spellings } from "../../src/graph/homonyms.ts";
import { settleOrigins } from "../../src/graph/origins.ts";
import { linkBuildsOn, termVectors } from "../../src/graph/relations.ts";
import type { MethodRef, PaperRecord } from "../../src/record/schema.ts";
import { loadLexicon } from "../../src/extract/names.ts";
import { paperOf } from "../helpers/records.ts";

// The lexicon's kinds of work, as ingest passes them.
const kinds = loadLexicon(join(import.meta.dirname, "../../content/vocabulary/lexicon.json")).cues.contributionHead;

const claim = (name: string, via: MethodRef["via"] = "phrase"): MethodRef => ({
  key: name.toLowerCase(),
  name,
  via,
  slug: null,
});
const use = (name: string) => ({ key: name.toLowerCase(), name, slug: null });
const paper = (id: string, date: string, abstract: string, over: Partial<PaperRecord> = {}) =>
  paperOf({ id, date, abstract, title: `${id} study`, ...over });
const methodsOf = (papers: PaperRecord[]) =>
  Object.fromEntries(papers.map((p) => [p.id, p.methods.map((m) => m.name)]));

describe("what a paper says a name is", () => {
  const said = (abstract: string, name: string, over: Partial<PaperRecord> = {}) =>
    spellings().of(paper("p", "2025-01-01", abstract, over), name);
  it("reads it in parentheses, after a dash, a colon or a comma, or in '(i.e., X)'", () => {
    expect(said("We use Quill Rank Folding (QRF) here.", "QRF")).toBe("quill rank folding");
    expect(said("We use QRF -- a Quill Rank Folding of weights.", "QRF")).toBe("quill rank folding of weight");
    expect(said("We use QRF: Quill Rank Folding.", "QRF")).toBe("quill rank folding");
    expect(said("Of the tools, QRF, a Quill Rank Folding, is fast.", "QRF")).toBe("quill rank folding");
    expect(said("We use quill rank folding (i.e., QRF) here.", "QRF")).toBe("quill rank folding");
    // Words after it that do not spell it say nothing; nor does a longer word that holds it.
    expect(said("We use QRF, a fast method.", "QRF")).toBeNull();
    expect(said("We use XQRF -- a Quill Rank Folding.", "QRF")).toBeNull();
  });
  it("reads a title's initials only for a name the paper claims, after the name and its colon", () => {
    const title = "Data Efficient Adaptation in Large Models";
    expect(said("We propose DEAL.", "DEAL", { title, methods: [claim("DEAL")] })).toBe(
      "data efficient adaptation large",
    );
    expect(
      said("We build on LoRA.", "LoRA", { title: "Learning Robust Adapters", mentions: [use("LoRA")] }),
    ).toBeNull();
    expect(
      said("We present ADAM.", "ADAM", {
        title: "ADAM: Autonomous Discovery and Annotation Model",
        methods: [claim("ADAM", "title")],
      }),
    ).toBe("autonomou discovery annotation model");
  });
});

describe("homonyms in the collection", () => {
  it("keeps both claims of an acronym two papers spell out differently", () => {
    const papers = [
      paper("first", "2025-01-01", "We propose the Sparse Cue Orientation Probing Engine (SCOPE) for vision.", {
        methods: [claim("SCOPE")],
      }),
      paper("second", "2025-06-01", "We propose Scene-Conditioned Object Pose Estimation (SCOPE), a pose model.", {
        methods: [claim("SCOPE")],
      }),
    ];
    expect(settleOrigins(papers)).toEqual([]);
    expect(methodsOf(papers)).toEqual({ first: ["SCOPE"], second: ["SCOPE"] });
  });

  it("still drops a claim of a name spelled out as earlier papers spell it", () => {
    const papers = [
      paper("origin", "2024-01-01", "We propose Quill Low-Rank Folding (QLRF), a small adapter.", {
        methods: [claim("QLRF")],
      }),
      paper("later", "2025-06-01", "We build on Quill Low-Rank Folding (QLRF) for speech.", {
        methods: [claim("QLRF")],
      }),
    ];
    expect(settleOrigins(papers).map((d) => d.paper)).toEqual(["later"]);
  });

  it("keeps a name spelled out in its own capitals, though other papers used it before in theirs", () => {
    const papers = [
      paper("u1", "2024-01-01", "We train with Zorba and momentum.", { mentions: [use("Zorba")] }),
      paper("u2", "2024-02-01", "Zorba converges fast.", { mentions: [use("Zorba")] }),
      paper("mine", "2025-06-01", "We introduce ZORBA, an agent.", {
        title: "ZORBA: Zero-shot Object Recognition By Agents",
        methods: [claim("ZORBA", "title")],
      }),
      // A later paper that writes the name unspelled, as the earlier ones did, means the earlier name.
      paper("u3", "2025-09-01", "We train with Zorba.", { mentions: [use("Zorba")] }),
    ];
    expect(settleOrigins(papers)).toEqual([]);
    linkBuildsOn(papers);
    expect(papers[3]?.buildsOn).toEqual([]);
  });

  it("links a mention to the introducer it spells the same, and an unspelled one to neither homonym", () => {
    const papers = [
      paper("first", "2025-01-01", "We propose the Sparse Cue Orientation Probing Engine (SCOPE) for vision.", {
        methods: [claim("SCOPE")],
      }),
      paper("second", "2025-02-01", "We propose Scene-Conditioned Object Pose Estimation (SCOPE), a pose model.", {
        methods: [claim("SCOPE")],
      }),
      paper("spelled", "2025-06-01", "We extend Scene-Conditioned Object Pose Estimation (SCOPE) to hands.", {
        mentions: [use("SCOPE")],
      }),
      paper("unspelled", "2025-07-01", "We compare with SCOPE.", { mentions: [use("SCOPE")] }),
    ];
    linkBuildsOn(papers);
    expect(papers[2]?.buildsOn).toEqual([{ id: "second", methods: ["SCOPE"] }]);
    expect(papers[3]?.buildsOn).toEqual([]);
  });

  it("links a bare two- or three-letter name to a paper spelling it out only over much shared wording", () => {
    const papers = [
      paper("intro", "2025-01-01", "We propose Quill Mixing (QM), a token mixer for video scans.", {
        methods: [claim("QM")],
      }),
      paper("plural", "2025-01-02", "We propose timed quorb machines (TQMs) for agents.", { methods: [claim("TQM")] }),
      // Bare, in a paper on something else: another QM. Spelled out otherwise: another TQM.
      paper("bare", "2025-06-01", "Our cluster runs its batch jobs on QM nodes with racks of disks.", {
        mentions: [use("QM")],
      }),
      paper("other", "2025-06-02", "A Token Quorb Module (TQM) recovers tokens for agents.", {
        mentions: [use("TQM")],
      }),
      // Bare, in a paper on the same subject: the same QM.
      paper("cites", "2025-06-03", "We speed up QM, the token mixer, for long video scans.", { mentions: [use("QM")] }),
      paper("alike", "2025-06-04", "We extend Quill Mixing (QM) to audio scans.", { mentions: [use("QM")] }),
      // A longer name spelled out by its introducer and written bare links over the lower floor.
      paper("qmix", "2025-01-03", "We propose Quill Mixing eXtension (QMIX), a token mixer for audio.", {
        methods: [claim("QMIX")],
      }),
      paper("long", "2025-06-05", "We speed up QMIX, the token mixer, for audio.", { mentions: [use("QMIX")] }),
      // Filler that makes the words of the others shared words of the collection.
      paper("f1", "2025-02-01", "Token mixer for video scans, long video scans, audio scans, racks, disks, jobs."),
      paper("f2", "2025-02-02", "Agents, tokens, token mixer, cluster nodes, racks of disks, batch jobs, audio."),
    ];
    const wording = termVectors(papers, new Set(["we", "for", "a", "the", "of", "on", "its", "with", "to"]));
    linkBuildsOn(papers, null, wording, 0.035, 0.1);
    expect(Object.fromEntries(papers.map((p) => [p.id, p.buildsOn.map((b) => b.id)]))).toEqual({
      intro: [],
      plural: [],
      bare: [],
      other: [],
      cites: ["intro"],
      alike: ["intro"],
      qmix: [],
      long: ["qmix"],
      f1: [],
      f2: [],
    });
  });

  it("reads what a name stands for from a title's initials or words set after it by a dash", () => {
    const papers = [
      paper("first", "2025-01-01", "We develop DRAPE -- a Dense Rank Adaptive Pruning Engine for vision.", {
        methods: [claim("DRAPE")],
      }),
      paper("second", "2025-06-01", "This paper proposes DRAPE, a novel framework for text.", {
        title: "Data Reweighting And Prompt Editing for Large Models",
        methods: [claim("DRAPE")],
      }),
    ];
    expect(settleOrigins(papers)).toEqual([]);
    expect(methodsOf(papers)).toEqual({ first: ["DRAPE"], second: ["DRAPE"] });
  });

  it("keeps a claim that says what its name is against an earlier one that does not, and links neither way", () => {
    const papers = [
      paper("unsaid", "2025-01-01", "We propose KNOT for graphs.", { methods: [claim("KNOT")] }),
      paper("said", "2025-06-01", "We present KNOT, a tokenizer.", {
        title: "KNOT: Kernel Normalized Optimal Tokens",
        methods: [claim("KNOT", "title")],
      }),
      paper("reader", "2025-09-01", "We compare with KNOT.", { mentions: [use("KNOT")] }),
    ];
    expect(settleOrigins(papers)).toEqual([]);
    linkBuildsOn(papers);
    expect(papers.map((p) => p.buildsOn)).toEqual([[], [], []]);
  });

  it("lets only claims of one thing collide, the others keeping theirs", () => {
    const papers = [
      paper("a", "2025-01-01", "We propose Sparse Cue Orientation Probing Engine (SCOPE) for vision.", {
        methods: [claim("SCOPE")],
      }),
      paper("b", "2025-03-01", "We present SCOPE, a pose model.", {
        title: "SCOPE: Scene-Conditioned Object Pose Estimation",
        methods: [claim("SCOPE", "title")],
      }),
      paper("c", "2025-03-01", "We propose Scene-Conditioned Object Pose Estimation (SCOPE) for hands.", {
        methods: [claim("SCOPE")],
      }),
    ];
    expect(settleOrigins(papers).map((d) => d.paper)).toEqual(["c"]);
    expect(methodsOf(papers)).toEqual({ a: ["SCOPE"], b: ["SCOPE"], c: [] });
  });

  it("reads what kind of work a claimed name is from the words beside it, and keeps two coinings apart", () => {
    const said = (abstract: string, name: string, claimed = true) =>
      spellings(kinds).of(paper("p", "2025-01-01", abstract, claimed ? { methods: [claim(name)] } : {}), name);
    expect(said("We introduce Zorb, a method that learns which pairs matter.", "Zorb")).toBe(
      "method that learn which pair matter",
    );
    expect(said("We introduce Zorb (Zesty Orb), a new large-scale, multilingual dataset.", "Zorb")).toBe(
      "new large scale, multilingual dataset",
    );
    expect(said("We extend our streaming framework, ZORBA, to agents.", "ZORBA")).toBe("streaming framework");
    // Not a clause about the name, words that name no kind of work, nor a paper that only uses the name.
    expect(said("We propose Zorb. In our experiments, Zorb beats baselines.", "Zorb")).toBeNull();
    expect(said("We propose Zorb. With Zorb, the accuracy improves by 5%.", "Zorb")).toBeNull();
    expect(said("We compare with Zorb, a method that learns pairs.", "Zorb", false)).toBeNull();
    // Without the lexicon's kinds of work, no apposition is read.
    const bare = paper("p", "2025-01-01", "We introduce Zorb, a method.", { methods: [claim("Zorb")] });
    expect(spellings().of(bare, "Zorb")).toBeNull();
    const papers = [
      paper("first", "2025-01-01", "We build FOCUS for open-world discovery.", {
        title: "FOCUS: Bridging Recognition and Discovery",
        methods: [claim("FOCUS", "title")],
      }),
      paper("second", "2025-06-01", "We introduce Focus, a method that learns which token pairs matter.", {
        methods: [claim("Focus")],
      }),
      paper("reader", "2025-09-01", "We compare with Focus.", { mentions: [use("Focus")] }),
    ];
    expect(settleOrigins(papers, kinds)).toEqual([]);
    expect(methodsOf(papers)).toEqual({ first: ["FOCUS"], second: ["Focus"], reader: [] });
    linkBuildsOn(papers, kinds);
    expect(papers.map((p) => p.buildsOn)).toEqual([[], [], []]);
    // An apposition against a title's words: two works as well.
    const knot = [
      paper("apposed", "2025-01-01", "We propose KNOT, a method for graphs.", { methods: [claim("KNOT")] }),
      paper("titled", "2025-06-01", "We present KNOT, a tokenizer.", {
        title: "KNOT: Kernel Normalized Optimal Tokens",
        methods: [claim("KNOT", "title")],
      }),
    ];
    expect(settleOrigins(knot, kinds)).toEqual([]);
  });

  it("lets earlier uses in other capitals take no name a paper says what it is, nor link to it", () => {
    // Each written form under the claim's key, as ingest gives it.
    const under = (written: string) => ({ ...use(written), key: "dorb" });
    const set = (written: string) => [
      paper("a", "2025-01-01", `We fine-tune with ${written}.`, { mentions: [under(written)] }),
      paper("b", "2025-02-01", `We compare with ${written}.`, { mentions: [under(written)] }),
      paper("ours", "2025-06-01", "We extend our asynchronous training framework, DORB, to agents.", {
        methods: [claim("DORB")],
      }),
      paper("later", "2025-09-01", `We adapt with ${written}.`, { mentions: [under(written)] }),
    ];
    // "DoRB" before it is another thing: the claim stands, and a later "DoRB" is that other thing.
    const other = set("DoRB");
    expect(settleOrigins(other, kinds)).toEqual([]);
    linkBuildsOn(other, kinds);
    expect(other[3]?.buildsOn).toEqual([]);
    // Written in its capitals before it, or only with other punctuation or in the plural, the name was taken.
    expect(settleOrigins(set("DORB"), kinds).map((d) => d.paper)).toEqual(["ours"]);
    expect(settleOrigins(set("DORBs"), kinds).map((d) => d.paper)).toEqual(["ours"]);
    expect(settleOrigins(set("DO-RB"), kinds).map((d) => d.paper)).toEqual(["ours"]);
  });

  it("lets earlier uses in other capitals, not in its own, take no name the paper's title gives", () => {
    const set = (written: string) => [
      paper("a", "2025-01-01", `We compare with ${written}.`, { mentions: [use(written)] }),
      paper("b", "2025-02-01", `We adapt ${written}.`, { mentions: [use(written)] }),
      paper("ours", "2025-06-01", "We take a closer look at rewards.", {
        title: "PRISMA: A Closer Look at Rewards",
        methods: [claim("PRISMA", "title")],
      }),
    ];
    const other = set("Prisma");
    expect(settleOrigins(other, kinds)).toEqual([]);
    expect(methodsOf(other)).toEqual({ a: [], b: [], ours: ["PRISMA"] });
    expect(settleOrigins(set("PRISMA"), kinds).map((d) => d.paper)).toEqual(["ours"]);
  });

  it("reads two titles led by one name, going on differently, as two works", () => {
    const papers = [
      paper("a", "2025-01-01", "We trace parameters.", {
        title: "TRACK: Discovering Task Parameters",
        methods: [claim("TRACK", "title")],
      }),
      paper("b", "2025-05-01", "We trace training.", {
        title: "TRACK: Training-Time Interpretability",
        methods: [claim("TRACK", "title")],
      }),
    ];
    expect(settleOrigins(papers)).toEqual([]);
    expect(methodsOf(papers)).toEqual({ a: ["TRACK"], b: ["TRACK"] });
  });
});
