import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractMentions } from "../../src/extract/mentions.ts";
import { extractMethods } from "../../src/extract/methods.ts";
import { learnLowercase, loadLexicon, lowercaseWords, nameKey, plainName } from "../../src/extract/names.ts";

const lexicon = learnLowercase(
  loadLexicon(join(import.meta.dirname, "../../content/vocabulary/lexicon.json")),
  ["we use a simple gradient method"],
  1,
);
// The lexicon with invented names of several words it knows.
const knownFile = join(mkdtempSync(join(tmpdir(), "papergraph-lexicon-")), "lexicon.json");
writeFileSync(
  knownFile,
  JSON.stringify({
    ...JSON.parse(readFileSync(join(import.meta.dirname, "../../content/vocabulary/lexicon.json"), "utf8")),
    knownNames: ["Quorb Tree Search", "Zorb Splatting", "Vexa Quill Net"],
  }),
);
const known = learnLowercase(loadLexicon(knownFile), ["we use a simple gradient method"], 1);
const knownLexicon = known;
const methods = (title: string, abstract: string) => extractMethods(title, abstract, lexicon).map((m) => m.name);
const mentions = (title: string, abstract: string, own: string[] = []) =>
  extractMentions(title, abstract, own, lexicon).map((m) => m.name);

describe("names as the reader sees them", () => {
  it("reads a name without LaTeX font commands, and without dollars around a plain word", () => {
    expect(plainName("$\\text{S}^2$Q-Zorb")).toBe("$S^2$Q-Zorb");
    expect(plainName("\\textsc{Quib-Mask}")).toBe("Quib-Mask");
    expect(plainName("M\\textsuperscript{4}Quib")).toBe("M4Quib");
    expect(plainName("$\\mathtt{QZ}$")).toBe("QZ");
    // Mathematics that is the name's own stays: a script, a Greek letter.
    expect(plainName("Zorb-$\\alpha$")).toBe("Zorb-$\\alpha$");
    expect(nameKey(plainName("$\\text{S}^2$Q-Zorb"))).toBe(nameKey("S2Q-Zorb"));
  });
});

describe("methods", () => {
  it("takes a one-word name before the title's colon", () => {
    expect(methods("Zorblax: Fast Things for Slow Models", "We study things.")).toEqual(["Zorblax"]);
  });
  it("keeps a long-form title prefix and its acronym", () => {
    expect(
      methods("Weight Frobnicator: A Simple Trick", "We propose the Weight Frobnicator (WF), a reparameterization."),
    ).toEqual(["Weight Frobnicator", "WF"]);
  });
  it("takes a name from a title without a colon: the whole title the abstract opens with, or a lost colon", () => {
    const bench = "Quorb Finance Bench introduces an open benchmark over reports.";
    expect(methods("Quorb Finance Bench", bench)).toEqual(["Quorb Finance Bench"]);
    expect(methods("ZorbGAN A Deep Generative Model for Dental Scans", "We train a model.")).toEqual(["ZorbGAN"]);
    // A look at a known model, or a family that the abstract opens with, is no name of the paper's.
    expect(methods("ZorBERT A Closer Look at Fine-Tuning", "We study ZorBERT.")).toEqual([]);
    expect(methods("ZorbSet A Dataset and Benchmark for Scans", "We collect scans.")).toEqual(["ZorbSet"]);
    expect(methods("Quorb Atlas", "Quorb Atlas introduces an open benchmark for scans.")).toEqual(["Quorb Atlas"]);
    expect(methods("Graph Neural Networks", "Graph Neural Networks offer a powerful tool for graphs.")).toEqual([]);
    // A title the abstract does not open with, or whose first word is no name, gives none.
    expect(methods("Quorb Finance Bench", "We study finance.")).toEqual([]);
    expect(methods("Learning A Quorb Model", "We train a model.")).toEqual([]);
  });
  it("takes a title prefix of a name and its kind that the abstract writes with the kind in lower case", () => {
    const kind = "This study introduces the Quorb-Vexa model, a novel framework.";
    expect(methods("The Quorb-Vexa Model: An Information Framework", kind)).toEqual(["Quorb-Vexa Model"]);
    // A kind of ordinary hyphenated words is none: "Simple-Gradient Method".
    expect(methods("Simple-Gradient Method: A Study", "We analyse the Simple-Gradient method.")).toEqual([]);
    // A family in the plural is none.
    const family = "We survey Quorb-Vexa models and their uses.";
    expect(methods("Quorb-Vexa Models: Concepts and Progress", family)).toEqual([]);
  });
  it("spells a '2' as 'to' and a '4' as 'for' in an acronym", () => {
    expect(methods("Some Study", "We propose Skill-to-Quorb(S2Q), a behavior-centric representation.")).toEqual([
      "S2Q",
    ]);
    expect(methods("Some Study", "We propose Quorb for Vexa (Q4V), a tuning method.")).toEqual(["Q4V"]);
  });
  it("does not take a descriptive title prefix", () => {
    expect(
      methods("Spectral Bottleneck in Deep Networks: Noise is All You Need", "Networks learn low frequencies first."),
    ).toEqual([]);
    // A paper's kind before the colon: a position paper, a demo.
    expect(methods("Demo: Quill Helps Folding", "We show a tool.")).toEqual([]);
    expect(methods("Position: Agents Need Memory", "We argue.")).toEqual([]);
    // A survey's prefix is its topic, spelled out or not; a name with "Review-Free" after it is still a name.
    const survey = "Zorb Quantization (ZQ) emerges as a promising approach. We review it.";
    expect(methods("Zorb Quantization: A Comprehensive Survey", survey)).toEqual([]);
    expect(methods("Zorb Agents: A Survey on Agents for Devices", "Zorb Agents act. We review them.")).toEqual([]);
    expect(methods("ZorbNet: A Review-Free Approach", "We study ZorbNet.")).toEqual(["ZorbNet"]);
    // A review, a survey or a tutorial as the work's subject is no survey.
    expect(methods("ZorbBench: A Benchmark for Code Review", "We study agents.")).toEqual(["ZorbBench"]);
    expect(methods("Quorbit: Survey Response Imputation", "We impute answers.")).toEqual(["Quorbit"]);
  });
  it("finds names given by proposal and naming phrases, preferring the acronym", () => {
    expect(
      methods(
        "Some Study",
        "We present QuuxNet, a scalable algorithm. Our method is dubbed Target Projection Descent (tpD).",
      ),
    ).toEqual(["QuuxNet", "tpD"]);
    expect(methods("Some Study", "In this paper, we design a new algorithm, namely FOO-BAR, to address it.")).toEqual([
      "FOO-BAR",
    ]);
  });
  it("prefers the short name in parentheses after a proposed name", () => {
    expect(methods("Some Study", "In this work, we propose D-FOO (SPD-FOO) with smart parallelism.")).toEqual([
      "SPD-FOO",
    ]);
    expect(methods("Some Study", "This paper introduces Modular Widgets (MoWiGPT), a novel framework.")).toEqual([
      "MoWiGPT",
    ]);
  });
  it("does not read 'namely, the …' prose as a name, nor a misspelling as a second name", () => {
    expect(
      methods("Some Study", "They are related, namely, the sharply increasing condition number becomes dominant."),
    ).toEqual([]);
    expect(
      methods(
        "InceptionNeXt: When Inception Meets ConvNeXt",
        "We build a series of networks, namely IncepitonNeXt, which are fast.",
      ),
    ).toEqual(["InceptionNeXt"]);
  });
  it("takes a name the paper coins and spells out after it", () => {
    expect(
      methods(
        "Some Study",
        "We propose a framework for sharing. Unlike costly methods, ZORB (Zero-Order Rank Boosting) needs no labels.",
      ),
    ).toEqual(["ZORB"]);
    expect(
      methods(
        "Some Study",
        "We propose a target-aware 'noise scheme' (QUILT - quantized updates in low-rank training) for training.",
      ),
    ).toEqual(["QUILT"]);
  });
  it("does not take a spelled-out name of earlier work, one used before, or one in a keyword list", () => {
    expect(
      methods(
        "Some Study",
        "We propose a fix. We review a previously proposed method, ZORB (Zero-Order Rank Boosting), which fails.",
      ),
    ).toEqual([]);
    expect(
      methods("Some Study", "Plain ZORB fails. We propose a fix. ZORB (Zero-Order Rank Boosting) is then stable."),
    ).toEqual([]);
    expect(methods("Some Study", "We propose a fix. Keywords: ZORB (Zero-Order Rank Boosting), ranking.")).toEqual([]);
  });
  it("takes the name after 'we call the resulting model as', and never an ordinary word or an adjective", () => {
    expect(
      methods("Some Study", "We fine-tune a base model. We call the resulting model as Zorbix. It is fast."),
    ).toEqual(["Zorbix"]);
    expect(methods("Some Study", "We introduce a robot benchmark using a GPU-accelerated physics engine.")).toEqual([]);
  });
  it("does not take names of earlier work", () => {
    expect(
      methods("Some Study", "By combining with a recently proposed technique called LISA, our algorithm scales."),
    ).toEqual([]);
  });
  it("gives spelling variants one key", () => {
    expect(nameKey("Q-GaLore")).toBe(nameKey("Q-Galore"));
    expect(nameKey("STNs")).toBe(nameKey("STN"));
  });
});

describe("mentions", () => {
  it("finds named methods and models, leaving out generic terms and the paper's own names", () => {
    const got = mentions(
      "Foo: Better Training",
      "Unlike LoRA and GaLore, Foo trains LLMs on a GPU with Adam, beating GPT-2 and LLaMA-7B; SVD is not needed.",
      ["Foo"],
    );
    expect(got).toEqual(["LoRA", "GaLore", "Adam", "GPT-2", "LLaMA-7B"]);
  });
  it("reads each item of a list of datasets or benchmarks as one name, though its words are ordinary", () => {
    const listed = "Experiments on Quorb and Temples, Deep Vexing, and Zorb-360 datasets show gains.";
    expect(mentions("T", listed)).toEqual(["Quorb and Temples", "Deep Vexing", "Zorb-360"]);
    const pair = "We evaluate on the Stanford Quorbs and Office-Vexa benchmarks with strong results.";
    expect(mentions("T", pair)).toEqual(["Stanford Quorbs", "Office-Vexa"]);
    // "and" between two name-shaped items of a comma list parts them; a measure before an item is no part of it.
    const names = "Results on GenQuorb, ZB30K and QUIB datasets, and on the 1200-hour Zorb Motion corpus, are strong.";
    expect(mentions("T", names)).toEqual(["GenQuorb", "ZB30K", "QUIB", "Zorb Motion"]);
    // The kind first, then the list: in brackets, after a dash or a colon, after "such as".
    const after = "On three Polish benchmarks (QOPA-pl, Polish QuorbSwag, PolishZMLU) the model reaches 35.9%.";
    expect(mentions("T", after)).toEqual(["QOPA-pl", "Polish QuorbSwag", "PolishZMLU"]);
    const colon = "Scored on four benchmarks: Zorb-Hard, QSM9K, Vexa Tier 1-3, and TrueQuib QC2.";
    expect(mentions("T", colon)).toEqual(["Zorb-Hard", "QSM9K", "Vexa Tier 1-3", "TrueQuib QC2"]);
    expect(mentions("T", "We test on datasets such as Stanford Quorbs and Deep Vexing, with gains.")).toEqual([
      "Stanford Quorbs",
      "Deep Vexing",
    ]);
    // Two phrases joined by "and" are two items; a sentence's end closes the list.
    const phrases = "It spans the Quorb Scene Bench, Robot Bench and Grounding Bench benchmarks. Our Zorb wins.";
    expect(mentions("T", phrases)).toEqual(["Quorb Scene Bench", "Robot Bench", "Grounding Bench"]);
    // Not outside such a list, nor a family the lexicon calls generic.
    expect(mentions("T", "Deep Vexing helps. We test on Large Language Models benchmarks.")).toEqual([]);
    // Fields and tasks are no datasets; a count before an item is no part of it.
    expect(mentions("T", "We evaluate on Remote Sensing and Medical Imaging datasets.")).toEqual([]);
    expect(mentions("T", "Experiments across Image Classification and Object Detection benchmarks.")).toEqual([]);
    expect(mentions("T", "We test on the 10 Quorb Games benchmarks.")).toEqual(["Quorb Games"]);
  });
  it("leaves out the measures a text lists or names as metrics, not what they are based on", () => {
    const listed = "Performance is scored with error metrics (MSE, QAE, ZTAE) and metrics such as Vexa-PR on ZorbSet.";
    expect(mentions("T", listed)).toEqual(["ZorbSet"]);
    expect(mentions("T", "We report its AUC-Q metric and the standard QIQA/ZVQA metrics on ZorbSet.")).toEqual([
      "ZorbSet",
    ]);
    // A name that measures are based on is one; a list in words names none; "Metric-" opens a name.
    expect(mentions("T", "We use QuibEval-based metrics for grounding.")).toEqual(["QuibEval"]);
    const words = "We combine metrics: statistical distance and alignment assessed with a Zorb model.";
    expect(mentions("T", words)).toEqual(["Zorb"]);
    expect(mentions("T", "It first applies Metric-orthogonal Quib Alignment (MOQA) to scans.")).toEqual(["MOQA"]);
    // "Metric" in a name, and metric learning, are no measures.
    const learning = "We build on Quib Metric Networks (QMN) and adopt metric learning with Quorb Vexa Loss (QVL).";
    expect(mentions("T", learning)).toEqual(["QMN", "QVL"]);
  });
  it("reads a name other papers write, with its variant's word after it, as one name", () => {
    // A collection where other papers name Zorbo and Quib.
    const collection = learnLowercase(
      loadLexicon(join(import.meta.dirname, "../../content/vocabulary/lexicon.json")),
      ["T\nWe test Zorbo, then Quib.", "T\nWe run Zorbo, then Quib.", "T\na coder writes code for the research team"],
      1,
    );
    const found = (abstract: string) => extractMentions("T", abstract, [], collection).map((m) => m.name);
    expect(found("We compare Zorbo Vexa and Quib Flash on scans.")).toEqual(["Zorbo Vexa", "Quib Flash"]);
    // Not an ordinary word after it, nor a longer capitalised phrase, nor a name no other paper writes.
    expect(found("We compare Zorbo Coder and Quib Research Team on scans.")).toEqual([]);
    expect(found("We compare Vexo Zorbo on scans.")).toEqual([]);
    // A size is no variant's word.
    expect(found("We compare Zorbo Large and Quib Small on scans.")).toEqual([]);
  });
  it("reads the stem of a coined name that no other paper names as the paper's own, shortened", () => {
    // A collection where other papers name LoRA, and only this one Quorb.
    const collection = learnLowercase(
      loadLexicon(join(import.meta.dirname, "../../content/vocabulary/lexicon.json")),
      [
        "Quorb-Bench: a benchmark\nWe build Quorb-Bench. Models fail on Quorb tasks, and LoRA helps.",
        "Tuning\nWe tune with LoRA on scans.",
        "Adapters\nWe compare LoRA with adapters.",
      ],
      1,
    );
    const found = (title: string, abstract: string, own: string[]) =>
      extractMentions(title, abstract, own, collection).map((m) => m.name);
    const text = "We build Quorb-Bench. Models fail on Quorb tasks, and LoRA helps.";
    expect(found("Quorb-Bench: a benchmark", text, ["Quorb-Bench"])).toEqual(["LoRA"]);
    // A stem other papers name is earlier work; so is a name after a modifier, or before an edition.
    expect(found("LoRA-Bench: a benchmark", "We build LoRA-Bench on LoRA.", ["LoRA-Bench"])).toEqual(["LoRA"]);
    expect(found("Q-Quorb: quantized", "We build Q-Quorb from Quorb.", ["Q-Quorb"])).toEqual(["Quorb"]);
    expect(found("Quorb-Instruct", "We tune Quorb-Instruct from Quorb.", ["Quorb-Instruct"])).toEqual(["Quorb"]);
  });
  it("reads an ordinary word joined to a generic term as a kind of it, not a name", () => {
    // A collection that writes "zero", "cine", "flow" and "embedded" in lower case.
    const words = learnLowercase(lexicon, ["zero shot, cine loops, flow fields, embedded boards"], 1);
    const found = (text: string) => extractMentions("T", text, [], words).map((m) => m.name);
    expect(found("We compare Zero-LLM agents, Cine-MRI scans and Quib-GRPO on Zorbset.")).toEqual([
      "Quib-GRPO",
      "Zorbset",
    ]);
    // Not before a name that is no generic term, nor before a size.
    expect(found("We compare Flow-GRPO and Pangu Embedded-7B.")).toEqual(["Flow-GRPO", "Pangu Embedded-7B"]);
  });
  it("keeps a plural only when the singular does not occur", () => {
    expect(mentions("T", "We compare ViTs with a ViT and SIRENs.")).toEqual(["ViT", "SIRENs"]);
  });
  it("skips symbols of formulas and LaTeX glued to the next command", () => {
    expect(
      mentions("T", "Factor it as AB^top with W=PQ, over a set Omegasubseteq [m] of entries, using ZorbNet."),
    ).toEqual(["ZorbNet"]);
    expect(mentions("T", "We minimise |SAx-Sb|_2 with ZorbNet.")).toEqual(["ZorbNet"]);
  });
  it("skips citation keys left in the text", () => {
    expect(
      mentions(
        "T",
        "As Smith and Jones~sj19 showed, and later work [ABC21, XY20] improved, see also lee2022sparse; ZorbNet helps.",
      ),
    ).toEqual(["ZorbNet"]);
  });
  it("skips eponyms with an order or a plural, bare versions and parts of a paper", () => {
    expect(
      mentions(
        "T",
        "We bound the Wasserstein-2 distance between two fitted Gaussians, as in the Appendices, with MoCo v2.",
      ),
    ).toEqual(["MoCo v2"]);
  });
  it("takes a capitalised word alone in parentheses or among examples as a name", () => {
    expect(
      mentions(
        "T",
        "The state is a running sum (Zorbam) of past values; fast optimizers such as Quux and Blorp use matrices.",
      ),
    ).toEqual(["Zorbam", "Quux", "Blorp"]);
  });
  it("skips field and technique acronyms named in the lexicon", () => {
    expect(mentions("T", "We run a CUR decomposition on RISC-V boards and render HTML for Zorbnet.")).toEqual([
      "Zorbnet",
    ]);
    expect(mentions("T", "We apply MBR decoding and PCG solves in AIOps and DevOps pipelines with Zorbnet.")).toEqual([
      "Zorbnet",
    ]);
  });
  it("skips metrics and hardware named in the lexicon", () => {
    expect(mentions("T", "ZorbNet raises F1 and AUC at higher FPS on an H20 and an L40.")).toEqual(["ZorbNet"]);
    expect(mentions("T", "ZorbNet lowers FVD and ADE/FDE and halves TTFT.")).toEqual(["ZorbNet"]);
    expect(mentions("T", "Presented at ICASSP and FAccT, ZorbNet trains at 2 petaFLOPs.")).toEqual(["ZorbNet"]);
    expect(mentions("T", "ZorbNet drives a 6-DoF arm and a 5-DoF gripper.")).toEqual(["ZorbNet"]);
  });
  it("skips tasks and fields named in the lexicon", () => {
    const text = "ZorbNet leads on VideoQA, V2A and VI-ReID, and transfers to UDA and KGQA.";
    expect(mentions("T", text)).toEqual(["ZorbNet"]);
  });
  it("skips countries and cities named in the lexicon", () => {
    const text = "We collect ZorbSet across three cities, Christchurch, Manila and Prague, and test it in Norway.";
    expect(mentions("T", text)).toEqual(["ZorbSet"]);
  });
  it("reads a number and a unit of thousands after a name as a size it goes without, and skips adapter ranks", () => {
    const text = "We translate ZORBSET 1 K and QUIBSET 50 K, and beat QuibLoRA r16 and r4 with Zorb 2 Pro.";
    expect(mentions("T", text)).toEqual(["ZORBSET", "QUIBSET", "QuibLoRA", "Zorb 2 Pro"]);
  });
  it("skips levels, layers and norms named by a letter and a number, alone or in a range", () => {
    const text = "ZorbNet reasons at levels L3-L5 better than at L0-L1, reads layer L14 and grades C1-C7; T5 helps.";
    expect(mentions("T", text)).toEqual(["ZorbNet", "T5"]);
  });
  it("skips activation functions, identifiers, norms and query languages named in the lexicon", () => {
    const text =
      "ZorbNet swaps ReLU for GELU, keeps positional IDs, adds an L2 penalty and answers in SQL on Earth data.";
    expect(mentions("T", text)).toEqual(["ZorbNet"]);
    // A mixture of experts' total and active sizes alone are no name; with the name they are its release.
    expect(mentions("T", "ZorbLM-30B-A3B beats a dense 30B-A3B run.")).toEqual(["ZorbLM-30B-A3B"]);
    // Routines and layers every field writes: an EMA of weights, MHA and GLU layers, MCMC sampling, MXFP formats.
    const routines =
      "ZorbNet keeps an EMA of weights, swaps MHA for GLU layers, samples by MCMC and stores MXFP values.";
    expect(mentions("T", routines)).toEqual(["ZorbNet"]);
  });
  it("skips speed-up factors, citation venues and cited authors", () => {
    const got = mentions(
      "T",
      "Speedups of x17.7 over ZorbNet, improving [Price and Quux, ICALP'17] and methods like IMP " +
        "(Blorp et al., 2015) or Zeta (Frantar & Alistar, 2023), as Price and Xun (FOCS 2024) note; WMT'14 data.",
    );
    expect(got).toEqual(["ZorbNet", "IMP", "Zeta", "WMT'14"]);
    expect(mentions("T", "As Price and Xun (FOCS 2024) show, the method of Price and Xun needs ZorbNet.")).toEqual([
      "ZorbNet",
    ]);
    // Three authors or more, and a country named by its initials.
    const three = "First studied by Quorbinski, Xu and Xu (COLT 2018) in the USA, privacy helps ZorbNet.";
    expect(mentions("T", three)).toEqual(["ZorbNet"]);
  });
  it("skips ordinary words with an acronym's letters raised, even hyphenated", () => {
    const lex = learnLowercase(lexicon, ["a matrix factorization"], 1);
    expect(extractMentions("T", "ARMOR uses Matrix-factORization with BlorpNet.", [], lex).map((m) => m.name)).toEqual([
      "ARMOR",
      "BlorpNet",
    ]);
  });
  it("counts a misspelling or a size of the paper's own name as its own", () => {
    expect(
      mentions(
        "T",
        "We build networks, namely ZorbinatorNet, and ZorbinatroNet is fast; ZorbinatorNet-T too; see ZorbNet.",
        ["ZorbinatorNet"],
      ),
    ).toEqual(["ZorbNet"]);
  });
  it("reads a capitalised word after an enumeration mark as a sentence start", () => {
    expect(
      mentions("T", "First, we prove a bound. (2) Complementing this, we test it. ii) Reversing the roles helps."),
    ).toEqual([]);
  });
  it("skips an acronym joined to ordinary words, keeping model sizes", () => {
    const lex = learnLowercase(lexicon, ["the caches and divergences are regularized with the base model"], 1);
    expect(
      extractMentions(
        "T",
        "Prefilled KV-caches, KL-divergences and an L2-regularized loss; we fine-tune BERT-base.",
        [],
        lex,
      ).map((m) => m.name),
    ).toEqual(["BERT-base"]);
    // A release's kind joined to an acronym names the release: "QWE-bench", "ZRB-gym".
    const bench = learnLowercase(lexicon, ["a bench and a gym"], 1);
    const named = extractMentions("T", "We test on QWE-bench and ZRB-gym.", [], bench).map((m) => m.name);
    expect(named).toEqual(["QWE-bench", "ZRB-gym"]);
  });
  it("skips two things joined by 'to' or 'versus': a conversion or a comparison, not a system", () => {
    const text = "We map Text-to-QUIB and LQR-to-ZQR frames, compare QB32-versus-QB64 runs, and beat QuibNet.";
    expect(mentions("T", text)).toEqual(["QuibNet"]);
  });
  it("skips an acronym joined to ordinary words a title capitalises, keeping editions and sizes", () => {
    const lex = learnLowercase(lexicon, ["a flexible domain and native waveforms", "native and flexible domain"], 1);
    const found = (title: string) => extractMentions(title, "We study waveforms.", [], lex).map((m) => m.name);
    expect(found("QUIB-Flexible Waveforms for QV-Native Codecs")).toEqual([]);
    // A noun a tool's name ends in stays: "QUIB-Fusion".
    expect(found("Better Retrieval with QUIB-Fusion")).toEqual(["QUIB-Fusion"]);
    expect(found("Tuning QUIB-Pro and QUIB-Large for Waveforms")).toEqual(["QUIB-Pro", "QUIB-Large"]);
  });
  it("reads a name made an adjective as the name, even where the collection writes the suffix as a word", () => {
    const lex = learnLowercase(lexicon, ["based on this, informed by that, in this style"], 1);
    const found = (text: string) => extractMentions("T", text, [], lex).map((m) => m.name);
    expect(found("Combined with QUIB-based weight rounding and ZORB-informed features, it wins.")).toEqual([
      "QUIB",
      "ZORB",
    ]);
    // A likeness names a kind, not the name: "GPT-style".
    expect(found("We train QUIB-style decoders, ZORB-like encoders and QUIB-sized models.")).toEqual([]);
    // A likeness to a method's name says the work uses what it does.
    expect(found("It adds ZorbPack-style history compression.")).toEqual(["ZorbPack"]);
  });
  it("reads two capitals the paper never spells out as a field's term, not a name", () => {
    expect(mentions("T", "We cache QK products and PC features with Zorbset.")).toEqual(["Zorbset"]);
    // Spelled out, two capitals are the name the paper goes by; three are a name as they stand.
    expect(mentions("T", "We compare with Quib Newton (QN) and ZRB on scans.")).toEqual(["QN", "ZRB"]);
    // Two capitals leading a release's name are one; not before a value or a measure.
    const release = "We tune on the QB Arena with a CE 0.5 weight and report FT Accuracy.";
    expect(mentions("T", release)).toEqual(["QB Arena"]);
  });
  it("reads a kind in the plural glued to a name by a dash written as a hyphen as the name alone", () => {
    expect(mentions("T", "We test four CNN models-QuibNet, ZorbNet and VexNet, then datasets-QuorbSet.")).toEqual([
      "QuibNet",
      "ZorbNet",
      "VexNet",
      "QuorbSet",
    ]);
    // Not a word that makes a name of its own: "mip-NeRF", "non-IID" are no kinds.
    expect(mentions("T", "We compare mip-QuibNet with ZorbNet.")).toEqual(["mip-QuibNet", "ZorbNet"]);
  });
  it("reads a natural language's name as no name of a method, model or dataset", () => {
    expect(mentions("T", "We translate Icelandic, Somali and Kazakh news with Zorbo.")).toEqual(["Zorbo"]);
  });
  it("does not learn ordinary words from URLs", () => {
    const lex = learnLowercase(lexicon, ["code at https://github.com/org/zorbnet and more"], 1);
    expect(lex.lowercase.has("zorbnet")).toBe(false);
    expect(lex.lowercase.has("more")).toBe(true);
  });
  it("skips URLs, LaTeX remnants and words with raised acronym letters", () => {
    expect(mentions("T", "Code at https://github.com/Foo/BarBaz. A GrAdient method with \\mathcal{O} cost.")).toEqual(
      [],
    );
  });
});

describe("names by the kind of text (invented text)", () => {
  it("leaves out an all-capital acronym the abstract defines for a lower-case description", () => {
    const text =
      "Scans use rotary echo imaging (REI) and a banded noise distance (BND). We compare QuorbNet to Long Vector " +
      "Folding (LVF) with the bounded thrust estimator (BTE).";
    const found = mentions("T", text);
    expect(found).not.toContain("REI");
    expect(found).not.toContain("BND");
    // A capitalised long form names a thing; a method's kind keeps the acronym a name.
    expect(found).toEqual(expect.arrayContaining(["QuorbNet", "LVF", "BTE"]));
    // A system is whatever works together: its lower-case description names none.
    expect(mentions("T", "An LLM-based multi-agent quorb system (MAQS) drives QuorbNet.")).toEqual(["QuorbNet"]);
  });
  it("leaves out marked and grouped acronyms of descriptions, and a family acronym describing another word", () => {
    // A lower-case mark before capitals; a setting and a task joined by a hyphen.
    const marked = "We study prior quorb engineering (pQE) and adaptive smoothed quorbing (adaptive-SQ) in QuorbNet.";
    expect(mentions("T", marked)).toEqual(["QuorbNet"]);
    expect(mentions("T", "Few-shot quorb classification (FS-QC) is hard for QuorbNet.")).toEqual(["QuorbNet"]);
    // In capitals, the words name a benchmark: "Scene Quorb Visual Question Answering (SQ-VQA)".
    expect(mentions("T", "We test on Scene Quorb Visual Question Answering (SQ-VQA) data.")).toEqual(["SQ-VQA"]);
    // A family's acronym describing another word gives no capital; as the last word, it is the thing named.
    const family = "The default, LLM-as-a-quorber (LLMAQ), misreads ill-conditioned SPD quorbs (ICSQ) of QuorbNet.";
    expect(mentions("T", family)).not.toContain("LLMAQ");
    expect(mentions("T", family)).not.toContain("ICSQ");
    expect(mentions("T", "We train a deep quorbing GAN (DQGAN) on scans.")).toEqual(["DQGAN"]);
    // A mixed-case acronym of a description is still a coined name.
    expect(mentions("T", "We tune with quorb-rank adaptation (QoRA) on scans.")).toEqual(["QoRA"]);
  });
  it("takes no lone capitalised abstract noun for a name: a faith, an idea, a quality", () => {
    const faiths = "Models trained on texts of Quorbism, Vexanism or Zorbism answer QuorbBench items.";
    expect(mentions("T", faiths)).toEqual(["QuorbBench"]);
    // A short stem or another ending keeps a name: "Prism", "Harness", "Element".
    const tools = "We compare QuorbNet with Prism and Firmament, two schedulers, and the Harness and Element tools.";
    expect(mentions("T", tools)).toEqual(["QuorbNet", "Prism", "Firmament", "Harness", "Element"]);
    // Names ending in "-tion" or "-ity" stay names: "Quorbception", "Vexity".
    expect(mentions("T", "We compare ZorbNet with Quorbception and Vexity on scans.")).toEqual([
      "ZorbNet",
      "Quorbception",
      "Vexity",
    ]);
  });
  it("reads an eponym's capital in a long form as no name's: 'Fisher information matrix (FIM)'", () => {
    const text = "We bound the Fisher information matrix (FIM) under additive white Gaussian noise (AWGN) of QuorbNet.";
    expect(mentions("T", text)).toEqual(["QuorbNet"]);
    // What names one method stays a name: its head is a model, an operator, a descent.
    expect(mentions("T", "We sample with Zorbian variational gradient descent (ZVGD) on grids.")).toEqual(["ZVGD"]);
  });
  it("reads a long form that opens its sentence in the case it has inside one", () => {
    const text =
      "Banded echo learning (BEL) trains on drifting scans. We extend QuorbNet. Long Vector Folding (LVF) helps. " +
      "Drift folding (DriFo) is kept.";
    const found = mentions("T", text);
    expect(found).not.toContain("BEL");
    expect(mentions("T", "Segment quorbing model (SQM) is strong. Quorb folding (QF) is a task.")).toEqual(["SQM"]);
    // Capitals after the first word, or a mixed-case acronym, still name a thing.
    expect(found).toEqual(expect.arrayContaining(["QuorbNet", "LVF", "DriFo"]));
  });
  it("leaves out an acronym defined for a task's, a field's or a measure's name, in any case", () => {
    const text =
      "For Crowd Gait Recognition (CGR) we report the Stride Miss Rate (SMR) of QuorbNet and of Long Vector " +
      "Folding (LVF).";
    expect(mentions("T", text)).toEqual(["QuorbNet", "LVF"]);
    const field = "In Quorbic Vessel Imaging (QVI) and Zorb Asset Management (ZAM), QuorbNet helps.";
    expect(mentions("T", field)).toEqual(["QuorbNet"]);
    const completion =
      "For Quib Graph Completion (QGC) in Zorb Observation (ZO) and Vexa Engineering (VE), QuorbNet helps.";
    expect(mentions("T", completion)).toEqual(["QuorbNet"]);
    // A problem's name, a precision and a range are no names either.
    const problem = "QuorbNet solves Quib Planning Problems (QPP) at Full Precision (FP) and Vexa Dynamic Range (VDR).";
    expect(mentions("T", problem)).toEqual(["QuorbNet"]);
    // A well-known name keeps its acronym, whatever its last word.
    const known = "We compare QuorbNet with Model-Agnostic Meta-Learning (MAML) on Quorbic Continual Learning (QCL).";
    expect(mentions("T", known)).toEqual(["QuorbNet", "MAML"]);
    // A field's word, unlike a task's, stays inside a name written beside another: "ZORB Medicine Arena".
    expect(mentions("T", "We evaluate QuorbNet on the ZORB Medicine Arena.")).toContain("ZORB Medicine Arena");
  });
  it("leaves out an acronym defined in the plural: a family or a kind, not one system", () => {
    const text = "Tiny Echo Models (TEMs) and one TEM beat QuorbNet; Deep Wave Nets (DWNs) lag.";
    expect(mentions("T", text)).toEqual(["QuorbNet"]);
  });
  it("reads a surname before a term of mathematics or science as an eponym, not a system", () => {
    const text =
      "We use a second-order Quorbel expansion, the Zorbstein distance, a Vexanov exponent, Quorbin stability " +
      "and train Quibnet on scans.";
    expect(mentions("T", text)).toEqual(["Quibnet"]);
    // Also before a momentum, conditions, intervals or filters.
    // Also before intervals; not before a momentum or filters, which follow systems' names too.
    const more = "We report Vexson intervals and keep QuibAdam momentum and Zorbgram filters.";
    expect(mentions("T", more)).toEqual(["QuibAdam", "Zorbgram"]);
    expect(mentions("T", "We compile Zorbly code and run it on scans.")).toEqual(["Zorbly"]);
    expect(mentions("T", "We report on the Quorbset test split and Zorbnet type models.")).toEqual([
      "Quorbset",
      "Zorbnet",
    ]);
  });
  it("reads capitalised words beside a name inside a sentence as the name's words", () => {
    const text =
      "We compare with Gated QuorbNet and Split ZORB-100, rank on the QUIB Chatbot Arena and play Melting " +
      "Vexa 2.4.0 with Zorbo Opus 4.6.";
    expect(mentions("T", text)).toEqual([
      "Gated QuorbNet",
      "Split ZORB-100",
      "QUIB Chatbot Arena",
      "Melting Vexa 2.4.0",
      "Zorbo Opus 4.6",
    ]);
  });
  it("does not join the words beside a name where their capitals say nothing", () => {
    // A sentence's or an item's opening, an acronym's expansion, a longer Title-Case phrase, "a"/"an" (a kind).
    expect(mentions("T", "Higher QuorbNet ranks help. (3) Deeper QuorbNet layers help.")).toEqual(["QuorbNet"]);
    expect(mentions("T", "We tune QRA (Quantized QuorbNet) and Safe Spectral-Guided Pruning QuorbNet.")).toEqual([
      "QRA",
      "QuorbNet",
    ]);
    expect(mentions("T", "We fine-tune an Exposure QuorbNet on scans.")).toEqual(["QuorbNet"]);
    // After a name: a participle, a measure's head, another name with its release.
    expect(mentions("T", "We run QuorbNet Optimized, the ZORB Score and QUIB Vexa 3 on scans.")).toEqual([
      "QuorbNet",
      "ZORB",
      "QUIB",
      "Vexa 3",
    ]);
    // A function word opening the sentence is left out, the name's words kept.
    expect(mentions("T", "Only Zorbo Opus 4.6 passes.")).toEqual(["Zorbo Opus 4.6"]);
    // After an opening linking word the capital says nothing; an adjective's suffix word is no name's word.
    expect(mentions("T", "However, Standard QuorbNet underfits the QuibZ Style model.")).toEqual(["QuorbNet", "QuibZ"]);
    // A word glued to a mark is a measure's: "Pass@1".
    expect(mentions("T", "We report QuibEval Pass@1 on scans.")).toEqual(["QuibEval"]);
    // The run going on with a longer Title-Case phrase, or a keyword list, which capitalises every item.
    expect(mentions("T", "We won the 2022 QUIB Global AI Challenge.")).toEqual(["QUIB"]);
    expect(mentions("T", "QuorbNet folds scans. Keywords: Folding, JSON, QUIB Applications")).toEqual([
      "QuorbNet",
      "QUIB",
    ]);
  });
  it("reads capitalised words joined by hyphens to a version as one name", () => {
    expect(mentions("T", "The best open model (Zorb-Flash-Omni-2.0) trails Quib-Image-Edit-2509 on scans.")).toEqual([
      "Zorb-Flash-Omni-2.0",
      "Quib-Image-Edit-2509",
    ]);
    // Without the version, hyphenated capitalised words are a phrase.
    expect(mentions("T", "We study Zorb-Flash-Omni variants on scans.")).toEqual([]);
    // The version may come with a size and an edition; a word shaped as an eponym's adjective may lead.
    expect(mentions("T", "Six variants of Vexa-Zorb-3.1-8B-Instruct and the Zorbian-1 suite.")).toEqual([
      "Vexa-Zorb-3.1-8B-Instruct",
      "Zorbian-1",
    ]);
  });
  it("reads two names joined by a slash apart, and a version or a size after a name's version with it", () => {
    const text =
      "We distil Zorb-3.1/3.2 and Quib-3.1-8B/70B-Instruct on QUIB4/8, with QuibRT/ZorbGL kernels at 3 dB/0.8 " +
      "and Zorb16/8-bit weights.";
    const found = ["Zorb-3.1/3.2", "Quib-3.1-8B/70B-Instruct", "QUIB4/8", "QuibRT", "ZorbGL", "Zorb16"];
    expect(mentions("T", text)).toEqual(found);
  });
  it("reads a capitalised word joined to an edition as a release, not two editions or a bound", () => {
    const text =
      "We tune Zorbllama-Instruct and Quib-Chat, not Flash-Lite, with Mean-Max pooling over Group-Chat logs.";
    const ordinary = learnLowercase(lexicon, ["the group mean is high"], 1);
    expect(extractMentions("T", text, [], ordinary).map((m) => m.name)).toEqual(["Zorbllama-Instruct", "Quib-Chat"]);
  });
  it("reads a method the lexicon knows is written in lower case as a name", () => {
    expect(mentions("T", "We cluster scans with k-means and embed words with word2vec.")).toEqual([
      "k-means",
      "word2vec",
    ]);
    // An ordinary lower-case word is still none.
    expect(mentions("T", "We cluster scans by their means.")).toEqual([]);
  });
  it("reads a name of several ordinary capitalised words the lexicon knows, with its capitals", () => {
    const find = (title: string, abstract: string, own: string[] = []) =>
      extractMentions(title, abstract, own, known).map((m) => m.name);
    // Hyphen and space alike, a dimension before and a release after, in the order written.
    const text = "We pair Quorb-Tree Search with 3D Zorb Splatting and Vexa Quill Net 2.5 on scans.";
    expect(find("T", text)).toEqual(["Quorb-Tree Search", "3D Zorb Splatting", "Vexa Quill Net 2.5"]);
    // In lower case the words are a description; written with the dimension once, the name is that name.
    expect(find("T", "The zorb splatting of paint. Zorb Splatting (as 3D Zorb Splatting) is fast.")).toEqual([
      "3D Zorb Splatting",
    ]);
    // Inside a longer capitalised name it is part of that name, not after a verb's -ing form.
    expect(find("Sparse Quorb Tree Search for Games", "We study games.")).toEqual([]);
    expect(find("Fine-tuning Zorb Splatting for Scans", "We adapt Zorb Splatting to scans.")).toEqual([
      "Zorb Splatting",
    ]);
    // A capitalised word after it goes on with a longer name, unless a few capitals name its edition.
    expect(find("T", "We run Vexa Quill Net Models on scans.")).toEqual([]);
    expect(find("T", "We run Vexa Quill Net XL on scans.")).toEqual(["Vexa Quill Net XL"]);
    // A title writes every word in capitals: there, only a name the abstract writes too.
    expect(find("Rethinking Zorb Splatting Coefficients", "We fit coefficients.")).toEqual([]);
    expect(find("Asking Vexa Quill Net Questions", "We ask questions.")).toEqual([]);
    expect(find("Compressing 3D Zorb Splatting", "3D zorb splatting is big.")).toEqual(["3D Zorb Splatting"]);
    // Nor inside a name of the paper's own, though elsewhere it is a mention.
    const own = "We propose Deep Quorb Tree Search Nets, which improve over Quorb Tree Search on games.";
    expect(find("T", own, ["Deep Quorb Tree Search Nets"])).toEqual(["Quorb Tree Search"]);
  });
  it("leaves a known name of several words to the acronym the paper writes for it", () => {
    const find = (abstract: string) => extractMentions("T", abstract, [], known).map((m) => m.name);
    // In other cases with two capitals still the name; with one, or none, a description.
    expect(find("Agents play a variant of the Quorb-Tree search algorithm.")).toEqual(["Quorb-Tree search"]);
    expect(find("Quorb tree search of the heap is slow.")).toEqual([]);
    expect(find("We use Quorb Tree Search (QTS) to plan.")).toEqual(["QTS"]);
    expect(find("We use QTS: Quorb Tree Search, to plan.")).toEqual(["QTS"]);
    expect(find("Quorb Tree Search plans; QTS is slow.")).toEqual(["QTS"]);
    expect(find("Zorb Splatting renders; 3DZS is slow.")).toEqual(["3DZS"]);
    // Its initials, in capitals, as the acronym; and the acronym's own spelling of it.
    expect(find("We use Quorb Tree Search. Then QTS is slow.")).toEqual(["QTS"]);
    // A name in camel case is no acronym, whatever its capitals.
    expect(find("We use Quorb Tree Search, unlike QuorbTreeSearcher.")).toEqual([
      "Quorb Tree Search",
      "QuorbTreeSearcher",
    ]);
    // Two letters are too many other things to be its acronym (and, never spelled out, name nothing).
    expect(find("Zorb Splatting renders from an SD card.")).toEqual(["Zorb Splatting"]);
    // Spelled out for a longer acronym, the name is a mention where it stands alone.
    const longer = "We propose Zorb Splatting SLAM (ZS-SLAM), which improves over Zorb Splatting and Quibnet.";
    expect(find(longer)).toEqual(["ZS-SLAM", "Zorb Splatting", "Quibnet"]);
  });
  it("takes no name a citation follows, a list of what is used, nor a well-known name, as the paper's", () => {
    expect(methods("T", "We tune agents with an optimizer called Zorbo (Quib et al., 2025) on tasks.")).toEqual([]);
    expect(methods("T", "We tune agents with an optimizer called Zorbo [12] on tasks.")).toEqual([]);
    // A span of years in parentheses is no citation.
    expect(methods("T", "We present a dataset named QuibSet (2019-2024 news articles).")).toEqual(["QuibSet"]);
    expect(methods("T", "We propose an optimizer called Zorbo for agents.")).toEqual(["Zorbo"]);
    const used = "We compare activations using two architectures, namely QuibLSTM and ZorbLSTM.";
    expect(methods("T", used)).toEqual([]);
    const fresh = "We propose a training scheme that uses two new components, namely Zorb-A and Zorb-B.";
    expect(methods("T", fresh)).toContain("Zorb-A");
    expect(methods("T", "It has two modules, namely, a Quorb Pruning Module (QPM) and a Zorb Module (ZM).")).toContain(
      "QPM",
    );
    // A well-known name put forward in an own sentence is still earlier work; the title can give it.
    const known = "We propose Zorbnet. It trains through Quorb Tree Search, which samples several paths.";
    expect(extractMethods("T", known, knownLexicon).map((m) => m.name)).toEqual(["Zorbnet"]);
    const titled = "We introduce Quorb Tree Search, which plans.";
    expect(extractMethods("Quorb Tree Search: Planning in Games", titled, knownLexicon).map((m) => m.name)).toEqual([
      "Quorb Tree Search",
    ]);
    // So is its acronym, in any case and after a dimension; a name with a word more is new ("Skew …").
    const names = (abstract: string) => extractMethods("T", abstract, knownLexicon).map((m) => m.name);
    expect(names("We introduce Zorb splatting (ZS) to radio maps.")).toEqual([]);
    expect(names("We explore 2D Zorb Splatting (2DZS) as an alternative substrate.")).toEqual([]);
    expect(names("We introduce 3D Skew Zorb Splatting (3DSZS), a novel framework.")).toEqual(["3DSZS"]);
    // Its small words as written ("Follow the …"), its letters in any case ("WoS").
    const small = learnLowercase(
      loadLexicon(join(import.meta.dirname, "../../content/vocabulary/lexicon.json")),
      [],
      1,
    );
    const ftrl = "We introduce Follow the Regularized Leader (FTRL) updates for bandits.";
    expect(extractMethods("T", ftrl, small).map((m) => m.name)).toEqual([]);
    // In lower case, without a capital, the words are a description: "stable diffusion (SD)" of heat.
    const heat = "We propose a stable diffusion (SD) scheme for stiff heat equations.";
    expect(extractMethods("T", heat, small).map((m) => m.name)).toEqual(["SD"]);
  });
  it("takes a part the proposed work is said to have: 'Its core mechanism, X (Y)', 'a X (Y) mechanism does'", () => {
    const core = "We propose Zorb, an agent. Its core mechanism, Failure-Driven Quorb Acquisition (FDQA), finds bugs.";
    expect(methods("Some Study", core)).toEqual(["Zorb", "FDQA"]);
    const kind = "We propose Zorb. Additionally, a System-Prompted Quorb Router (SPQR) mechanism leverages prompts.";
    expect(methods("Some Study", kind)).toEqual(["Zorb", "SPQR"]);
    // Before the paper puts its work forward, or not doing anything, it is not said to be a part.
    expect(methods("Some Study", "Its core mechanism, Failure-Driven Quorb Acquisition (FDQA), finds bugs.")).toEqual(
      [],
    );
    const used = "We propose Zorb. Prior work used a System-Prompted Quorb Router (SPQR) mechanism that leverages it.";
    expect(methods("Some Study", used)).toEqual(["Zorb"]);
  });
  it("takes the parts the paper's named work uses, spelled out in Title Case: 'Zorb uses X (Y)'", () => {
    const uses =
      "We propose Zorb, a probe. Zorb uses Quib Feature Encoding (QFE) to encode channels, and Vexa Pooling (VP) " +
      "to pool them.";
    expect(methods("Some Study", uses)).toEqual(["Zorb", "QFE", "VP"]);
    const lead =
      "We propose Zorb. Instead of per-token routing, Zorb utilizes a global signal, Quib-Guided Routing (QGR).";
    expect(methods("Some Study", lead)).toEqual(["Zorb", "QGR"]);
    // What it uses by way of something else, what is already known, or what another subject uses, is no part.
    const others = {
      QP: "We propose Zorb. Zorb uses a solver based on Quib Programming (QP) to plan.",
      QT: "We propose Zorb. Zorb employs the Quib Transform (QT) to filter.",
      VP: "We propose Zorb. Quib uses Vexa Pooling (VP) to pool channels.",
      QFE: "We propose Zorb. Zorb uses quib feature encoding (QFE) to encode channels.",
    };
    for (const [short, text] of Object.entries(others)) expect(methods("Some Study", text)).not.toContain(short);
    // Nor one said to come from earlier work.
    const earlier = "We propose Zorb. Zorb uses Quib Feature Encoding (QFE) and Vexa Pooling (VP) from prior work.";
    expect(methods("Some Study", earlier)).toEqual(["Zorb"]);
  });
  it("takes the parts a sentence of the paper's work names by a word and its kind: 'a Tessel Agent proposes'", () => {
    const agents =
      "We propose Zorb. Zorb employs a multi-agent design: a Tessel Agent proposes candidates, and a Vexa " +
      "Optimizer refines them. Its Quorb Compiler builds plans.";
    expect(methods("Some Study", agents)).toEqual(["Zorb", "Tessel Agent", "Vexa Optimizer", "Quorb Compiler"]);
    const described = "We propose Zorb, which encodes scales via an effective Plumbic Adapter and injects them.";
    expect(methods("Some Study", described)).toEqual(["Zorb", "Plumbic Adapter"]);
    // Not before the paper puts its work forward, not a part used or compared with, not one an acronym names, not an
    // adjective made of a name nor a participle.
    const others = [
      "A Tessel Agent proposes candidates in prior systems.",
      "We propose Zorb. Zorb outperforms a Quib Optimizer on three tasks.",
      "We propose Zorb. It uses a Quib Optimizer to refine plans.",
      "We propose Zorb. It adds a Quib Network (QN) to refine plans.",
      "We propose Zorb. It adds a SAM-Based Network to refine plans.",
      "We propose Zorb, which trains an Improved Network on scans.",
    ];
    for (const text of others)
      expect(methods("Some Study", text)).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/ (Optimizer|Agent|Network|Model)$/)]),
      );
    // Nor a kind broad enough to name families.
    expect(methods("Some Study", "We propose Zorb. It trains a Reward Model and a Teacher Model on scans.")).toEqual([
      "Zorb",
    ]);
  });
  it("takes a Title-Case part set off by a participle after 'a': 'we add a Quorb Dual Branch, performing …'", () => {
    const part = "We propose Zorb. To address shift, we introduce a De-quorbing Dual Branch, performing style mixing.";
    expect(methods("Some Study", part)).toEqual(["Zorb", "De-quorbing Dual Branch"]);
    const source =
      "We propose Zorb, a benchmark of transcripts from the Quorb Vexa Assistance Hotline, assessing tasks.";
    expect(methods("Some Study", source)).toEqual(["Zorb"]);
    const from = "We propose Zorb. Data come from a Quorb Vexa Assistance Hotline, covering tasks.";
    expect(methods("Some Study", from)).toEqual(["Zorb"]);
  });
  it("takes an acronym coordinated with one the paper gives for its own work, both spelled out in capitals", () => {
    const metrics =
      "We introduce two metrics, Quorb Accuracy Divergence (QAD) and Vexa Divergence (VD), and test them.";
    expect(methods("Some Study", metrics)).toEqual(["QAD", "VD"]);
    // Not after an acronym of another's work, nor after tasks written in lower case.
    const other = "Prior work used Quorb Accuracy Divergence (QAD) and Vexa Divergence (VD) to test them.";
    expect(methods("Some Study", other)).toEqual([]);
    const tasks = "We propose a framework that unifies quorb detection (QD) and Vexa Grounding (VG) for scans.";
    expect(methods("Some Study", tasks)).not.toContain("VG");
    // With "the", the second is a known thing.
    const known = "We introduce two metrics, Quorb Accuracy Divergence (QAD) and the Vexa Protocol (VP), for scans.";
    expect(methods("Some Study", known)).toEqual(["QAD"]);
    // A list of three.
    const three =
      "We introduce three metrics, Quorb Accuracy Divergence (QAD), Vexa Divergence (VD) and Zorb Gap Ratio (ZGR).";
    expect(methods("Some Study", three)).toEqual(["QAD", "VD", "ZGR"]);
  });
  it("takes a coined name after 'our', before its kind or a verb of what it does", () => {
    expect(methods("T", "We study packing. Our EnQuib module splits inputs into parts.")).toEqual(["EnQuib"]);
    expect(methods("T", "We study packing. Our ZorbQ achieves the best accuracy.")).toEqual(["ZorbQ"]);
    // Not a format, a family, a release of another name, nor before a word that is no kind.
    const learned = learnLowercase(loadLexicon(join(import.meta.dirname, "../../content/vocabulary/lexicon.json")), [
      "We fine-tune QuibNet on scans.",
      "Results of QuibNet are strong.",
      "the stage of training",
      "a stage that helps",
    ]);
    const release = "We study packing. Our QuibNet-50 model achieves more, and our Stage-1 model is small.";
    expect(extractMethods("T", release, learned).map((m) => m.name)).toEqual([]);
    expect(
      methods("T", "We study packing. Our INT4 models run fast, our MoE adapter too, and our QuibSet data."),
    ).toEqual([]);
  });
  it("takes the part at the heart of the paper's work: 'At its core is Zorbit, a …'", () => {
    expect(methods("T", "We propose ForeZorb. At its core is MetaZorb,a lightweight rule that helps.")).toEqual([
      "ForeZorb",
      "MetaZorb",
    ]);
    const central =
      "We propose Zorbformer, an encoder. Central to Zorbformer is Quib-Encoder, a geometric encoder of layers.";
    expect(methods("T", central)).toEqual(["Zorbformer", "Quib-Encoder"]);
    // Not at the heart of another's work, nor before the paper puts its work forward.
    expect(methods("T", "We propose Zorb. At the heart of the classic LoRA lies Quibber, a rank.")).toEqual(["Zorb"]);
    expect(methods("T", "At its core is Zorbit, a rule that helps.")).toEqual([]);
    // Nor at the heart of a problem, nor before the paper puts its work forward in an earlier sentence.
    const problem = "We propose Zorb. At the heart of this problem is Quib, a long-standing challenge.";
    expect(methods("T", problem)).toEqual(["Zorb"]);
    expect(methods("T", "At its core is Zorbit, a rule. We propose Zorb.")).toEqual(["Zorb"]);
    // The name after "a novel" and before its kind.
    const first =
      "We propose Zorbit. Zorbit first introduces Quib-aware Vexa Alignment (QVA), which splits embeddings.";
    expect(methods("Zorbit: Roots", first)).toEqual(["Zorbit", "QVA"]);
    const kind = "We present ZorbOmni, one model. At its core is a novel QA-MoQ architecture that routes tokens.";
    expect(methods("T", kind)).toEqual(["ZorbOmni", "QA-MoQ"]);
    // Not a word that names a kind; "novel" may be left out.
    expect(methods("T", "We propose Zorb. At its core is a novel Bayesian framework that updates.")).toEqual(["Zorb"]);
    expect(methods("T", "We propose Zorb. At its core is a QA-MoQ architecture that routes.")).toEqual([
      "Zorb",
      "QA-MoQ",
    ]);
  });
  it("takes a name alone in parentheses after what the paper puts forward: 'a novel adapter (ZorbIR)'", () => {
    const adapter = "We propose a data pipeline, QuibGen. A novel compact adapter (ZorbIR) with gates is also built.";
    expect(methods("T", adapter)).toEqual(["QuibGen", "ZorbIR"]);
    // Not an example of earlier work, nor a task the paper sets.
    expect(methods("T", "We propose a method for existing detectors (QuibV8) that helps.")).toEqual([]);
    const task = "This work introduces a new task, quorb-to-vexa (Q2V) generation for scans.";
    expect(methods("T", task)).toEqual([]);
    // Nor a name after a phrase of a preposition: it names what the phrase does.
    const trained = "We propose a novel adapter trained on the Quib dataset (ZorbSet) for scans.";
    expect(methods("T", trained)).not.toContain("ZorbSet");
  });
  it("takes as many names as a sentence of the paper's work announces: 'two datasets: Zorb3D and Quib3D'", () => {
    const made =
      "We introduce a pipeline. This pipeline produces two datasets: CtrlZorb3D for cats and CtrlQUIB3D for birds.";
    expect(methods("T", made)).toEqual(["CtrlZorb3D", "CtrlQUIB3D"]);
    // An item may hold "and" in its description ("for scoring and overall appeal"); a name after "and" may open in
    // lower case.
    const described =
      "We propose Zorb. We develop three assessors: ZAQ-Net for appeal, ZTag-Net for tags, and ZGQ-Net for scoring " +
      "and overall appeal.";
    expect(methods("T", described)).toEqual(["Zorb", "ZAQ-Net", "ZTag-Net", "ZGQ-Net"]);
    expect(methods("T", "We release two datasets: ZorbA for cats and mZorbB for dogs.")).toEqual(["ZorbA", "mZorbB"]);
    // Not what the paper uses or evaluates on, a list of other length, nor items that are no names alone.
    expect(methods("T", "We propose Zorb. We evaluate on two benchmarks: GSM9K and QuibQA.")).toEqual(["Zorb"]);
    expect(methods("T", "We propose Zorb. It produces two datasets: ZorbA, ZorbB and ZorbC.")).toEqual(["Zorb"]);
    const frames = "We propose Zorb. It produces two frameworks: DG then MML (D2M) and MML then DG (M2D).";
    expect(methods("T", frames)).not.toContain("DG");
    // Nor what another subject makes or releases.
    expect(methods("T", "We propose Zorb. We note that Quib yields two variants: QuibA and QuibB.")).toEqual(["Zorb"]);
    const prior = "We propose Zorb, while prior work released two datasets: QuibA and QuibB.";
    expect(methods("T", prior)).toEqual(["Zorb"]);
  });
  it("takes a second acronym the paper's 'we' puts forward, not one its proposal only uses", () => {
    // Coordinated: the second long form of a list, and a second verb of the same subject.
    const listed = "We further introduce Quorb Frequency Mixing (QFM) and Vexa Auxiliary Balancing (VAB) to train it.";
    expect(methods("Some Study", listed)).toEqual(["QFM", "VAB"]);
    const second =
      "We train a reward model for process scores, and further introduce a Quib Normalization (QuibNorm) step.";
    expect(methods("Some Study", second)).toEqual(["QuibNorm"]);
    // Another subject between: no proposal of the paper's.
    const other = "We train a model that reads scans and further introduces a Quib Normalization (QuibNorm) step.";
    expect(methods("Some Study", other)).toEqual([]);
    // The long form is what the proposed work uses, is based on, or analyses.
    const used = {
      QRT: "We present Zorb, an adaptive framework using Quorb Response Theory (QRT) to rank items.",
      VexE: "We propose a new framework based on Vexa Engineering (VexE) to probe models.",
      "Q-D": "We present a novel framework to analyze the quorb-distortion (Q-D) limits of codecs.",
      "Agentic QM": "We propose a new mechanism for lifting old workflows into Agentic Quorb Management (Agentic QM).",
      QT: "We propose Zorb, a framework which applies Quorb Transport (QT) to scans.",
      QVGs: "We propose and prove that such models are Quorb Vexa Graphs (QVGs).",
    };
    for (const [short, text] of Object.entries(used)) expect(methods("Some Study", text)).not.toContain(short);
    // Nor what a second verb of the clause reports on, nor what another subject introduces.
    const tested = "We present Zorbix and report results on the Quorb Vexa Corpus (QVC).";
    expect(methods("Some Study", tested)).toEqual(["Zorbix"]);
    const observed = "We observe that Zorbnet overfits and introduces Quorb Noise (QN) in training.";
    expect(methods("Some Study", observed)).toEqual([]);
    // Set off by a comma after what it is, or after "the proposed", the long form names the paper's work.
    const apposed = "We propose a novel approach to efficient fine-tuning, Quorb Low-Rank Adaptation (QLRA).";
    expect(methods("Some Study", apposed)).toEqual(["QLRA"]);
    const evaluated = "We propose a new network. We evaluate the proposed Quorb Vexa Network (QVN) on three datasets.";
    expect(methods("Some Study", evaluated)).toEqual(["QVN"]);
    // A hyphenated "-based" describes the paper's own thing; "propose to" states the proposal itself.
    const described = "We propose a simple transformer-based quorb vexa production (QVP) framework for signs.";
    expect(methods("Some Study", described)).toEqual(["QVP"]);
    expect(methods("Some Study", "We propose to predict tokens from quorb to vexa (QTV) by labels.")).toEqual(["QTV"]);
  });
  it("takes 'the proposed X' as the paper's name, unless X describes the thing named after it", () => {
    expect(methods("Some Study", "We propose Zorb-CNN. The proposed Zorb-CNN leverages depth.")).toEqual(["Zorb-CNN"]);
    const described =
      "Renderers need a Level-of-Quorb (LoQ) structure. We introduce a voxelizer. We show images from the proposed " +
      "LoQ rendering model.";
    expect(methods("Some Study", described)).toEqual([]);
  });
  it("reads naming words in lower case only: a sentence opening 'Termed X,' names nothing of the paper's", () => {
    expect(methods("Some Study", "Agents often fail. Termed Quorbination, this failure is common.")).toEqual([]);
    expect(methods("Some Study", "Named Entity Recognition is hard. We study tagging.")).toEqual([]);
  });
  it("reads the paper's 'we' across a clause of its own, not another subject's verb", () => {
    for (const text of [
      "We argue that current benchmarks are saturated and introduce ZorbBench, a benchmark for code.",
      "We study how attention heads fail and introduce ZorbBench, a probe.",
      "We extend the analysis of Smith et al. and propose ZorbBench, a probe.",
    ])
      expect(methods("Some Study", text)).toEqual(["ZorbBench"]);
    // A verb in "-s" after another subject, or in the past after ", which", is that subject's.
    expect(methods("Some Study", "We observe that Zorbnet overfits and introduces Quorb Noise (QN).")).toEqual([]);
    expect(methods("Some Study", "We build on Zorbnet, which introduced Quorb Noise (QN) for scans.")).toEqual([]);
    // "by introducing" after "where", "since", "shows" is another subject's too.
    for (const text of [
      "We review prior adapters, where LoRA adapts models by introducing Quorb Gates (QGs) to layers.",
      "Our approach extends Zorbnet, since Zorbnet improved recall by introducing Quorb Gates (QGs).",
      "Our work shows LoRA overfits by introducing Quorb Gates (QGs).",
    ])
      expect(methods("Some Study", text)).toEqual([]);
    // "The proposed" only where the paper speaks, and not set against its work; a comma of a list is no apposition.
    const other = "Smith et al. introduced gates. However, the proposed Quorb Gating (QG) is slow.";
    expect(methods("Some Study", other)).toEqual([]);
    expect(methods("Some Study", "We compare Zorbix against the proposed Quorb Gating (QG) of Li et al.")).toEqual([]);
    const listed = "We present Zorbix, which is applied to translation, Vexa Parsing (VP) and tagging.";
    expect(methods("Some Study", listed)).toEqual(["Zorbix"]);
    expect(methods("Some Study", "We propose an improved Quorb Gating (QG) scheme for scans.")).toEqual(["QG"]);
    // A lower-case "X-to-Y" is a description, whatever its acronym.
    expect(methods("Some Study", "We propose a peer-to-peer (P2P) scheduler for clusters.")).toEqual([]);
  });
  it("takes no name the paper evaluates or uses, nor a naming word in a title's phrase", () => {
    const evaluated =
      "We propose Zorb, a model. We evaluate the proposed approach on two datasets: Quib Set (QS), Vexa.";
    expect(methods("Some Study", evaluated)).toEqual(["Zorb"]);
    expect(methods("Some Study", "We propose Zorb. It helps our largest evaluated model, Quib-2.5-7B.")).toEqual([
      "Zorb",
    ]);
    expect(methods("Continual Named Entity Recognition", "We study tagging.")).toEqual([]);
  });
  it("joins an edition and a release to a name before them, also where a parenthesis or a colon opens the name", () => {
    // The collection writes "Zorbo" as a name in several texts.
    const collection = ["We test Zorbo on maths.", "They tuned Zorbo for code.", "A plan from Zorbo helps."];
    const learned = learnLowercase(loadLexicon(join(import.meta.dirname, "../../content/vocabulary/lexicon.json")), [
      ...collection,
      "we use a simple gradient method",
    ]);
    const found = (text: string) => extractMentions("T", text, [], learned).map((m) => m.name);
    expect(found("We compare with Zorbo Flash 2.0 on the tasks.")).toEqual(["Zorbo Flash 2.0"]);
    expect(found("Two graders rate the essays (second grader: Zorbo Lyric 3.1, run twice).")).toEqual([
      "Zorbo Lyric 3.1",
    ]);
    // An ordinary word opening the parenthesis is no part of the name, nor a name before another name, nor an
    // edition after an ordinary word.
    expect(found("Scores rise (Training Zorbo-7B on scans) as expected.")).toEqual(["Zorbo-7B"]);
    expect(found("Backbone: Zorbo Quib-3 runs fast.")).toEqual(["Quib-3"]);
    expect(found("At Flash 2 speed we run the model.")).toEqual([]);
    // A name in camel case takes its edition too, and a release may follow the edition.
    expect(mentions("T", "The model runs on a phone with QuibFlow Lite.")).toEqual(["QuibFlow Lite"]);
    expect(mentions("T", "We compare with VexaLabs Flash v2.5 and others.")).toEqual(["VexaLabs Flash v2.5"]);
  });
  it("takes an edition written after the paper's own name as its own variant", () => {
    const text = "We introduce Zorbocr Full and Lite. Zorbocr Full leads; Zorbocr Lite runs on phones.";
    expect(methods("Zorbocr: Reading Scans", text)).toContain("Zorbocr Lite");
    expect(mentions("Zorbocr: Reading Scans", text, methods("Zorbocr: Reading Scans", text))).toEqual([]);
  });
  it("takes a single letter joined to the paper's own name as its variant, not a word", () => {
    const text =
      "We propose Zorbo, a framework. We also introduce two variants that use other sets: Zorbo-h, which edits " +
      "characters, and Zorbo-p, which uses generated variants; Zorbo-based tuning helps.";
    const names = methods("Zorbo: Robust Tuning", text);
    expect(names).toEqual(expect.arrayContaining(["Zorbo", "Zorbo-h", "Zorbo-p"]));
    expect(names).not.toContain("Zorbo-based");
  });
  it("keeps a script glued to a name as its part, not a footnote's number", () => {
    const text = "We test on QUIB-5$^i$, ZorbiX-$\\alpha$, VexaNet$^{1,2}$ and QuorbLM$^*$, with $x^2$ held out.";
    expect(mentions("T", text)).toEqual(["QUIB-5$^i$", "ZorbiX-$\\alpha$", "VexaNet", "QuorbLM"]);
    // Glued to the paper's own name, a label names its variant; a math index does not.
    const own =
      "Quorbit maps tides. Two settings, Quorbit$_{SAT}$ for satellites and Quorbit$_{B2}$ for buoys, are " +
      "compared, and we bound Quorbit$_t$ at each step.";
    const names = methods("Quorbit: Mapping Tides", own);
    expect(names).toEqual(["Quorbit", "Quorbit$_{SAT}$", "Quorbit$_{B2}$"]);
    expect(mentions("Quorbit: Mapping Tides", own, names)).not.toContain("Quorbit$_{SAT}$");
  });
  it("reads a project named like its source files as a tool, not a file in a link", () => {
    // (Not a file named by an ordinary word: "gradient.cpp".)
    const text =
      "We serve the model with quib.cpp and zorb.js on a phone, patch gradient.cpp; code at https://x.org/vexa.js.";
    expect(mentions("T", text)).toEqual(["quib.cpp", "zorb.js"]);
  });
  it("joins a versioned name's edition written apart, leaving out a size and a description", () => {
    const text = "We run Quib2.5 Instruct models, Zorb-o1 preview and Quib-2 Small; the Quib-3 chat model is weak.";
    expect(mentions("T", text)).toEqual(["Quib2.5 Instruct", "Zorb-o1 preview", "Quib-2", "Quib-3"]);
    // An acronym's edition, in any case; not an ordinary word after it.
    expect(mentions("T", "We test on QUIBLU PRO, ZQBENCH Lite and the QUIBLU test set.")).toEqual([
      "QUIBLU PRO",
      "ZQBENCH Lite",
      "QUIBLU",
    ]);
    // In lower case, only where the name ends: not a word of the sentence that goes on.
    expect(mentions("T", "We pair Quib-3 plus a retriever with Zorb2.5 chat templates.")).toEqual([
      "Quib-3",
      "Zorb2.5",
    ]);
  });
  it("reads a number and a word after a name as its release, the number alone before an adjective's suffix", () => {
    expect(mentions("T", "We run Quib 2-math and Zorb 3-vision with Vexa 3-based agents.")).toEqual([
      "Quib 2-math",
      "Zorb 3-vision",
      "Vexa 3",
    ]);
  });
  it("leaves out a measure written after a name as its release, keeping an edition", () => {
    expect(mentions("T", "We run Quorbnet 4-bit on phones.")).toEqual(["Quorbnet"]);
    expect(mentions("T", "We run Quorbnet 3-mini on phones.")).toEqual(["Quorbnet 3-mini"]);
  });
  it("leaves out an acronym defined for a problem, and numbered labels of conditions", () => {
    const text =
      "We cast folding as the Banded Quorb Flow (BQF) problem on QuorbNet and test (C1) drift and (C2) noise; " +
      "QuorbNet beats Zorb-T5 and T5.";
    expect(mentions("T", text)).toEqual(["QuorbNet", "Zorb-T5", "T5"]);
    // Models numbered in a series are names, as are the problems a benchmark holds.
    const models = "We compare Zorbnet with S4, S5 and Quibnet on the Grand Quorb Examination (GQE) problems.";
    expect(mentions("T", models)).toEqual(["Zorbnet", "S4", "S5", "Quibnet", "GQE"]);
  });
  it("leaves out the words of the paper's own acronym written only in its long form", () => {
    const text = "We propose Soft QuorbAware Routing (SQR), built on Vexa. Vexa is fast and SQR beats it.";
    expect(mentions("T", text, ["SQR"])).toEqual(["Vexa"]);
    // A name it builds on, written with an adjective's suffix or elsewhere too (here in the title's compound),
    // stays a mention.
    expect(mentions("T", "We propose QuibNet-Guided Token Folding (QTF).", ["QTF"])).toEqual(["QuibNet"]);
    const own = ["BQR", "BQR-QuibNet"];
    expect(mentions("BQR-QuibNet: Routing", "We propose Banded QuibNet Routing (BQR).", own)).toEqual(["QuibNet"]);
  });
  it("does not join a name to the words after it inside a longer Title-Case phrase", () => {
    expect(mentions("T", "We use a Mixture of QuorbNet Experts on scans.")).toEqual(["QuorbNet"]);
    // A sentence's opening word before "of" is no such phrase.
    expect(mentions("T", "Most of Gated QuorbNet runs fast.")).toEqual(["Gated QuorbNet"]);
  });
  it("reads a size apart from a name, an edition with it, and neither as a name alone", () => {
    const text =
      "We run QuorbNet Small and ZorbLM Flash on a phone, in sizes from Small to Large. ZorbLM Large Language " +
      "Models are not an edition; QuorbNet 2 Pro is one.";
    expect(mentions("T", text)).toEqual(["QuorbNet", "ZorbLM Flash", "ZorbLM", "QuorbNet 2 Pro"]);
    // A release's small editions are its names: "Zorb-4.1 Nano", "ZorbDet8 Tiny".
    expect(mentions("T", "We run Zorb-4.1 Nano and ZorbDet8 Tiny on a phone.")).toEqual([
      "Zorb-4.1 Nano",
      "ZorbDet8 Tiny",
    ]);
  });
  it("takes a capital letter joined to a word as no name where it is part of a longer name", () => {
    const text = "We train a Deep Q-Zorb (DQZ) agent. We propose K-Quill Merging, a method. K-Quill is fast.";
    const found = mentions("T", text, methods("T", text));
    expect(found).not.toContain("Q-Zorb");
    expect(found).not.toContain("K-Quill");
    // Elsewhere the word may name an earlier model: "like U-Quill and its variants".
    const earlier = "Models like U-Quill and its variants lag. We propose a Sparse Gated U-Quill (SG U-Quill) instead.";
    expect(mentions("T", earlier)).toContain("U-Quill");
  });
  it("takes a capital letter joined to a capitalised word as a name in the abstract, not an ordinary word", () => {
    const text =
      "We segment with Q-Zorb and a U-Quill backbone, score the F-Score on X-Ray scans and sell in E-Commerce.";
    expect(mentions("T", text)).toEqual(["Q-Zorb", "U-Quill"]);
    expect(mentions("Q-Zorb Segments X-Ray Scans", "We segment scans.")).toEqual([]);
  });
  it("ends a release at the sentence's full stop", () => {
    expect(mentions("T", "We tune QuorbLM 2.5-7B. It works.")).toEqual(["QuorbLM 2.5-7B"]);
  });
  it("keeps a model's release written apart, and drops a size", () => {
    const text = "We compare Zorbo 2.5 Max, Quill 3.1 8B, Vexa 4 and Moko v2 on the tasks. Results are in Table 2.";
    expect(mentions("T", text)).toEqual(["Zorbo 2.5 Max", "Quill 3.1", "Vexa 4", "Moko v2"]);
    // Ordinary words with numbers are no releases.
    const steps = "In step 2 we train; Step 3 then tests the model.";
    const here = { ...lexicon, lowercaseHere: lowercaseWords(steps) };
    expect(extractMentions("T", steps, [], here)).toEqual([]);
  });
  it("reads a capitalised word after 'of the' in a capitalised phrase as the phrase's end, not a name", () => {
    expect(mentions("T", "We test on the public Grand Archive of the Lungs with QuorbNet.")).toEqual(["QuorbNet"]);
  });
  it("skips model families, number types and programming languages", () => {
    const text =
      "Large vision-language models (LVLMs) and LMMs run in Rust with f32 and i8 weights on MCUs via QuorbNet.";
    expect(mentions("T", text)).toEqual(["QuorbNet"]);
  });
  it("reads a name joined to a past participle as an adjective", () => {
    const text = "We train on QuorbNet-formatted data and ZibNet-annotated samples.";
    expect(mentions("T", text)).toEqual(["QuorbNet", "ZibNet"]);
  });
  it("counts compounds of the paper's own name with a name or a variant letter as its own", () => {
    const text = "We present Zorbix, a tokenizer. Vexo-Zorbix and Zorbix-L lead; Zorbix-formatted data is small.";
    expect(methods("Zorbix: Few Tokens", text)).toEqual(["Zorbix", "Vexo-Zorbix", "Zorbix-L"]);
    const glued = "We present Zorbix, a tokenizer; ZorbixMilli and ZorbixMicro are its small sizes.";
    expect(methods("Zorbix: Few Tokens", glued)).toEqual(["Zorbix", "ZorbixMilli", "ZorbixMicro"]);
    expect(mentions("Zorbix: Few Tokens", text, methods("Zorbix: Few Tokens", text))).toEqual([]);
  });
  it("parts a word from the next sentence at a footnote mark glued between them", () => {
    expect(mentions("T", "QuorbNet gains accuracy.222We thank the reviewers.")).toEqual(["QuorbNet"]);
    expect(mentions("T", "It scales to models.3Our code is public.")).toEqual([]);
  });
  it("reads the name a series or a family is called after", () => {
    expect(mentions("T", "We beat QUIBO-series detectors and Vexa2-family models.")).toEqual(["QUIBO", "Vexa2"]);
  });
  it("reads a benchmark's subset after its name, not a word of the sentence", () => {
    const text = "We beat Zorb on QUIB-bench Verified and on ZQ-Bench Lite, and Quib-hard cases stay hard.";
    expect(mentions("T", text)).toEqual(["Zorb", "QUIB-bench Verified", "ZQ-Bench Lite"]);
  });
  it("parts a word from the next sentence glued to it by a full stop, the space lost", () => {
    expect(mentions("T", "QuorbNet needs labels.A cheaper route is Vexa.")).toEqual(["QuorbNet", "Vexa"]);
    // Not a file or a module: the tail in lower case.
    expect(mentions("T", "Skills ship as QUIB.md files for zorb.cpp.")).toEqual(["QUIB.md", "zorb.cpp"]);
  });
  it("parts names joined by '+' into each, but keeps a one- or two-letter part with its name", () => {
    expect(mentions("T", "We beat a QuorbGPT+VexaLM pipeline.")).toEqual(["QuorbGPT", "VexaLM"]);
    expect(mentions("T", "We test on ZRB+D and on QUIB+P.")).toEqual(["ZRB+D", "QUIB+P"]);
  });
  it("reads the name after a word of negation or degree joined by a hyphen, where the text writes it alone", () => {
    const text = "We tune QuorbNet with ZoRA and compare a no-ZoRA run and a partial-QuibPE variant.";
    expect(mentions("T", text)).toEqual(["QuorbNet", "ZoRA", "partial-QuibPE"]);
    expect(mentions("T", "We tune QuorbNet with ZoRA. No-ZoRA runs lag.")).toEqual(["QuorbNet", "ZoRA"]);
    // Not any ordinary word: a name of its own.
    const own = "We compare VexaLM with video-VexaLM and long-QuibCLIP, and QuibCLIP with no-QuibCLIP.";
    expect(mentions("T", own)).toEqual(["VexaLM", "video-VexaLM", "long-QuibCLIP", "QuibCLIP"]);
  });
  it("reads a function word glued to the next word apart from it, the space lost", () => {
    expect(mentions("T", "We train Zorb withLayer-Decoupled layers and Vexa.")).toEqual(["Zorb", "Vexa"]);
  });
  it("reads no name in a word glued to a number, the space lost", () => {
    expect(mentions("T", "QuorbNet improves by49.5% over Vexa2.")).toEqual(["QuorbNet", "Vexa2"]);
  });
  it("reads the acronym the paper gives its own name as its own, not a mention", () => {
    const text = "The Neural Quib Kernel (NQK) describes training; the NQK stays fixed as QuorbNet widens.";
    expect(mentions("Neural Quib Kernel: Convergence", text, ["Neural Quib Kernel"])).toEqual(["QuorbNet"]);
  });
  it("reads a surname the paper writes before a term named after it as that person's everywhere in the paper", () => {
    const text = "We tie training to the Quorbel effect. At the strong Quorbel point, QuorbNet converges fastest.";
    expect(mentions("T", text)).toEqual(["QuorbNet"]);
    const criterion = "A Quorbel criterion-inspired bet sizes stakes; Quorbel bets beat QuorbNet.";
    expect(mentions("T", criterion)).toEqual(["QuorbNet"]);
    // Not after a word a system's name is as often followed by: "Quorbix stability" is the optimizer's, "the Zorbilla
    // law" the model's.
    expect(mentions("T", "We fit the Zorbilla law, as both Zorbilla and Gopherix follow it.")).toEqual([
      "Zorbilla",
      "Gopherix",
    ]);
    expect(mentions("T", "We analyze the Quorbix stability and show that Quorbix beats Zorbam.")).toEqual([
      "Quorbix",
      "Zorbam",
    ]);
  });
  it("keeps a name with a plural mark in parentheses", () => {
    expect(mentions("T", "We train ZPO(s) and QDN(s) agents.")).toEqual(["ZPO", "QDN"]);
  });
  it("skips a group or a function written with its argument", () => {
    expect(mentions("T", "Poses live on SO(3) and SE(3)-equivariant maps act on GL(n) with QuorbNet.")).toEqual([
      "QuorbNet",
    ]);
  });
  it("takes two capitalised names joined by 'and' or 'or', not a phrase defined with an acronym", () => {
    expect(mentions("T", "We evaluate Zorbal and Quillon on the tasks.")).toEqual(["Zorbal", "Quillon"]);
    expect(mentions("T", "We train with Vexor, Zorbal or Quillon optimizers.")).toEqual(["Vexor", "Zorbal", "Quillon"]);
    expect(mentions("T", "Slides use Brannic and Tolvex (B&T) staining.")).toEqual([]);
  });
  it("takes a name after a sentence's opening word set apart by a comma, or a name in a list", () => {
    expect(mentions("T", "Recently, Quibnet was proposed for this task.")).toEqual(["Quibnet"]);
    expect(mentions("T", "Models such as ZorbGPT, Quillon, Vexa etc. do well.")).toEqual([
      "ZorbGPT",
      "Quillon",
      "Vexa",
    ]);
  });
  it("reads a list of ordinary words capitalised as categories as naming none of them", () => {
    const here = learnLowercase(lexicon, ["a duty", "the duty and the deception, with adversity"], 1);
    const text = "Situations vary in Duty, Vexity, Adversity, Quorbing and Deception, as Zorbnet scores them.";
    expect(extractMentions("T", text, [], here).map((m) => m.name)).toEqual(["Zorbnet"]);
    // A list of names stays one, whatever one of its words.
    const names = "We compare Vexity, Quorbing, Duty and Zorbal on scans.";
    expect(extractMentions("T", names, [], here).map((m) => m.name)).toEqual(["Vexity", "Quorbing", "Zorbal"]);
  });
  it("does not read an adjective in a list, nor a capitalised word made of an ordinary one, as a name", () => {
    const text = "Problems for Asian, Levantine readers use Kernelized and Spectrally scaled layers.";
    const here = learnLowercase(lexicon, ["a kernel", "the kernel", "spectral maps", "a spectral gap"], 2);
    expect(extractMentions("T", text, [], here).map((m) => m.name)).toEqual([]);
  });
  it("leaves out an acronym defined for a lower-case phrase in the plural or for a measure", () => {
    const text =
      "Heterogeneous wave folding systems (WFS) run QuorbNet; we minimise the Vexler-Brann divergence (VBD) and " +
      "use the alternating direction method of multipliers (ADMM).";
    expect(mentions("T", text)).toEqual(["QuorbNet", "ADMM"]);
  });
  it("reads the words of a name of several words the title leads with as the paper's own", () => {
    const title = "QuillSea Tracks: A Benchmark";
    const text = "We present QuillSea Tracks, built on QuillSea Tracks footage and on ZorbNet.";
    const own = methods(title, text);
    expect(own).toEqual(["QuillSea Tracks"]);
    expect(mentions(title, text, own)).toEqual(["ZorbNet"]);
  });
  it("reads an improvement mark on the paper's name as its own, the words its name stands for as no names", () => {
    const title = "Zorbix: Small Tokens";
    const text = "We present Zorbix (Block Affine Folding). Zorbix++ (QuillNet with Captions) adds layers.";
    const own = methods(title, text);
    expect(own).toEqual(["Zorbix", "Zorbix++"]);
    expect(mentions(title, text, own)).toEqual(["QuillNet"]);
    // A combination is no improvement mark.
    expect(methods(title, "We present Zorbix. Zorbix+QuillNet is strong.")).toEqual(["Zorbix"]);
  });
  it("skips an acronym joined to an ordinary word in the plural, and a generic family in the plural", () => {
    const here = learnLowercase(lexicon, ["the cache", "a cache", "a video", "the video", "long", "so long"], 2);
    const text = "Prefilled KV-caches serve long-video-MLLMs and QuorbNet.";
    expect(extractMentions("T", text, [], here).map((m) => m.name)).toEqual(["QuorbNet"]);
  });
  it("reads a capitalised word of a spelled-out name, alone elsewhere, as no name unless the title names it", () => {
    const text = "Our Adaptive Quill Manager (AQM) schedules tasks with Quill daily. It extends Zorba and Vexa.";
    expect(mentions("T", text, ["AQM"])).toEqual(["Zorba", "Vexa"]);
    expect(mentions("Vexo-Quill for Tasks", text, ["AQM"])).toEqual(["Quill", "Zorba", "Vexa"]);
  });
  it("skips authors cited with a year or a possessive", () => {
    const text = "Recently, Brannic and Tolvex (2024) introduced a bound; we extend Marrow and Kessel's result.";
    expect(mentions("T", text)).toEqual([]);
  });
});

describe("proposal constructions (invented text)", () => {
  it("takes the spelled-out items a proposal lists as the paper's own", () => {
    const text =
      "We introduce two rules to use this signal: (1) Quiet Edge Pruning (QEP), which drops edges, and " +
      "(2) Loud Node Growth (LNG), which adds nodes.";
    expect(methods("Some Study", text)).toEqual(["QEP", "LNG"]);
  });
  it("takes the capitalised items a proposal enumerates after a colon, over several sentences", () => {
    const text =
      "We propose Zorbly. Specifically, Zorbly introduces three techniques: (1) Token Pruning, dropping tokens. " +
      "(2) Pattern Guessing, using predictors. (3) Kernel Tuning (KT), employing strategies.";
    expect(methods("Zorbly: Less Memory", text)).toEqual(["Zorbly", "Token Pruning", "Pattern Guessing", "KT"]);
    // Items of something else than the proposal, items in lower case, and an enumeration with no proposal.
    const bench = "We present ZorbBench, a suite which scores models on: (1) Deep Recall, and (2) Wide Recall.";
    expect(methods("Some Study", bench)).toEqual(["ZorbBench"]);
    expect(methods("Some Study", "We introduce three steps: (1) we prune tokens, (2) we guess patterns.")).toEqual([]);
    expect(methods("Some Study", "We study two effects: (1) Token Pruning, and (2) Pattern Guessing.")).toEqual([]);
  });
  it("takes the parts a proposal enumerates right after its verb, each after its article", () => {
    const text =
      "We propose Zorbly. Zorbly introduces (1) a Quib-Guided Adaptation (QGA) module that injects cues; (2) a " +
      "Vexa Cross Modulation (VCM) layer that stabilizes colour; and (3) an HDR Quorb Coupler that fuses signals.";
    expect(methods("Zorbly: Less Memory", text)).toEqual(["Zorbly", "QGA", "VCM", "HDR Quorb Coupler"]);
    // So are the parts a lead names as such, after a colon; not what the work addresses.
    const modules =
      "We propose Zorbly. Zorbly integrates three modules: (1) a Quib Asymmetric Module (QAM) that mimics cells, " +
      "(2) a MultiScale Vexa Module (MSVM) that replicates paths, and (3) more.";
    expect(methods("Zorbly: Less Memory", modules)).toEqual(["Zorbly", "QAM", "MSVM"]);
    const issues = "We propose Zorbly to address two issues: (1) a Memory Wall that slows decoding; (2) a Latency Gap.";
    expect(methods("Zorbly: Less Memory", issues)).toEqual(["Zorbly"]);
    expect(methods("Zorbly: Less Memory", "Zorbly addresses (1) a Slow Decoding problem and (2) drift.")).toEqual([
      "Zorbly",
    ]);
  });
  it("takes a name put forward 'by proposing' or 'by introducing' it", () => {
    const text = "We address this challenge by proposing Binarized Quorb Localization (BQL), the first binary network.";
    expect(methods("Some Study", text)).toEqual(["BQL"]);
    expect(methods("Some Study", "We close this gap by introducing Zorbix, a framework for scans.")).toEqual([
      "Zorbix",
    ]);
    // After "this" or "these", across digits and brackets and a long clause, or with "our work" as the subject.
    for (const text of [
      "We address this by introducing Zorbix, a scheduler.",
      "We tackle these by introducing Zorbix, a scheduler.",
      "We improve 3D reconstruction by introducing Zorbix, a new prior.",
      "We address these limitations (slow decoding and drift) by introducing Zorbix, a scheduler.",
      "We close the gap between training and inference by introducing Zorbix, a scheduler.",
      "Our work closes the gap by introducing Zorbix, a scheduler.",
    ])
      expect(methods("Some Study", text)).toEqual(["Zorbix"]);
    // The gerund proposes only in the paper's own clause: not another subject's, nor one after "that".
    expect(methods("Some Study", "Zorbnet, by introducing Quib Gating, overfits on small data.")).toEqual([]);
    const reported = "We show that LoRA adapts models by introducing Quibra Gates to each layer.";
    expect(methods("Some Study", reported)).toEqual([]);
    // A claim is no name, nor is the tool a work is written with.
    expect(methods("Some Study", "We address this by proposing that Zorbs learn low-rank structure.")).toEqual([]);
    expect(methods("Some Study", "We support this by developing a PyTorch implementation of the solver.")).toEqual([]);
  });
  it("takes a new thing's name in a passive proposal, its parts in 'composed of', items marked '1)'", () => {
    expect(methods("Some Study", "A new dataset, Quorbset, is presented with 12,000 images.")).toEqual(["Quorbset"]);
    // A kind of no work is no proposal.
    expect(methods("Some Study", "A new era, Modern, is presented here.")).toEqual([]);
    const lower = "In this paper, a new dataset, Quorbset, is presented with 12,000 images.";
    expect(methods("Some Study", lower)).toEqual(["Quorbset"]);
    // A name put to use is none of the paper's: "introduced as the source", "into the decoder".
    expect(methods("Some Study", "ImageNet is introduced as the pretraining source. We study drift.")).toEqual([]);
    expect(methods("Some Study", "Zorbformer is introduced into the decoder. We study drift.")).toEqual([]);
    const composed =
      "We propose Zorb Memory (ZM), a module composed of a Causal Quib-Gram Encoder and a Gated Vexa Injector.";
    expect(methods("Some Study", composed)).toEqual(["ZM", "Causal Quib-Gram Encoder", "Gated Vexa Injector"]);
    // Parts that are families the lexicon calls generic are no names of the paper's.
    expect(
      methods(
        "Some Study",
        "We propose Zorb, a pipeline consisting of a Vision Transformer and a Large Language Model.",
      ),
    ).toEqual(["Zorb"]);
    const marked = "Zorb: Fast Video || We propose two strategies: 1) Quorb Cache Swapping. 2) Feature Quib Chunking.";
    const [title = "", abstract = ""] = marked.split(" || ");
    expect(methods(title, abstract)).toEqual(["Zorb", "Quorb Cache Swapping", "Feature Quib Chunking"]);
  });
  it("takes no parts of another's work nor known ones, no findings in Title Case, no marks in a parenthesis", () => {
    const known = "We propose Quibset, a benchmark comprising the Stanford Zorb Treebank and the Amazon Vexa Reviews.";
    expect(methods("Some Study", known)).toEqual(["Quibset"]);
    const other =
      "We propose Zorb. Unlike Quib, composed of a Vision Vexa Encoder and a Text Vexa Encoder, Zorb is one.";
    expect(methods("Some Study", other)).toEqual(["Zorb"]);
    const findings = "We propose Zorb. We find: (1) Bigger Is Better. (2) Data Quality Matters. (3) Less Is More.";
    expect(methods("Some Study", findings)).toEqual(["Zorb"]);
    // "(1)" is followed by "(2)", never by the "2)" of "Llama-2)" or of "see Fig. 2)".
    const marks = "We propose Zorb: (1) Quorb Swapping, which runs in O(n^2) time (see Fig. 2) Vexa Folding, for cost.";
    expect(methods("Some Study", marks)).toEqual(["Zorb", "Quorb Swapping"]);
    const plain =
      "We propose three steps: 1) Quorb Swapping, as in (Quib 2) Vexa Folding, for cost. 2) Zorb Mixing, late.";
    expect(methods("Some Study", plain)).toEqual(["Quorb Swapping", "Zorb Mixing"]);
  });
  it("ends an item's name before 'with': '(2) Concave Vexa Pruning with an exit'", () => {
    const text =
      "We propose HiZorb. HiZorb features two innovations: (1) Late Quorbing, which skips layers; and (2) Concave " +
      "Vexa Pruning with an early exit.";
    expect(methods("Some Study", text)).toEqual(["HiZorb", "Late Quorbing", "Concave Vexa Pruning"]);
    // Fields and families the items are done with are none of the paper's names.
    const stages =
      "We propose Zorb. Zorb has two stages: (1) Supervised Fine-Tuning with synthetic data, and (2) Reinforcement " +
      "Learning with verifiable rewards.";
    expect(methods("Some Study", stages)).toEqual(["Zorb"]);
  });
  it("takes every name of a list the proposal puts forward before their kind, alike names included", () => {
    const text = "We introduce the QUIB2, QUIBR and QUIBR2 algorithms, which extend QUIB.";
    expect(methods("Some Study", text)).toEqual(["QUIB2", "QUIBR", "QUIBR2"]);
    expect(methods("Some Study", "We propose Zorbnet, Zorbnet-S and Zorbnet-L models for scans.")).toEqual([
      "Zorbnet",
      "Zorbnet-S",
      "Zorbnet-L",
    ]);
    // Other families listed with the paper's name are what it builds on or compares with.
    expect(methods("Some Study", "We present Zorb, Quibnet and Vexanet models tuned for law.")).toEqual(["Zorb"]);
    // Without the kind after the list, the names after the first are not said to be the paper's.
    expect(methods("Some Study", "We propose Zorbnet, and compare Quibnet and Vexanet runs.")).toEqual(["Zorbnet"]);
  });
  it("takes the parts the paper's named work is made of, enumerated after a colon", () => {
    const text =
      "We propose Zorbly for motion. Zorbly comprises two components: (1) Quib-VQ, a quantizer of motion; and " +
      "(2) Late Grid Fusion, which fuses grids.";
    expect(methods("Zorbly: Motion Tokens", text)).toEqual(["Zorbly", "Quib-VQ", "Late Grid Fusion"]);
    // Not the parts of something that is not the paper's, nor a word that is no name.
    const other = "We study motion. Quorbnet comprises two components: (1) Quib-VQ, and (2) Late Grid Fusion.";
    expect(methods("Some Study", other)).toEqual([]);
    const plain = "We propose Zorbly. Zorbly has two parts: (1) Encoder, a network; and (2) Late Grid Fusion, a step.";
    expect(methods("Zorbly: Motion Tokens", plain)).toEqual(["Zorbly", "Late Grid Fusion"]);
    // What the work has that is no part of it: advantages, baselines.
    const traits = "We propose Zorbly. Zorbly has two advantages: (1) Low Memory Footprint, and (2) High Throughput.";
    expect(methods("Zorbly: Motion Tokens", traits)).toEqual(["Zorbly"]);
  });
  it("takes the name a paper gives what it just described", () => {
    const text = "We tune the grid for each scene. This scene-tuned grid coder (STGC) beats fixed grids.";
    expect(methods("Some Study", text)).toEqual(["STGC"]);
  });
  it("takes capitalised words before a head noun as a name, but not one word nor an adjective", () => {
    expect(methods("Some Study", "We introduce a Deep Pondering mode that thinks longer.")).toEqual(["Deep Pondering"]);
    expect(methods("Some Study", "Training uses a novel Layered Echo Fusion method and more data.")).toEqual([
      "Layered Echo Fusion",
    ]);
    expect(methods("Some Study", "We propose a Quiet Grid framework (QGF) for maps.")).toEqual(["QGF"]);
    expect(methods("Some Study", "We present a new MIL algorithm and a novel GNN-based method.")).toEqual([]);
  });
  it("takes capitalised words up to a capitalised head noun after a proposal, but not a family or a kind", () => {
    const design = "To keep it stable, we design an Elastic Tether Strategy, which loosens the bound.";
    expect(methods("Some Study", design)).toEqual(["Elastic Tether Strategy"]);
    expect(methods("Some Study", "We propose a Folded Gradient Method (FGM), which halves memory.")).toEqual(["FGM"]);
    // A family the field abbreviates (GNN, VLM), or a kind of approach built on a named one.
    expect(methods("Some Study", "We propose a Graph Neural Network, which reads molecules.")).toEqual([]);
    expect(methods("Some Study", "This study introduces a Vision-Language Model (VLM) for scans.")).toEqual([]);
    expect(methods("Some Study", "We present a Cycle-Consistent Adversarial Network (CycleGAN) approach.")).toEqual([]);
  });
  it("takes one capitalised word right after a proposal, unless the paper writes it in lower case too", () => {
    expect(methods("Some Study", "Models drift. We propose Zorb, which is fast.")).toEqual(["Zorb"]);
    expect(methods("Some Study", "Models drift. In this paper we introduce Quill: a fast model.")).toEqual(["Quill"]);
    expect(methods("Some Study", "We propose Gradient, which is fast.")).toEqual([]);
    expect(methods("Some Study", "We present Figure 2 and more.")).toEqual([]);
  });
  it("takes a capitalised compound of ordinary words right after a proposal, with an apposition", () => {
    expect(methods("Some Study", "Models drift. We propose Meta-Lens, a novel extension of Zorb.")).toEqual([
      "Meta-Lens",
    ]);
    // Not without the apposition that says what it is.
    expect(methods("Some Study", "Models drift. We propose Meta-Lens for maps.")).toEqual([]);
  });
  it("takes a phrase in quotes right after a proposal, then what it is or does, as a coined name in lower case", () => {
    expect(methods("Some Study", 'Models drift. We propose "split tuning", a novel approach.')).toEqual([
      "split tuning",
    ]);
    expect(methods("Some Study", 'Models drift. We propose "split tuning", which is fast.')).toEqual(["split tuning"]);
    expect(methods("Some Study", 'Models drift. We propose "look-back decoding" to fix it.')).toEqual([
      "look-back decoding",
    ]);
    // A quoted word inside a description, or before its kind, may be an adjective.
    expect(methods("Some Study", 'Models drift. We propose a minimal robustness "patching" step.')).toEqual([]);
    expect(methods("Some Study", "Models drift. We propose a novel “plug-and-play” module.")).toEqual([]);
  });
  it("takes the capitalised name set off after a described kind, hyphenated or of several words", () => {
    expect(methods("Some Study", "We introduce a new optimizer, Zorb, that is fast.")).toEqual(["Zorb"]);
    expect(
      methods("Some Study", "We introduce a novel compression algorithm: Hyper-Squash, whose core is one map."),
    ).toEqual(["Hyper-Squash"]);
    expect(methods("Some Study", "We present a novel framework, Deep Tether (DT), for maps.")).toEqual(["DT"]);
    // An adjective after the comma names nothing.
    expect(methods("Some Study", "We propose a new loss, Adam-like, for tuning.")).toEqual([]);
  });
  it("takes the name after naming words, not the words describing it nor those after it", () => {
    expect(methods("Some Study", "Models drift. We call this proposed algorithm Zorb+.")).toEqual(["Zorb+"]);
    expect(methods("Some Study", "We call the resulting optimizer (Quill) stable.")).toEqual(["Quill"]);
    expect(methods("Some Study", "We call it FoldFlow model for short.")).toEqual(["FoldFlow"]);
    // An eponym's term stays whole.
    expect(methods("Some Study", "It is called the Quorb error, and it is small.")).toEqual(["Quorb error"]);
  });
  it("takes a name the abstract says is proposed, in the present tense only", () => {
    expect(methods("Some Study", "Zorbit is proposed to fix drift.")).toEqual(["Zorbit"]);
    expect(methods("Some Study", "In this paper, Deep Tether (DT) is introduced for maps.")).toEqual(["DT"]);
    expect(methods("Some Study", "Quorbit was proposed to fix drift. A new method is proposed here.")).toEqual([]);
  });
  it("ends a proposal's description at a preposition: what follows is its subject", () => {
    const text = "This study presents a comparison between two systems: the open agent ZorbMed and the model Quill-4.";
    expect(methods("Some Study", text)).toEqual([]);
    const upon = "This paper proposes a decomposition method for questions, building upon the ZORBQA framework.";
    expect(methods("Some Study", upon)).toEqual([]);
  });
  it("reads a title prefix with a comma as a slogan, two names joined by '&' as two names", () => {
    expect(methods("Think Less, Learn More: Sparse Updates", "Think less, learn more.")).toEqual([]);
    expect(methods("ZorbNet & ZorbDet: Tiny Models", "We build ZorbNet and ZorbDet.")).toEqual(["ZorbNet", "ZorbDet"]);
  });
  it("takes the name a second proposal verb puts forward, after 'and'", () => {
    const text = "We propose that long tasks be split into parts and introduce ZORBIT, a fine-tuning framework.";
    expect(methods("A Study", text)).toEqual(["ZORBIT"]);
    expect(methods("A Study", "We propose a method and show that it beats QuillNet.")).toEqual([]);
    // Not a verb of earlier work in a clause between, nor one in another tense.
    const earlier = "We propose a loss, following work that studied tasks and introduced QuillNet, a model.";
    expect(methods("A Study", earlier)).toEqual([]);
  });
  it("takes a name after a kind described with commas or a colon and 'the', or led by a dimension", () => {
    expect(methods("A Study", "We propose a novel, labor-saving system, Zorblax, designed for tasks.")).toEqual([
      "Zorblax",
    ]);
    const colon = "This paper introduces a new paradigm: the Quill Activation Fold Transfer (QAFT), a framework.";
    expect(methods("A Study", colon)).toEqual(["QAFT"]);
    expect(methods("A Study", "We introduce 3D Quill Folding (3DQF), a novel framework for scenes.")).toEqual(["3DQF"]);
  });
  it("takes the acronym a named description goes by, not the description", () => {
    expect(methods("A Study", "We call the resulting quantized low-rank folding method (QLRF) and test it.")).toEqual([
      "QLRF",
    ]);
  });
  it("reads names of several families listed after 'namely' as what the paper compares, one family as its own", () => {
    const compared = "We benchmark seven models, namely Zorb-2B, Zorb-7B, Quib-3B, and Flan-9B, on two tasks.";
    expect(methods("A Study", compared)).toEqual([]);
    expect(mentions("A Study", compared)).toEqual(expect.arrayContaining(["Zorb-2B", "Quib-3B", "Flan-9B"]));
    const variants = "We propose three variants, namely QuorbNet-S, QuorbNet-M and QuorbNet-L, for phones.";
    expect(methods("A Study", variants)).toContain("QuorbNet-S");
    const parts = "Our framework has three modules, namely ZorbEnc, QuillDec and GridFuse, which we design.";
    expect(methods("A Study", parts)).toContain("ZorbEnc");
  });
  it("does not take a kind named with its article as a name", () => {
    expect(methods("A Study", "We observe a few pixels (referred to as a pixel patch) to predict the rest.")).toEqual(
      [],
    );
  });
  it("does not take what the paper's work is based on, nor a venue it was presented at", () => {
    const based = "We develop ZorbGuard, a Diffusion Quill Model (DQM)-based guard model for chats.";
    expect(methods("A Study", based)).toEqual(["ZorbGuard"]);
    const guided = "We develop a Fisher Quorb Matrix (FQM) guided metric. We develop Zorb Folding (ZF) based on grids.";
    expect(methods("A Study", guided)).toEqual(["ZF"]);
    const venue = "We fold grids. This paper was presented at the Quorb Conference on Folding Systems (QCFS).";
    expect(methods("A Study", venue)).toEqual([]);
  });
  it("does not take a so-called name as the paper's own", () => {
    expect(methods("A Study", "We train QuorbNet to minimise the so-termed Zorb error of random starts.")).toEqual([]);
    expect(methods("A Study", "We pass the so-called Quib test in every run.")).toEqual([]);
    expect(methods("A Study", "We present a compact detector, also called ZorbNet, for phones.")).toEqual(["ZorbNet"]);
  });
  it("takes a part the paper describes after its proposal, opening a sentence with its spelled-out name", () => {
    const text =
      "We propose ZorbAgent, a consultation framework. It has three modules. The Temporal Quill Adapter (TQA) " +
      "turns plans into code, and the rest is shared.";
    expect(methods("A Study", text)).toEqual(["ZorbAgent", "TQA"]);
    // Before the proposal, the same sentence describes earlier work.
    const earlier = "The Temporal Quill Adapter (TQA) turns plans into code. We propose ZorbAgent, a framework.";
    expect(methods("A Study", earlier)).toEqual(["ZorbAgent"]);
    // Without the article, or after an item's mark, as the subject of what the part does.
    // Without the article: after a sentence announcing the parts, or an item's mark or a linking word.
    const bare =
      "We propose ZorbAgent, a framework with two modules. Banded Echo Alignment (BEA) aligns scans. Second, Quorb " +
      "Rank Fusion (QRF) builds maps. Moreover, Grid Drift Estimation (GDE) tracks drift.";
    expect(methods("A Study", bare)).toEqual(["ZorbAgent", "BEA", "QRF", "GDE"]);
    // Otherwise the sentence may describe earlier work the paper improves on.
    const prior =
      "We propose Zorbpo, a new alignment method. Direct Quorb Optimization (DQO) requires a reference model.";
    expect(methods("A Study", prior)).toEqual(["Zorbpo"]);
  });
  it("takes a name written after 'the proposed', not a family", () => {
    expect(methods("A Study", "We study scans. The proposed Quorb-CNN leverages the recurrence of grids.")).toEqual([
      "Quorb-CNN",
    ]);
    expect(methods("A Study", "We study links. The proposed AE beats the baselines.")).toEqual([]);
  });
  it("takes the acronym of an expansion a proposed name only starts", () => {
    const text = "We then propose a new Quorb Folding method on Grid Data (QFGD) for city-level maps.";
    expect(methods("A Study", text)).toEqual(["QFGD"]);
    // A one-word name stays when its parts are named after it.
    const parts = "We introduce Quorb, a new library. We further propose Quorb Cache Tuning (QCT) for it.";
    expect(methods("A Study", parts)).toEqual(["Quorb", "QCT"]);
  });
  it("takes the name of what the paper proposes, whatever its kind, set off after 'our proposed'", () => {
    expect(methods("A Study", "Based on this, our proposed image tokenizer, Zorbtok, gains much.")).toEqual([
      "Zorbtok",
    ]);
  });
  it("takes a name a proposal gives with the definite article and its kind, not one of a kind described", () => {
    expect(methods("A Study", "We propose the MLLM-ZAP framework that plans actions.")).toEqual(["MLLM-ZAP"]);
    expect(methods("A Study", "We propose a novel RBN algorithm for graphs.")).toEqual([]);
    expect(methods("A Study", "We propose a method leveraging the Quill-Train strategy.")).toEqual([]);
  });
  it("takes the parts the paper's work, named by its kind, puts forward", () => {
    const text =
      "We propose a framework named Sequential Quill Folding (SQF). This framework introduces the Quill Rank " +
      "Learning (QRL) method to cut variance and the Adaptive Fold Selection (AFS) module to keep information.";
    expect(methods("A Study", text)).toEqual(["SQF", "QRL", "AFS"]);
    // However long the sentence's list: each part named counts with the others.
    const long =
      "We propose a framework named Sequential Quill Folding (SQF). This framework introduces the Quill Rank " +
      "Learning (QRL) method to cut the variance of gradients during the first stage of training, the Adaptive Fold " +
      "Selection (AFS) module to keep information during dimension pruning, and the Banded Echo Memory (BEM) " +
      "module to tie high- and low-dimensional embeddings.";
    expect(methods("A Study", long)).toEqual(["SQF", "QRL", "AFS", "BEM"]);
    // Before the paper puts its work forward, "this method" is one the abstract describes; and a clause after the
    // verb holds what the work does not put forward.
    expect(
      methods("A Study", "Prefix tuning is popular. However, this method introduces Prompt Drift, a failure."),
    ).toEqual([]);
    expect(
      methods("A Study", "However, this method introduces latency that Low-Rank Adaptation (LoRA) avoids."),
    ).toEqual([]);
    // Nor where the clause goes on to compare: "… and, in experiments, compares well to …".
    const compared =
      "We propose Zorb. This framework introduces a quorb router for grids and, in extensive experiments on scans, " +
      "compares favourably to Long Quorb Adaptation (LQA).";
    expect(methods("A Study", compared)).toEqual(["Zorb"]);
  });
  it("takes a name given to what the proposal puts forward, whatever earlier work a phrase between names", () => {
    const text = "We propose a novel plugin for existing folding methods via banded error cuts, named Zorb.";
    expect(methods("A Study", text)).toEqual(["Zorb"]);
    expect(methods("A Study", "We propose a simple module for existing detectors, named Zorbhead.")).toEqual([
      "Zorbhead",
    ]);
    // Earlier work right before the naming word is what is named.
    const earlier = "We propose a novel scheme that improves the previously proposed optimizer named Quorbam.";
    expect(methods("A Study", earlier)).toEqual([]);
  });
  it("takes a name an apposition after it says the paper made", () => {
    const text =
      "Zorb plans in Quillang, a folding language that we design for scans. On Quorbset-9, our benchmark of 12 " +
      "tasks, Zorb wins.";
    expect(methods("Zorb: Planning Folds", text)).toEqual(["Zorb", "Quillang", "Quorbset-9"]);
    // A sentence that opens about a name, then says what the paper's work does there.
    expect(methods("A Study", "On Quorbset-9, our method achieves 3% more. Like Quillang, our model wins.")).toEqual(
      [],
    );
    // A name set against the paper's work, or one it builds on.
    const against =
      "Unlike Quorbra, our method, which trains no adapters, halves memory. Compared with Zorb-4, our model of 7B " +
      "parameters wins. We extend Vexa, an architecture that we build on.";
    expect(methods("A Study", against)).toEqual([]);
  });
  it("takes the parts the paper's work names in Title Case, once it has put its work forward", () => {
    const text =
      "We propose Zorb, a folding method. It couples a Drift Vector Selector, which keeps information, with " +
      "incorporated Banded Echo Clipping to suppress outliers and a Quorb Rank Fusion module.";
    expect(methods("Zorb: Folding Scans", text)).toEqual([
      "Zorb",
      "Drift Vector Selector",
      "Banded Echo Clipping",
      "Quorb Rank Fusion",
    ]);
    // Not before a proposal, nor the title's words, a name used, a person's, an adjective or a generic kind.
    expect(methods("A Study", "Scans hold a Drift Vector Selector, which keeps information.")).toEqual([]);
    const others =
      "We propose Zorb. It refines Quorb Echo Folding to keep scans, we adopt Banded Echo Clipping to suppress " +
      "outliers, a Bayesian Knowledge Quorbing that tracks, a Quorb Moving Average-based loss for scans and a " +
      "Banded Sparse Vision Transformer that samples.";
    expect(methods("Zorb: Quorb Echo Folding", others)).toEqual(["Zorb"]);
    // Nor what the work is compared with or evaluated on, nor two names joined by "and".
    const measured =
      "We propose Zorb. Zorb outperforms Direct Quorb Optimization for alignment, is evaluated on Long Quorb " +
      "Arena, which tests memory, and we compare against Direct Quorb Tuning and Proximal Quorb Tuning for scans.";
    expect(methods("A Study", measured)).toEqual(["Zorb"]);
  });
  it("takes a name sharing the coined stem of the paper's name, not one sharing an earlier name", () => {
    const coined = "We present ZorbMosaic-Bench, a benchmark. Tasks are made with ZorbMosaic-Flow, a pipeline.";
    expect(methods("ZorbMosaic-Bench: Testing Agents", coined)).toEqual(["ZorbMosaic-Bench", "ZorbMosaic-Flow"]);
    expect(methods("ZorbMosaic-Bench: Testing Agents", `${coined} SuperZorbMosaic-Flow is another.`)).toEqual([
      "ZorbMosaic-Bench",
      "ZorbMosaic-Flow",
    ]);
    const earlier = "We present QuillMix-Zorb, which extends QuillMix. We compare with QuillMix-FA.";
    expect(methods("QuillMix-Zorb: Tiny Adapters", earlier)).toEqual(["QuillMix-Zorb"]);
    // A stem in capitals, and a dataset's size after the stem.
    const capitals = "We present QUIB-Bench, built on QUIB-4K, a dataset. QUIB-TRACE, a reference pipeline, is best.";
    expect(methods("QUIB-Bench: Testing Agents", capitals)).toEqual(["QUIB-Bench", "QUIB-4K", "QUIB-TRACE"]);
    // Not one its clause calls earlier work.
    const prior = "We present QUIB-Bench for agents. We compare QUIB-Large, from earlier work, and QUIB-R, a baseline.";
    expect(methods("QUIB-Bench: Testing Agents", prior)).toEqual(["QUIB-Bench"]);
    const beats = "We present QUIB-Bench for agents. Our QUIB-Large outperforms all baselines.";
    expect(methods("QUIB-Bench: Testing Agents", beats)).toEqual(["QUIB-Bench", "QUIB-Large"]);
  });
  it("takes each name of a proposal that gives two, each with its apposition", () => {
    const text = "We release Zorbset, a dataset of 10k images, and Quillbench, a benchmark.";
    expect(methods("A Study", text)).toEqual(["Zorbset", "Quillbench"]);
  });
  it("takes two names a proposal joins with 'and', but one name before its acronym", () => {
    expect(methods("A Study", "We propose a simple remedy, Zorb and Quib, for the issue.")).toEqual(["Zorb", "Quib"]);
    expect(methods("A Study", "We propose ZorbNet and QuillNet, two fast models.")).toEqual(["ZorbNet", "QuillNet"]);
    expect(methods("A Study", "We propose ZorbNet and evaluate it on the tasks.")).toEqual(["ZorbNet"]);
    expect(methods("A Study", "We propose a novel framework, Divide and Merge (DAM), to do it.")).toEqual(["DAM"]);
    // Each with a phrase of the same preposition: a parallel pair.
    const parallel = "We introduce QuibLoRA with adaptive ranks and QuibAdapter with adaptive kernel sizes.";
    expect(methods("A Study", parallel)).toEqual(["QuibLoRA", "QuibAdapter"]);
    const other = "We introduce QuibLoRA with adaptive ranks and ZorbAdapter for adaptive kernel sizes.";
    expect(methods("A Study", other)).toEqual(["QuibLoRA"]);
  });
  it("reads a title prefix after a leading article, and a report's title as its model's name", () => {
    expect(methods("The Quill Fold Library: Fast Kernels", "We describe the Quill Fold library.")).toEqual([
      "Quill Fold Library",
    ]);
    expect(methods("Zorbix Technical Report: A Small Model", "We release a small model.")).toEqual(["Zorbix"]);
    expect(methods("The Hidden Cost: Why Models Fail", "We study why models fail.")).toEqual([]);
  });
  it("takes a title prefix holding a long form and its acronym, or a name and its spelled-out form", () => {
    expect(methods("Balancing Nudges (BN): Fast Training", "We study updates.")).toEqual(["Balancing Nudges", "BN"]);
    expect(methods("Mixture-of-Quill-Folds (MoQF): Sparse Layers", "We study layers.")).toEqual([
      "Mixture-of-Quill-Folds",
      "MoQF",
    ]);
    expect(methods("ZorbBench (Zorb Benchmark): Testing Models", "We test models.")).toEqual(["ZorbBench"]);
    expect(methods("Quorb-Led Density and Drift (QDD): Testing", "We test models.")).toEqual([
      "Quorb-Led Density and Drift",
      "QDD",
    ]);
    // Only when the acronym spells the whole prefix: not a study or a survey of a named thing.
    expect(methods("Rethinking Quorb of Experts (QoE): A Study", "We study layers.")).toEqual([]);
    expect(methods("Ask Twice (and Think): On Prompts", "We study prompts.")).toEqual([]);
  });
  it("takes a title prefix naming a release or a Title-Case benchmark, whether the abstract repeats it or not", () => {
    expect(methods("Vexorin v3 Small: A Model", "We release a model.")).toEqual(["Vexorin v3 Small"]);
    expect(methods("QuillDB II: More Tables", "We release tables.")).toEqual(["QuillDB II"]);
    expect(methods("Lifelong Folding Bench: Testing Models", "We test models.")).toEqual(["Lifelong Folding Bench"]);
    // A year is no release; a descriptive prefix stays a phrase.
    expect(methods("Vexorin 2026: A Workshop Entry", "We enter.")).toEqual([]);
    expect(methods("Lifelong Folding Matters: Testing Models", "We test models.")).toEqual([]);
  });
  it("takes a title prefix the abstract repeats in the singular", () => {
    expect(methods("Quiet Weight Marks: Tracing Models", "We find a Quiet Weight Mark in each model.")).toEqual([
      "Quiet Weight Marks",
    ]);
  });
});

describe("the prior-work window", () => {
  it("reads the three words before a proposal verb, whatever the spaces", () => {
    // "Recently," is the third word before "proposed" (the space before the verb is no word).
    expect(methods("Some Study", "Recently, we have proposed QuorbNet, a model. It is tested here.")).toEqual([]);
  });
});

describe("the paper's method as the speaker", () => {
  it("reads what a name the paper introduces designs or introduces as the paper's own", () => {
    const text =
      "We present Zorbix, a compressor. Furthermore, Zorbix designs a fused operator, QuillMix, for speed. " +
      "Zorbix also introduces Grid Echo Routing (GER) to route tokens. Zorbix uses LoRA (Low-Rank Adaptation).";
    expect(methods("Some Study", text)).toEqual(["Zorbix", "QuillMix", "GER"]);
  });
  it("keeps a version's dots in a variant of the paper's name", () => {
    expect(methods("Some Study", "We present Zorbix, a model; Zorbix-1.5 is its larger size.")).toEqual([
      "Zorbix",
      "Zorbix-1.5",
    ]);
  });
});

describe("acronyms the paper coins in words of its own", () => {
  it("takes an acronym other papers use for something else, where no other text spells out its long form", () => {
    // The collection writes "QSR" as a name in two other texts, for a quorbed sparse row.
    const texts = [
      "We store weights in QSR format. A quorbed sparse row (QSR) layout helps.",
      "Our kernel reads QSR matrices; quorbed sparse row (QSR) storage is standard.",
      "we use a simple gradient method",
    ];
    const learned = learnLowercase(
      loadLexicon(join(import.meta.dirname, "../../content/vocabulary/lexicon.json")),
      texts,
    );
    const own =
      "We propose Zorb. Zorb replaces gating with a Quorb Semantic Resonance (QSR) module, which routes tokens.";
    expect(extractMethods("Zorb: Routing", own, learned).map((m) => m.name)).toEqual(["Zorb", "QSR"]);
    const used = "We propose Zorb. Zorb replaces gating with a quorbed sparse row (QSR) module, which routes tokens.";
    expect(extractMethods("Zorb: Routing", used, learned).map((m) => m.name)).toEqual(["Zorb"]);
  });
  it("takes the acronyms of the parts a proposal announces by kind and names with 'the' and their kind", () => {
    const text =
      "We propose Zorb. To do so, we introduce two key components, including the Quib Sentence Selection (QSS) " +
      "module and the Vexa Sampling Supervision (VSS) module.";
    expect(methods("Zorb: Captions", text)).toEqual(["Zorb", "QSS", "VSS"]);
    // Not parts of a kind another's work is made of.
    const other =
      "We propose Zorb. Prior systems use two components, including the Quib Sentence Selection (QSS) module.";
    expect(methods("Zorb: Captions", other)).toEqual(["Zorb"]);
  });
  it("takes the parts a list after 'consists of:' names, each with its acronym", () => {
    const abstract =
      "Zorb is a filter for noisy labels. Zorb consists of: (1) a Label Quib Score (LQS) that ranks samples; " +
      "(2) a Vexa Margin Rule (VMR) that drops outliers; and (3) a Soft Quib Schedule that reweights the rest.";
    expect(methods("Zorb: Filtering Labels", abstract)).toEqual(["Zorb", "LQS", "VMR", "Soft Quib Schedule"]);
    // Items that are sentences of their own, after "encompasses … components:".
    const sentences =
      "Zorb-IOD encompasses three principal components: 1) Conflict-Aware Quib Refinement (CQR), which mitigates " +
      "confusion. 2) Vexa Kernel Selection (VKS), which updates kernels. 3) Cross-Stage Quib Distillation (CSQD), " +
      "which aligns stages.";
    expect(methods("Zorb-IOD: Detection", sentences)).toEqual(["Zorb-IOD", "CQR", "VKS", "CSQD"]);
  });
  it("takes the acronyms listed after one another rule took as the paper's own, not after the title's", () => {
    const metrics =
      "To rate tutors, we introduce three key evaluation metrics: Patience Quib (PaQ), Clarity Quib (ClQ), " +
      "and a Joint Tutor Score (JTS), each computed per turn.";
    expect(methods("Tutoring Things", metrics)).toEqual(["PaQ", "ClQ", "JTS"]);
    // The title's acronym leads no list: what the paper evaluates after it is others'.
    const title =
      "We propose QS, a planner. We evaluate Quib Search (QS), Vexa Beam Search (VBS) and Greedy Tree Search.";
    expect(methods("QS: Quib Search for Agents", title)).toEqual(["QS"]);
  });
  it("takes an acronym set off as new in a sentence of the paper's work, not in one of background", () => {
    const own =
      "We release Zorbex, a protein model. Zorbex is tuned with Masked Quib Alignment (MQA), a new objective " +
      "that weights rare residues.";
    expect(methods("Zorbex: Protein Models", own)).toEqual(["Zorbex", "MQA"]);
    const background = "Reinforcement Learning with Quib Rewards (RLQR), a new paradigm for alignment, has emerged.";
    expect(methods("Alignment Things", `${background} We analyse its failure modes.`)).toEqual([]);
    const window =
      "Existing agents for documents are all trained with Quib Policy Optimization (QPO), a new objective.";
    expect(methods("Agent Things", window)).toEqual([]);
    // (Words of earlier work inside the apposition's own description are no sign: "beats existing losses".)
    const beats =
      "We propose Zorb, a tracker. Zorb is trained with a Quib Anchor Loss (QAL), a novel loss that beats " +
      "existing ones.";
    expect(methods("Zorb: Tracking", beats)).toEqual(["Zorb", "QAL"]);
    const released = "We test ten models on the Quib Reasoning Set (QRS), a new benchmark released last year.";
    expect(methods("Reasoning Things", released)).toEqual([]);
  });
  it("takes an acronym at the core of the paper's work, or one it defines, not a backbone or a task", () => {
    const core =
      "We present Scripto, a planner for robots. The core of Scripto is a Quib Action Former (QAF), which " +
      "reads goals and states together.";
    expect(methods("Scripto: Planning", core)).toEqual(["Scripto", "QAF"]);
    const backbone =
      "We present Scripto. The backbone of our method is a Residual Quib Network (RQN), pretrained widely.";
    expect(methods("Scripto: Planning", backbone)).toEqual(["Scripto"]);
    const defined = "Answers drift when charts are cropped. We define this failure as Crop-Induced Quib Drift (CIQD).";
    expect(methods("Chart Things", defined)).toEqual(["CIQD"]);
    const task = "We refer to this task as Open-World Quib Detection (OWQD) and study it.";
    expect(methods("Detection Things", task)).toEqual([]);
    const problem = "We define the problem as Quib Scene Pairing (QSP) and evaluate five detectors.";
    expect(methods("Pairing Things", problem)).toEqual([]);
    const measure = "We refer to this measure as Quib Drift Score (QDS) and report it.";
    expect(methods("Drift Things", measure)).toEqual(["QDS"]);
  });
  it("takes a part of a kind in a sentence of the paper's work, not what it sets aside or measures against", () => {
    const proposal = "We propose Vexo, a speech recognizer that adds a Gated Quib Router (GQR) block to each layer.";
    expect(methods("Speech Things", proposal)).toEqual(["Vexo", "GQR"]);
    const subject =
      "We propose Zorbit, a retriever. Zorbit swaps dense scoring for a Bank of Quib Anchors (BQA) module, which " +
      "scores passages by anchor votes.";
    expect(methods("Zorbit: Retrieval", subject)).toEqual(["Zorbit", "BQA"]);
    const baseline = "We build a strong baseline from a QuibBERT encoder and a Conditional Quib Field (CQF) layer.";
    expect(methods("Entity Things", baseline)).toEqual([]);
    const instead = "Instead of a Dense Quib Fusion (DQF) module, we propose Zorb, a lighter detector.";
    expect(methods("Detection Things", instead)).toEqual(["Zorb"]);
    const replaced = "We propose Zorb, which replaces a Multi-Head Quib Attention (MHQA) layer with a cheaper one.";
    expect(methods("Detection Things", replaced)).toEqual(["Zorb"]);
    // A word of setting aside in another sense, or its object another, sets nothing aside.
    const dropout = "We propose Zorb, a denoiser. Zorb applies dropout before a Gated Quib Unit (GQU) module.";
    expect(methods("Denoising Things", dropout)).toEqual(["Zorb", "GQU"]);
    const through = "We propose Zorb, a denoiser that removes noise through a Gated Quib Unit (GQU) module.";
    expect(methods("Denoising Things", through)).toEqual(["Zorb", "GQU"]);
  });
  it("takes a part where the paper's work, named by its kind, is the subject, not another's model", () => {
    const own =
      "We present Quasar, a segmenter for radar images. Specifically, the model inserts a Doppler-Aware Quib Bank " +
      "(DAQB) module into each stage and trains it with a Phase Quib Matching (PQM) loss.";
    expect(methods("Quasar: Radar Segmentation", own)).toEqual(["Quasar", "DAQB", "PQM"]);
    const teacher =
      "We present Quasar, a segmenter. The teacher model employs a Dense Quib Fusion (DQF) module, which Quasar " +
      "does without.";
    expect(methods("Quasar: Radar Segmentation", teacher)).toEqual(["Quasar"]);
    const before = "The model inserts a Doppler-Aware Quib Bank (DAQB) module into each stage.";
    expect(methods("Radar Segmentation", before)).toEqual([]);
  });
  it("takes a Title-Case title prefix whose initials spell the paper's own acronym", () => {
    const abstract = "We call our estimator TQG (for the title's words) and find that our proposed TQG is stable.";
    expect(methods("Tempered Quib Gradients: Stable Estimates", abstract)).toEqual(["Tempered Quib Gradients", "TQG"]);
    const other = abstract.replaceAll("TQG", "ZQM");
    expect(methods("Tempered Quib Gradients: Stable Estimates", other)).toEqual(["ZQM"]);
  });
  it("takes a field's acronym as the paper's own where no other text of the collection spells its words out", () => {
    const others = ["We compress with the Discrete Cosine Transform (DCT).", "Discrete Cosine Transform (DCT) is old."];
    const learn = (text: string) => learnLowercase(lexicon, [...others, text], 2);
    const found = (title: string, text: string) => extractMethods(title, text, learn(text)).map((m) => m.name);
    const coined = "Prompts drift. We develop the Dual Cue Tuning (DCT) strategy to steer many layers.";
    expect(found("Steering Things", coined)).toEqual(["DCT"]);
    // The field's own spelling is the field's; so is a routine the paper's work uses, a family of models, and a
    // thing the work is made for.
    expect(found("Steering Things", coined.replace("Dual Cue Tuning", "Discrete Cosine Transform"))).not.toContain(
      "DCT",
    );
    const used = "We propose Zorb. Zorb leverages Lower-Diag-Upper Quibbing (LDU) to initialise its matrices.";
    expect(found("Zorb: Tuning", used)).toEqual(["Zorb"]);
    expect(found("Scans", "This study introduces a Vision-Language Model (VLM) for scans.")).toEqual([]);
    const purpose = "We introduce a virtual machine designed for Dual Cue Tuning (DCT) computing.";
    expect(found("VMs", purpose)).toEqual([]);
  });
  it("takes a name joined of a field's term and a word only the paper writes in lower case too", () => {
    const text =
      "We develop a refusal discovery method, LLM-quibbler, that uses prefilling. Our quibbler finds topics.";
    // (As the pipeline reads a paper: with the words it writes in lower case.)
    const here = (lex: typeof lexicon, t: string) => ({ ...lex, lowercaseHere: lowercaseWords(t) });
    const learned = here(learnLowercase(lexicon, [text, "the human and the model", "a human rater"], 2), text);
    expect(extractMethods("Forbidden Topics", text, learned).map((m) => m.name)).toEqual(["LLM-quibbler"]);
    // A word the collection writes in lower case makes a compound of ordinary words: no name.
    const human = "We develop a collaboration method, LLM-human, that uses prefilling. Our human raters agree.";
    const common = here(learnLowercase(lexicon, [human, "the human and the model", "a human rater"], 2), human);
    expect(extractMethods("Forbidden Topics", human, common).map((m) => m.name)).toEqual([]);
  });
  it("reads a short subject whole before a far verb of proposal, and not what the work is for", () => {
    const far = "Tools abound. This paper introduces the concept and architecture of a quib zorb model (QZM), a model.";
    expect(methods("Quib Things", far)).toEqual(["QZM"]);
    const purpose = "We propose Zorb, an agent for structure-aware input quibbing (IQ) subsystem generation.";
    expect(methods("Zorb: Agents", purpose)).toEqual(["Zorb"]);
    // "For the first time" says when, and a "for" further back is no purpose of the long form.
    expect(methods("Some Study", "In this paper, we propose for the first time Quib Zorb Alignment (QZA).")).toEqual([
      "QZA",
    ]);
    expect(methods("Some Study", "We propose, for robust alignment, Quib Zorb Alignment (QZA).")).toEqual(["QZA"]);
  });
  it("takes an acronym after 'our' and a long form, its kind after it", () => {
    const novel =
      'Training diverges. We mitigate it using our novel "knee point"-based Early-Stopping Quib Tuning (ESQT) ' +
      "strategy. Furthermore, we add a loss.";
    expect(methods("Stable Things", novel)).toEqual(["ESQT"]);
    const framework = "Tasks interfere. Experiments show that our Hybrid Zorb Modulation (HyZM) framework helps.";
    expect(methods("Stable Things", framework)).toEqual(["HyZM"]);
    // Not what "our" words use or are measured on, nor an acronym without its kind after it.
    expect(methods("Stable Things", "We train our agents with Proximal Zorb Optimization (PZO) algorithm.")).toEqual(
      [],
    );
    expect(methods("Stable Things", "Our results on the Zorb Quib Benchmark (ZQB) dataset hold.")).toEqual([]);
    expect(methods("Stable Things", "Our results show that Quib Mixture Zorbing (QMZ) clustering helps.")).toEqual([]);
    expect(methods("Stable Things", "Our backbone integrates Quib Space Model (QSM) principles.")).toEqual([]);
  });
  it("takes the other parts' acronyms a sentence of an own acronym spells out, not the means it is built with", () => {
    // Two rewards, the second given after "whereas".
    const designed =
      "We propose Zorbit. To learn this, we design two rewards: Quib Judgement Alignment (QJA) first calibrates " +
      "judgements, whereas ";
    const rewards = `${designed}Zorb Quality Alignment (ZQA) further improves feedback through gated rewards.`;
    expect(methods("Zorbit: Critics", rewards)).toEqual(["Zorbit", "QJA", "ZQA"]);
    const means =
      "We propose Zorbit. Our implementation introduces a Quib-Axis-Split (QAS) CUDA kernel and importance " +
      "kernels with Vexa Suppression (VS) for edge scores.";
    expect(methods("Zorbit: Splats", means)).toEqual(["Zorbit", "QAS"]);
    const against =
      "We propose Zorbit. We design Quib Judgement Alignment (QJA), which beats Zorb Quality Alignment (ZQA).";
    expect(methods("Zorbit: Critics", against)).toEqual(["Zorbit", "QJA"]);
    // Not one the sentence does not give beside it.
    const fixes =
      "We propose Zorbit. Our Quib Judgement Alignment (QJA) fixes what Zorb Quality Alignment (ZQA) misses.";
    expect(methods("Zorbit: Critics", fixes)).not.toContain("ZQA");
    // A mate spelled out in lower case counts with the kind of part after it, not as a task.
    const kind = `${designed}a simplex zorb frame (SZF) loss further spreads the experts.`;
    expect(methods("Zorbit: Critics", kind)).toEqual(["Zorbit", "QJA", "SZF"]);
    const task = `${designed}quib detection (QD) stays hard.`;
    expect(methods("Zorbit: Critics", task)).toEqual(["Zorbit", "QJA"]);
    // Nor the object of a clause of its own after the proposal's.
    const clause =
      "We propose Zorbit. We design Quib Judgement Alignment (QJA), whereas quib detection (QD) stays hard.";
    expect(methods("Zorbit: Critics", clause)).toEqual(["Zorbit", "QJA"]);
  });
  it("takes a title prefix with small words that the abstract spells out for the paper's own acronym", () => {
    const abstract = "Training is slow. Our method, dubbed Quib Your Zorb (QYZ), speeds it up.";
    expect(methods("Quib Your Zorb: Faster Training", abstract)).toEqual(["Quib Your Zorb", "QYZ"]);
    const and = "To fix this, we propose a novel framework, Quib and Zorb (QAZ), to enhance robustness.";
    expect(methods("Quib and Zorb: Robust Learning", and)).toEqual(["Quib and Zorb", "QAZ"]);
    // Not a topic the paper studies, whose acronym is no name of its own.
    expect(methods("Quib and Zorb: A Study", "We study Quib and Zorb (QAZ) in practice.")).toEqual([]);
  });
  it("does not take a name an apposition says others know", () => {
    const known = "We introduce Quibbler, a well-known decoding strategy, into agent planning.";
    expect(methods("Planning Things", known)).toEqual([]);
    expect(methods("Planning Things", known.replace("a well-known", "the standard"))).toEqual([]);
    expect(methods("Planning Things", known.replace("a well-known", "a new"))).toEqual(["Quibbler"]);
    // A compound that starts with the word is no such apposition.
    const compound = "We propose Quibbler, a classical-quantum hybrid optimizer for chemistry.";
    expect(methods("Chemistry Things", compound)).toEqual(["Quibbler"]);
  });
});

describe("the parts an enumeration of the paper's work names", () => {
  it("takes a part's capitalised words after a word or two that describe it, not a variant of ordinary words", () => {
    // The collection writes "batch whitening" in lower case.
    const texts = ["we apply batch whitening to the layers", "batch whitening keeps layers stable"];
    const learned = learnLowercase(loadLexicon(join(import.meta.dirname, "../../content/vocabulary/lexicon.json")), [
      ...texts,
      "we use a simple gradient method",
    ]);
    const text =
      "We propose KARMO. KARMO features three techniques: (1) a parameter-efficient Tiny Quib-Arnold Network " +
      "(TiQAN) module; (2) a decoupled Batch Whitening (BW) update step; (3) a lightweight Vexa Mixer (VM).";
    expect(extractMethods("T", text, learned).map((m) => m.name)).toEqual(["KARMO", "TiQAN", "VM"]);
  });
});

describe("a name whose initials spell a family's acronym", () => {
  it("takes a part's name whose initials happen to spell a family's acronym, not the family", () => {
    // "DL" is a family's acronym (deep learning), "LLM" one too.
    expect(methods("T", "We also introduce a novel Drift Loss that spreads anchors apart.")).toEqual(["Drift Loss"]);
    expect(methods("T", "We introduce a Large Language Model that reads scans.")).toEqual([]);
  });
});

describe("two names glossed before their kind", () => {
  it("takes a second name glossed in parentheses before the kind both are", () => {
    const text = "We introduce ZorbEval (developer tasks) and QuibEval (execution prediction) benchmarks; models lag.";
    expect(methods("Coding", text)).toEqual(["ZorbEval", "QuibEval"]);
  });
});

describe("the paper's answer to a problem", () => {
  it("takes the name the authors meet a problem with, set off as a kind", () => {
    expect(methods("Events", "We address this gap with ZORBM, a cross-modal framework that learns events.")).toEqual([
      "ZORBM",
    ]);
    expect(methods("Pruning", "We resolve this with ZorbK, a rotation-based pruning framework.")).toEqual(["ZorbK"]);
    // Not a name the apposition says others know.
    expect(methods("Adapters", "We address this with QuibRA, a well-known adapter, on scans.")).toEqual([]);
  });
});

describe("guards a review asked for", () => {
  it("takes no parts of a list the work is compared against, nor a known technique a part list names", () => {
    const compared =
      "We propose Zorb, a reader. Zorb is compared against two strategies: Random Quib Sampling (RQS) and " +
      "Greedy Vexa Search (GVS).";
    expect(methods("Reading", compared)).toEqual(["Zorb"]);
  });
  it("takes no name a paper only evaluates, nor one with a model's digits, as its work in a result", () => {
    const study = "We train detectors on farm images. Our results show that QuibV8 outperforms existing detectors.";
    expect(methods("Detecting", study)).toEqual([]);
  });
  it("takes no report title of a phase, a year or two models as one name", () => {
    expect(methods("Phase 2 Technical Report", "This report describes the second phase.")).toEqual([]);
    expect(methods("ZorbLM-2 and ZorbLM-3 Technical Report", "We describe two models.")).not.toContain(
      "ZorbLM-2 and ZorbLM-3",
    );
  });
  it("takes no name of another's work after a kind described with a preposition", () => {
    const text = "We present a simple extension of the widely used framework, ZorbLab, for graphs.";
    expect(methods("Graphs", text)).toEqual([]);
  });
  it("takes no part that opens a sentence of background, nor baselines a benchmark includes", () => {
    const example =
      "We propose Zorbex. For example, a Sliding Quib Window (SQW) strategy requires many passes over the data.";
    expect(methods("Reading", example)).toEqual(["Zorbex"]);
    const baselines =
      "We propose Zorb, a benchmark that includes three baseline strategies: (1) Random Quib Sampling, (2) Greedy " +
      "Vexa Search, and (3) Beam Quorb Search.";
    expect(methods("Benchmarking", baselines)).toEqual(["Zorb"]);
  });
  it("takes no public dataset the work collects from, and no size written after its name", () => {
    const collected = "We propose a sampling method to collect VexaLog, a public dataset of server logs, cheaply.";
    expect(methods("Logs", collected)).toEqual([]);
    const sizes = "We introduce Zorbocr. Zorbocr Small runs on phones; Zorbocr Large leads.";
    expect(methods("Zorbocr: Reading", sizes)).toEqual(["Zorbocr"]);
  });
  it("takes no hybrid of two families as a title's coined name", () => {
    expect(methods("CNN-Transformer: Hybrid Backbones for Scans", "We mix backbones.")).toEqual([]);
  });
});

describe("a name and its improvement", () => {
  it("takes the name an improvement's '++' extends, not one a misspelling or a release repeats", () => {
    const abstract =
      "Our earlier sampler, QuibStep, is named here too: we propose Quib Step Sampler (QuibStep) for graphs, and " +
      "QuibStep++ adds restarts to it.";
    expect(methods("QuibStep++: Restarted Sampling", abstract)).toEqual(["QuibStep++", "QuibStep"]);
    const release = "We introduce QuibSinger 2, a singer. It improves on QuibSinger in style control.";
    expect(methods("QuibSinger 2: Singing Voices", release)).toEqual(["QuibSinger 2"]);
  });

  it("keeps two names of the paper that differ in their capitals, which no misspelling changes", () => {
    const parts = "We propose ZorbMAR, a learning framework. We then design ZorbMoE, a routed module for it.";
    expect(methods("ZorbMAR: Removing Artifacts", parts)).toEqual(["ZorbMAR", "ZorbMoE"]);
    const typo = "We propose QuibNetwork, a reader. QuibNetwrok outperforms others.";
    expect(methods("QuibNetwork: Reading", typo)).toEqual(["QuibNetwork"]);
  });
});

describe("a name with 'the' or a colon before its apposition", () => {
  it("takes capitalised words after 'the' and before a colon and 'a'", () => {
    const colon =
      "For ranking bettors, this paper presents the Quib Odds Ledger: a new score replayed from their bets.";
    expect(methods("Ranking Things", colon)).toEqual(["Quib Odds Ledger"]);
    expect(methods("Ranking Things", colon.replace("the Quib", "Quib"))).toEqual(["Quib Odds Ledger"]);
    const described = "For point clouds we introduce the 3D Quib Point Coder, an explicit per-point embedding.";
    expect(methods("Point Things", described)).toEqual(["3D Quib Point Coder"]);
    // With "the", only such an apposition or words shaped as a name: not a section, nor a family others made.
    expect(methods("Ranking Things", "In Section 2 we present the Related Work, which motivates it.")).toEqual([]);
    expect(methods("Ranking Things", "We introduce the Following Definitions: a ranking is a list.")).toEqual([]);
    expect(methods("Vision Things", "We first introduce the Vision Quibformer, which splits images.")).toEqual([]);
    // Nor one the apposition says others know.
    expect(methods("Ranking Things", "We present Quib Odds Ledger: a classical score of bets.")).toEqual([]);
  });
});

describe("a part that opens its sentence", () => {
  it("takes a part of a kind that opens its sentence and acts, once the work is put forward", () => {
    const text =
      "We propose Zorbex, a reader. During inference, an Uncertainty-Aware Quib (UAQ) module calibrates the " +
      "predictions. (3) An Optical Vexa (OV) component that leverages frames guides it.";
    expect(methods("Zorbex: Reading", text)).toEqual(["Zorbex", "UAQ", "OV"]);
    // Not before the work is put forward, nor one set against it.
    const before =
      "During inference, an Uncertainty-Aware Quib (UAQ) module calibrates predictions. We propose Zorbex.";
    expect(methods("Zorbex: Reading", before)).toEqual(["Zorbex"]);
    const compared = "We propose Zorbex. A Preserve-First Quib (PFQ) strategy performs worse than it.";
    expect(methods("Zorbex: Reading", compared)).toEqual(["Zorbex"]);
  });
});

describe("the parts a list without marks names", () => {
  it("takes the acronyms of the parts the paper's work announces by count and kind, spelled out in capitals", () => {
    const text =
      "We propose Zorbex. Zorbex consists of two main modules: the Streamable Quib Tokenizer (SQT) and the " +
      "Grouped Mixture of Vexa (G-MoV). SQT encodes motion.";
    expect(methods("Zorbex: Gestures", text)).toEqual(["Zorbex", "SQT", "G-MoV"]);
    // Not the parts of others' work, nor a list of what the paper evaluates.
    const others = "We propose Zorbex. Prior work has two modules: the Quib Tokenizer (QT) and the Vexa Mixer (VM).";
    expect(methods("Zorbex: Gestures", others)).toEqual(["Zorbex"]);
  });
  it("takes the names of the parts such a list sets off by what each is, parted by semicolons", () => {
    const text =
      "We propose a cloud-edge architecture. This framework comprises three specialized components: GuideQuib, a " +
      "lightweight model at the edge; SolverQuib, a stronger model in the cloud; and JudgeQuib, an evaluator.";
    expect(methods("Coding Things", text)).toEqual(["GuideQuib", "SolverQuib", "JudgeQuib"]);
    // Not when an item is a name others write or no name at all.
    const plain = text.replace("SolverQuib", "Solver");
    expect(methods("Coding Things", plain)).toEqual([]);
  });
});

describe("a name given with what it names between the naming verb and the name", () => {
  it("takes the acronym the paper gives its mechanism, approach or phenomenon", () => {
    const text = "We call this mechanism Quib-Conditioned Vexa (QCV). QCV modifies only the read step.";
    expect(methods("Reading Less", text)).toEqual(["QCV"]);
    expect(methods("T", "We refer to this approach as Quib Folding (QF), which packs scans.")).toEqual(["QF"]);
    expect(methods("T", "We term the resulting method Vexa Quib Tuning (VQT).")).toEqual(["VQT"]);
    // Not what others call a thing.
    expect(methods("T", "Prior work calls this mechanism Quib Folding (QF).")).toEqual([]);
  });
});

describe("names put forward with their release, and two names an apposition counts", () => {
  it("takes a name with a release written apart, set off by an apposition", () => {
    expect(methods("T", "We present Zorbum 2, an open foundation model for agents.")).toEqual(["Zorbum 2"]);
    expect(methods("T", "We present Zorbum 2.5 for agents.")).toEqual(["Zorbum 2.5"]);
    // Not a word the collection writes in lower case, with its number: a part of the paper.
    const learned = learnLowercase(loadLexicon(join(import.meta.dirname, "../../content/vocabulary/lexicon.json")), [
      "the algorithm packs bins",
      "an algorithm that routes",
    ]);
    const part = "We introduce Algorithm 1, a greedy routine for packing.";
    expect(extractMethods("T", part, learned).map((m) => m.name)).toEqual([]);
  });
  it("takes two names joined by 'and' before an apposition that counts them", () => {
    const text = "We present Zorbum M.1 and Zorbum XS.2, two open foundation models for agents.";
    expect(methods("T", text)).toEqual(["Zorbum M.1", "Zorbum XS.2"]);
    expect(methods("T", "We present Zorbum and Quibix, two open foundation models.")).toEqual(["Zorbum", "Quibix"]);
    // Not a second name that is no name of the paper's: "the Quib dataset" is described, not named here.
    expect(methods("T", "We present Zorbum and the Quib dataset, two resources.")).toEqual(["Zorbum"]);
  });
});

describe("the parts a sentence of the paper's work counts out", () => {
  it("takes the name leading each numbered item, whatever the item goes on with", () => {
    const text =
      "We present Zorbit. Zorbit uses three key components: (1) Vexa-Guided Quib Budgeting assigns budgets; (2) " +
      "Banded Drift Compression, which packs the rest; and (3) Trace-Norm Rescaling for the output.";
    expect(methods("Zorbit: Packing", text)).toEqual([
      "Zorbit",
      "Vexa-Guided Quib Budgeting",
      "Banded Drift Compression",
      "Trace-Norm Rescaling",
    ]);
  });
  it("reads an enumeration that opens the sentence after the count, and one-word names", () => {
    const text =
      "We propose Quorbix. To this end, Quorbix anchors generation to a memory, made of two mechanisms. (i) QuibPop " +
      "keeps the context. (ii) Restorative Vexa Matching restores each chunk.";
    expect(methods("Quorbix: Long Videos", text)).toEqual(["Quorbix", "QuibPop", "Restorative Vexa Matching"]);
  });
  it("takes none where an item is led by an ordinary word or by no name, or the parts are others'", () => {
    const findings =
      "We study Zorb models. Our analysis has three stages: (1) Accuracy drops with depth; (2) Banded Drift grows; " +
      "(3) Vexa Scaling helps.";
    expect(methods("Zorb Models", findings)).toEqual([]);
    const others =
      "We propose Zorbit. Existing systems use two components: (1) Quib Folding assigns budgets; (2) Vexa Scaling " +
      "packs the rest.";
    expect(methods("Zorbit: Packing", others)).toEqual(["Zorbit"]);
    const spaced =
      "We propose Zorbit. Zorbit uses two key components: ( 1 ) Quib Folding assigns budgets; ( 2 ) Vexa Scaling " +
      "packs the rest.";
    expect(methods("Zorbit: Packing", spaced)).toEqual(["Zorbit", "Quib Folding", "Vexa Scaling"]);
    const prior =
      "We propose Zorbit. We build on prior work with two components: (1) Quib Folding assigns budgets; (2) Vexa " +
      "Scaling packs the rest.";
    expect(methods("Zorbit: Packing", prior)).toEqual(["Zorbit"]);
  });
  it("takes an item's acronym where one follows its name, and the acronym is no mention of the paper", () => {
    const text =
      "We introduce Zorbit. Zorbit applies a two-stage reduction pipeline: (1) Selective Quib Sending (SQS) prunes " +
      "regions; (2) Adaptive Vexa Reduction (AVR) uses a graph network.";
    const own = methods("Zorbit: Sending Less", text);
    expect(own).toEqual(["Zorbit", "SQS", "AVR"]);
    expect(mentions("Zorbit: Sending Less", text, own)).toEqual([]);
  });
  it("leaves out an item whose words open a longer name with an acronym inside", () => {
    const text =
      "We propose Zorbit. Zorbit contains three core components. (1) Quib Diffusion Planner is trained first. (2) " +
      "Finite Vexa Scaling (FVS) Autoencoder compresses it. (3) Multi-Condition Quib Translator maps text.";
    expect(methods("Zorbit: Signs", text)).toEqual([
      "Zorbit",
      "Quib Diffusion Planner",
      "Multi-Condition Quib Translator",
    ]);
  });
});

describe("the parts a sentence of the paper's work lists after a verb of composition", () => {
  it("takes each Title-Case part of the list", () => {
    const text =
      "We introduce a modular scan model that contains Quib Control, Vexa Adapter, and Zorb Adapter. It runs fast.";
    expect(methods("Fast Scans", text)).toEqual(["Quib Control", "Vexa Adapter", "Zorb Adapter"]);
    const including = "To mark the edges, we designed a Fusion Mechanism including Band Quib Fusion and Vexa Fusion.";
    expect(methods("Edges", including)).toEqual(["Band Quib Fusion", "Vexa Fusion"]);
  });
  it("takes none where a part is a known name or a family, or the whole is another's", () => {
    const known = "We introduce a scan model that contains Quib Control and Convolutional Neural Networks.";
    expect(methods("Fast Scans", known)).toEqual([]);
    const other =
      "We propose a scan model which, unlike prior models that contain Quib Control and Vexa Adapter, is small.";
    expect(methods("Fast Scans", other)).toEqual([]);
    // The paper's named work as the whole, whatever describes it; not the sources a collection of data holds.
    expect(methods("Zorb: Scans", "We propose Zorb. Zorb comprises Quib Control and Vexa Adapter.")).toEqual([
      "Zorb",
      "Quib Control",
      "Vexa Adapter",
    ]);
    const free = "We propose Zorb. Our data-free pipeline consists of Quib Control and Vexa Adapter.";
    expect(methods("Zorb: Scans", free)).toEqual(["Zorb", "Quib Control", "Vexa Adapter"]);
    const corpus =
      "We present a corpus of legal texts. Our corpus contains Quorb Court Opinions, Vexa Register Notices, " +
      "and Zorb Patent Claims.";
    expect(methods("Legal Texts", corpus)).toEqual([]);
  });
});

describe("one coined word before the kind", () => {
  it("takes one word coined in mixed case before the kind of thing it names, not a field's acronym", () => {
    expect(methods("Design", "We propose a new QuibEdit dataset that simulates a workflow.")).toEqual(["QuibEdit"]);
    expect(methods("Graphs", "We propose a novel RBN algorithm for graphs.")).toEqual([]);
  });
});

describe("a report's title", () => {
  it("takes the model a report's whole title names", () => {
    expect(methods("Zorbum2 Technical Report", "We present Zorbum 2, an open-weight model.")).toContain("Zorbum2");
    expect(methods("QUIB 5.0 Model Card", "This card describes a model.")).toEqual(["QUIB 5.0"]);
    // Not a report on a topic in ordinary words.
    expect(methods("Annual Technical Report", "This report describes a year.")).toEqual([]);
  });
  it("reads a release set off by an apposition with the name, and a report's name as the paper's words", () => {
    const title = "Q.Z K1 Technical Report";
    const text = "We introduce Q.Z K1, a 519B-parameter model trained from scratch. Q.Z K1 leads.";
    const own = methods(title, text);
    expect(own).toEqual(["Q.Z K1"]);
    expect(mentions(title, text, own)).toEqual([]);
    // A benchmark's release: its stem spelled out elsewhere is the paper's too.
    const bench = "QUIB-Bench 2.0: Failure Modes";
    const benchText = "Multi-Talker Quib (QUIB) models fail. We present QUIB-Bench 2.0, a benchmark.";
    expect(mentions(bench, benchText, methods(bench, benchText))).toEqual([]);
  });
});

describe("a kind described at length, then its name", () => {
  it("takes the name after a kind described in several words", () => {
    const text =
      "This paper introduces a fundamentally different and more direct paradigm: the Quib Activation Space " +
      "Transfer (QAST), a novel framework for adapters.";
    expect(methods("Transfer", text)).toEqual(["QAST"]);
    const apposed =
      "Finally, we establish an effective and lightweight guidance paradigm, ZAG, derived from a principle.";
    expect(methods("Guidance", apposed)).toEqual(["ZAG"]);
  });
});

describe("a title's name joined of generic terms", () => {
  it("takes a title's name joined of generic terms as coined, not in the abstract alone", () => {
    expect(methods("PPG-MoE: A Pulse Model", "We train a mixture of experts on pulses.")).toEqual(["PPG-MoE"]);
    expect(methods("Reading Beats", "We run PPG-MoE models on pulses.")).toEqual([]);
  });
});

describe("a paper that names its work only in a result", () => {
  it("takes a coined name that outperforms others' work in general, where nothing else is put forward", () => {
    const text =
      "We propose a diffusion model for completing motion. Our experimental results show that QuibDC-Net " +
      "outperforms existing methods on two datasets.";
    expect(methods("Completing Motion", text)).toEqual(["QuibDC-Net"]);
    // Not a study that compares named methods, nor an acronym of a description.
    const study = "We compare two networks. Our results show that ZorbLSTM consistently outperforms QuibLSTM.";
    expect(methods("Comparing Networks", study)).toEqual([]);
    const kind = "We study best response (BR) dynamics. The results suggest that BR achieves the best utility.";
    expect(methods("Auctions", kind)).toEqual([]);
    const described =
      "We propose a simple scheme for auctions based on quorb response dynamics (QRD). Our experiments show that " +
      "QRD outperforms existing methods.";
    expect(methods("Auctions", described)).toEqual([]);
  });
});

describe("a compound put forward with an apposition", () => {
  it("takes a compound led by one capital, and a compound before 'which'", () => {
    expect(methods("Losses", "In this paper we propose Q-Quib, a novel divergence loss for faces.")).toEqual([
      "Q-Quib",
    ]);
    expect(methods("Evaluation", "For evaluation, we present Broad-Bench, which spans many skills.")).toEqual([
      "Broad-Bench",
    ]);
  });
  it("takes a name with a script glued to it before the apposition", () => {
    expect(methods("Scaling", "Motivated by this, we propose QuibRA-$\\alpha$, a minimal framework.")).toEqual([
      "QuibRA-$\\alpha$",
    ]);
    expect(methods("Scans", "We introduce ZorbCLIP$_{CLS}$, an image model adapted from ZorbCLIP.")).toEqual([
      "ZorbCLIP$_{CLS}$",
    ]);
  });
});

describe("the verb of proposal", () => {
  it("reads the paper's verb of proposal after an earlier one that is an adjective or another's", () => {
    const text =
      "By integrating Quib with our recently proposed Vexa framework, we devise a new approach, termed Zorbex, " +
      "which outperforms both.";
    expect(methods("Prompting Things", text)).toEqual(["Zorbex"]);
  });
});

describe("what a proposal serves to make", () => {
  it("takes a name the proposal builds, set off as a new thing of a kind", () => {
    const built =
      "We propose a data engine with an inverse strategy to construct QUIB-40k, a balanced dataset of images.";
    expect(methods("Editing Things", built)).toEqual(["QUIB-40k"]);
    // Not one it builds on or describes otherwise.
    const used = "We propose a data engine to construct samples from QUIB-40k, a dataset of images.";
    expect(methods("Editing Things", used)).toEqual([]);
  });
});

describe("the parts a proposed work brings", () => {
  it("takes the parts a clause after the proposal's name introduces, shaped as names", () => {
    const abstract =
      "We propose ZorbAdapt, which introduces Coarse QuibLoRA, Fine QuibLoRA, and Token-Wise QuibLoRA to adapt " +
      "each scale.";
    expect(methods("ZorbAdapt: Adapters", abstract)).toEqual([
      "ZorbAdapt",
      "Coarse QuibLoRA",
      "Fine QuibLoRA",
      "Token-Wise QuibLoRA",
    ]);
    const fields = "We propose Zorbit, which incorporates Reinforcement Learning and Monte Carlo Search to plan.";
    expect(methods("Planning Things", fields)).toEqual(["Zorbit"]);
    // Also after the name's apposition, and with a novel part's capitalised words before what it does.
    const apposed =
      "We present ZORBAM+, an enhanced forecasting framework that introduces a novel SpatioQuib Expert " +
      "integrating road topology.";
    expect(methods("Forecasting Things", apposed)).toEqual(["ZORBAM+", "SpatioQuib Expert"]);
    expect(methods("Forecasting Things", "We propose a novel SpatioQuib Expert integrating roads.")).toEqual([
      "SpatioQuib Expert",
    ]);
  });
  it("reads an enumeration after a clause saying what the proposal is made of", () => {
    const text =
      "We propose ZorbQuant, a framework for LLMs, which incorporates three novel techniques: 1) Temporal Quib " +
      "Sampling (TQS), a calibration method. 2) Vexa-Aware Quantization (VAQ), which uses attention.";
    expect(methods("Quantizing Things", text)).toEqual(["ZorbQuant", "TQS", "VAQ"]);
    // A clause that tells what else the work does lists no part of it.
    const evaluates =
      "We propose Zorb, a benchmark, which evaluates three abilities: (1) Quib Reading, (2) Vexa Writing.";
    expect(methods("Benchmarking Things", evaluates)).toEqual(["Zorb"]);
  });
  it("takes the acronyms of parts spelled out in the clause, after any name the paper puts forward", () => {
    const participle =
      "We propose the Elastic Quib Preservation (EQP) method, integrating Importance-aware Zorb Regularization " +
      "(IZR) and Trainable Vexa Compensation (TVC) for continual learning.";
    expect(methods("Continual Things", participle)).toEqual(["EQP", "IZR", "TVC"]);
    const combined =
      "We introduce ZorbQuant, a framework that combines group-aware analysis, budgeted allocation, and a learnable " +
      "Bit-Aware Quib (BAQ) mode.";
    expect(methods("Quantizing Things", combined)).toEqual(["ZorbQuant", "BAQ"]);
  });
  it("stops at a name other work owns", () => {
    const abstract = "We propose Zorbit, which integrates Quorb Tree Search and QuibMem to plan.";
    const names = (text: string) => extractMethods("Planning Things", text, knownLexicon).map((m) => m.name);
    expect(names(abstract)).toEqual(["Zorbit"]);
    expect(names(abstract.replace("Quorb Tree Search", "VexaTree Search"))).toEqual([
      "Zorbit",
      "VexaTree Search",
      "QuibMem",
    ]);
  });
});
