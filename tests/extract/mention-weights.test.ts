import { describe, expect, it } from "vitest";
import {
  loadMentionWeights,
  MENTION_FEATURES,
  type MentionContext,
  type MentionWeights,
  mentionFeatures,
  mentionProbability,
  weighMentions,
} from "../../src/extract/mention-weights.ts";
import { loadLexicon } from "../../src/extract/names.ts";
import type { PaperRecord } from "../../src/record/schema.ts";
import { THRESHOLDS } from "../../scripts/eval/mention-training.ts";

const lexicon = loadLexicon("content/vocabulary/lexicon.json");

const context = (title: string, abstract: string, more: Partial<MentionContext> = {}): MentionContext => ({
  title,
  abstract,
  hasOwn: false,
  papersNaming: 1,
  mentions: 1,
  known: false,
  functionWords: lexicon.functionWords,
  ...more,
});

describe("the features of a name the mention rules found", () => {
  it("reads the words before its first use and after it", () => {
    const f = mentionFeatures("Zorbnet", context("A Study", "We compare with baselines such as Zorbnet, a model."));
    expect(f).toEqual(expect.arrayContaining(["before:example", "after:comma", "uses<=1", "shape:capitalised-word"]));
    expect(f).not.toContain("in-title");
    const g = mentionFeatures("Zorbnet", context("A Study", "Our results beat Zorbnet models on two tasks."));
    expect(g).toEqual(expect.arrayContaining(["after:kind"]));
    expect(g).not.toContain("before:example");
  });

  it("reads a citation apart from a parenthesis", () => {
    const cited = mentionFeatures("Zorb", context("A Study", "We extend Zorb et al. to images."));
    const defined = mentionFeatures("Zorb", context("A Study", "We extend Zorb (a quib model) to images."));
    expect(cited).toContain("after:citation");
    expect(defined).toContain("after:paren");
    expect(defined).not.toContain("after:citation");
  });

  it("reads 'such as' and a kind as whole words", () => {
    expect(mentionFeatures("VexNet", context("A Study", "Unlike VexNet, ours is small."))).not.toContain(
      "before:example",
    );
    expect(mentionFeatures("Zorb", context("A Study", "We study Zorb modeling."))).not.toContain("after:kind");
    expect(mentionFeatures("Zorb", context("A Study", "We study the Zorb model."))).toContain("after:kind");
  });

  it("tells how the words an acronym is defined for are written, its small words aside", () => {
    const lower = mentionFeatures("QVT", context("A Study", "We use a quib vexing transform (QVT) on images."));
    const title = mentionFeatures("QVT", context("A Study", "We use the Quib Vexing Transform (QVT) on images."));
    expect(lower).toEqual(expect.arrayContaining(["long-form:lower", "defined", "shape:capitals"]));
    expect(title).toContain("long-form:title");
    const hyphenated = (name: string, long: string) =>
      mentionFeatures(name, context("A Study", `Prior work tunes ${long} (${name}) weights.`));
    expect(hyphenated("LoRQ", "Low-Rank Quibbing")).toContain("long-form:title");
    expect(hyphenated("CoQ", "Chain-of-Quibs")).toContain("long-form:title");
    expect(hyphenated("BERQ", "Bidirectional Encoder Representations from Quibs")).toContain("long-form:title");
    expect(mentionFeatures("QVT", context("A Study", "QVT is used."))).not.toContain("defined");
  });

  it("counts its uses as whole words, sees it in the title and made an adjective", () => {
    const f = mentionFeatures("Quib", context("Quib for All", "A Quib-based probe, Quib again; Quibé is not."));
    expect(f).toEqual(expect.arrayContaining(["in-title", "first-use:title", "uses<=2", "as-modifier"]));
  });

  it("places its first use in a third of the abstract, whatever the title's length", () => {
    const abstract = (at: number) => Array.from({ length: 30 }, (_, i) => (i === at ? "Zorb" : "word")).join(" ") + ".";
    const third = (at: number, title: string) =>
      mentionFeatures("Zorb", context(title, abstract(at))).find((f) => f.startsWith("first-use:"));
    const long = "A Very Long Title About Many Things That Goes On For Quite A While Indeed And More Words";
    for (const title of ["T", long]) {
      expect(third(2, title)).toBe("first-use:third-1");
      expect(third(15, title)).toBe("first-use:third-2");
      expect(third(28, title)).toBe("first-use:third-3");
    }
  });

  it("reads the papers naming it in ranges", () => {
    const at = (papersNaming: number) => mentionFeatures("Zorb", context("T", "Zorb.", { papersNaming }));
    expect(at(1)).toContain("papers<=1");
    expect(at(3)).toContain("papers<=5");
    expect(at(40)).toContain("papers>20");
  });

  it("gives only features the weights can name", () => {
    const texts = [
      context("Zorb: A Model", "We propose Zorb (ZB), a ZB-style net; unlike VexNet et al., our Zorb wins.", {
        hasOwn: true,
        known: true,
        mentions: 9,
      }),
      context("A Study", "Results on the QuibSet benchmark and on GPT-4o (OpenAI) are reported."),
    ];
    for (const at of texts) {
      for (const name of ["ZB", "VexNet", "Zorb", "QuibSet", "GPT-4o", "OpenAI", "absent"]) {
        for (const f of mentionFeatures(name, at)) expect(MENTION_FEATURES).toContain(f);
      }
    }
  });
});

describe("weighing the mentions", () => {
  it("is the logistic of the bias and the weights of the features present", () => {
    const model: MentionWeights = {
      trainedOn: "",
      inputs: "",
      threshold: 0.5,
      bias: 0,
      weights: { a: Math.log(3) },
      reference: {},
    };
    expect(mentionProbability(["a", "b"], model)).toBeCloseTo(0.75);
    expect(mentionProbability([], model)).toBeCloseTo(0.5);
  });

  const paper = (id: string, mentions: string[]): PaperRecord =>
    ({
      id,
      title: `Paper ${id}`,
      abstract: `We compare with ${mentions.join(" and ")}.`,
      methods: [],
      mentions: mentions.map((name) => ({ key: name.toLowerCase(), name, slug: null })),
    }) as unknown as PaperRecord;
  // A name that only one paper names weighs far less than one several name.
  const model: MentionWeights = {
    trainedOn: "",
    inputs: "",
    threshold: 0.5,
    bias: 2,
    weights: { "papers<=1": -5 },
    reference: { vexnet: 4 },
  };

  it("drops a name below the threshold, keeps the others, and counts the collection's papers naming it", () => {
    const papers = [paper("a", ["Zorbnet", "Quibnet"]), paper("b", ["Zorbnet"])];
    expect(weighMentions(papers, model, lexicon)).toBe(1);
    expect(papers[0]?.mentions.map((m) => m.name)).toEqual(["Zorbnet"]);
    expect(papers[1]?.mentions.map((m) => m.name)).toEqual(["Zorbnet"]);
  });

  it("counts the reference's papers where the collection is small, and the collection's where it names more", () => {
    const papers = [paper("a", ["VexNet", "Quibnet"])];
    weighMentions(papers, model, lexicon);
    expect(papers[0]?.mentions.map((m) => m.name)).toEqual(["VexNet"]);
    // Three papers name Zorbnet, the reference one: the larger count is read ("papers<=5", not "papers<=1").
    const many = [paper("a", ["Zorbnet"]), paper("b", ["Zorbnet"]), paper("c", ["Zorbnet"])];
    weighMentions(many, { ...model, reference: { zorbnet: 1 } }, lexicon);
    expect(many.map((p) => p.mentions.length)).toEqual([1, 1, 1]);
  });
});

describe("the committed weights", () => {
  it("name only features the code gives, and a threshold of the ones training chooses from", () => {
    const weights = loadMentionWeights();
    for (const f of Object.keys(weights.weights)) expect(MENTION_FEATURES).toContain(f);
    expect(THRESHOLDS).toContain(weights.threshold);
  });
});
