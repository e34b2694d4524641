// Kinds of text real listings hold (invented sentences): names in LaTeX
// wrappers and starting with digits, sentences glued at a lost space, and
// name-looking words of kinds that are no names (metrics, languages, units,
// tasks, number formats, hardware counts, compounds of generic words).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractMentions } from "../../src/extract/mentions.ts";
import { extractMethods } from "../../src/extract/methods.ts";
import { learnLowercase, loadLexicon } from "../../src/extract/names.ts";
import { abstractText, abstractToMdast } from "../../src/parse/abstract.ts";

const lexicon = learnLowercase(
  loadLexicon(join(import.meta.dirname, "../../content/vocabulary/lexicon.json")),
  ["a human study of models"],
  1,
);
/** The abstract as the extractors read it: through its tree. */
const text = (raw: string) => abstractText(abstractToMdast(raw));
const methods = (title: string, raw: string) => extractMethods(title, text(raw), lexicon).map((m) => m.name);
const mentions = (raw: string) => extractMentions("A study", text(raw), [], lexicon).map((m) => m.name);

describe("names in real text", () => {
  it("takes a name the paper wraps in a LaTeX text style", () => {
    expect(methods("A study", "In this work we propose \\textbf{Zorbit}, a sparse optimizer.")).toEqual(["Zorbit"]);
    expect(methods("A study", "We introduce \\textsc{Quuxer}, a method for long inputs.")).toEqual(["Quuxer"]);
  });

  it("takes a name that starts with digits", () => {
    expect(methods("A study", "We propose 3D-Zorb, a volumetric encoder for scans.")).toEqual(["3D-Zorb"]);
    expect(mentions("It improves on 3DQS and 4D-GAN in speed.")).toEqual(["3DQS", "4D-GAN"]);
    expect(mentions("Sizes from 0.1B-1.2B and 24GB of memory, with 2D-Matrix views.")).toEqual([]);
  });

  it("reads two sentences glued at a lost space as two", () => {
    expect(mentions("We compare both methods.We then test ZorbNet on long inputs.")).toEqual(["ZorbNet"]);
    // Before a name in capitals too; a file's name goes on in lower case and stays whole.
    expect(mentions("We fuse the features.QB-Bench then scores ZorbNet from its SKILL.md file.")).toEqual([
      "QB-Bench",
      "ZorbNet",
      "SKILL.md",
    ]);
    // Nor is a name with a dot cut: "ZorbPrem.LLM".
    expect(methods("ZorbPrem.LLM: a toolkit", "We present ZorbPrem.LLM, a toolkit.")).toEqual(["ZorbPrem.LLM"]);
  });

  it("takes no metric, language, unit, task acronym or number format for a name", () => {
    const raw =
      "ZorbNet raises PSNR by 2 dB and mIoU by 3 points on English and Chinese T2I and CT tasks, " +
      "with AUROC 0.9 in W4A16 and NVFP4.";
    expect(mentions(raw)).toEqual(["ZorbNet"]);
  });

  it("takes no hardware count or compound of generic words for a name", () => {
    expect(mentions("Trained on four-A100 and 8xH100 nodes with CPU-NPU transfers in human-AI studies.")).toEqual([]);
    // Accelerators named by their architecture or product line are hardware too.
    expect(mentions("ZorbNet runs on Hopper and Blackwell GPUs, an MI250X node and a Jetson board.")).toEqual([
      "ZorbNet",
    ]);
  });

  it("takes the capitalised items of a list of names, not of a list of ordinary words", () => {
    expect(mentions("We compare Zorbo-2, Quill, Marlo, Tesk, Vorn, and Pim on long inputs.")).toEqual([
      "Zorbo-2",
      "Quill",
      "Marlo",
      "Tesk",
      "Vorn",
      "Pim",
    ]);
    expect(mentions("The study spans Monday and Tuesday with a human panel.")).toEqual([]);
  });

  it("lets no single paper's lower-case spelling make an ordinary word of a name", () => {
    const base = loadLexicon(join(import.meta.dirname, "../../content/vocabulary/lexicon.json"));
    const once = learnLowercase(base, ["we install zorbtorch with pip", "a study of models"]);
    expect(extractMentions("A study", "We port ZorbTorch code to new kernels.", [], once).map((m) => m.name)).toEqual([
      "ZorbTorch",
    ]);
    const twice = learnLowercase(base, ["we install zorbtorch with pip", "zorbtorch again"]);
    expect(extractMentions("A study", "We port ZorbTorch code to new kernels.", [], twice)).toEqual([]);
  });

  it("keeps a name that more texts write as a name than in lower case (a model id)", () => {
    const base = loadLexicon(join(import.meta.dirname, "../../content/vocabulary/lexicon.json"));
    const ids = ["T\nwe load zorbtorch-7b weights", "T\nthe zorbtorch-13b model"];
    const names = ["T\nWe tune ZorbTorch on scans.", "T\nResults with ZorbTorch hold.", "T\nWe ask ZorbTorch again."];
    const port = "We port ZorbTorch code to new kernels.";
    const named = learnLowercase(base, [...ids, ...names]);
    expect(extractMentions("A study", port, [], named).map((m) => m.name)).toEqual(["ZorbTorch"]);
    // Capitalised only inside capitalised phrases ("Zorb Torch Arena"), it stays an ordinary word.
    const phrases = ["T\nOn the Zorbtorch Arena board.", "T\nThe Big Zorbtorch test.", "T\nA Zorbtorch Cup run."];
    const phrased = learnLowercase(base, [...ids, ...phrases]);
    expect(extractMentions("A study", port, [], phrased)).toEqual([]);
  });

  it("takes a dataset or benchmark the paper builds, constructs or curates", () => {
    expect(methods("A study", "To train it, we construct Zorb-1M, a million-scale corpus of scans.")).toEqual([
      "Zorb-1M",
    ]);
    expect(methods("A study", "We curate QuuxBench, a suite of long tasks.")).toEqual(["QuuxBench"]);
  });

  it("takes the name the paper gives its own framework, model or tool", () => {
    expect(methods("A study", "We extend our asynchronous training framework, Zorbly, to many tasks.")).toEqual([
      "Zorbly",
    ]);
    expect(methods("A study", "Our fine-tuned model, QuuxCoder-7B, beats all baselines.")).toEqual(["QuuxCoder-7B"]);
  });
});
