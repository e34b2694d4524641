import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadVocabulary, wordsAfter, wordsBefore } from "../../src/extract/concepts.ts";
import { tagger } from "../helpers/tagger.ts";

const ids = (title: string, abstract: string) => tagger.tag(title, abstract).map((c) => c.id);
const quantizedPrefix = "We quantize weights to low-bit integers and keep a mixed-precision head;";
const vocabularyPath = join(import.meta.dirname, "../../content/vocabulary/concepts.json");

describe("concepts", () => {
  it("reads physics-based, thermodynamic and analog as hardware only before a device or computing", () => {
    const device = "Zorb maps networks onto thermodynamic computing devices and analog in-memory chips.";
    expect(ids("Zorb: Physics-Based Hardware", device)).toContain("hardware");
    const modelling = "Zorb learns physics-based motion and thermodynamic regimes from analog sensor logs.";
    expect(ids("Zorb: Physics-Based Motion", modelling)).not.toContain("hardware");
  });
  it("resolves 'kernel' by its sense", () => {
    expect(ids("Fast kernels", "We write fused CUDA kernels and tune kernel launch parameters.")).toContain(
      "gpu-kernels",
    );
    expect(
      ids(
        "A study",
        "Kernel regression with a Gaussian kernel and random features is analysed; the kernel method generalises.",
      ),
    ).toContain("kernel-methods");
    expect(
      ids(
        "A study",
        "Each convolution kernel is a small filter; " +
          "large kernels enlarge the receptive field of the convolutional network.",
      ),
    ).toContain("convolution");
  });
  it("reads 'kernel generation' by the sense of its kernels: dynamic convolution kernels or GPU code", () => {
    const conv = "A dynamic kernel generation module composes base convolutional kernels; involution layers follow.";
    expect(ids("Expert Kernel Generation for Scans", conv)).not.toContain("gpu-kernels");
    const gpu = "Agents write CUDA code; kernel generation is tuned on GPUs with Triton.";
    expect(ids("Agentic Kernel Generation", gpu)).toContain("gpu-kernels");
  });
  it("reads bit widths and 'KP' by their sense: low-bit weights or pixels, Kronecker products or key points", () => {
    expect(ids("4-bit Weights for Zorb Models", "We store weights in four bits.")).toContain("quantization");
    expect(ids("Lifting 8-Bit Images to HDR", "We map images to a wider range.")).not.toContain("quantization");
    expect(ids("KP Adapters for Layers", "Kronecker products of small matrices replace weights.")).toContain(
      "kronecker",
    );
    expect(ids("Fingerspelling from RGB+KP Video", "Hand keypoints and RGB frames are fused.")).not.toContain(
      "kronecker",
    );
  });
  it("reads 'experts' and 'PHM' by their sense: routed or human experts, hypercomplex layers or maintenance", () => {
    const routed = "Tokens are routed to sparse experts; the router balances the load across experts.";
    expect(ids("Routing Tokens", routed)).toContain("mixture-of-experts");
    const people = "Legal experts reviewed each answer, and domain experts annotated the questions for the benchmark.";
    expect(ids("A Compliance Benchmark", people)).not.toContain("mixture-of-experts");
    expect(ids("PHM Layers for Adapters", "Hypercomplex multiplication layers share weights.")).toContain("kronecker");
    expect(ids("PHM-Bench for Machines", "Prognostics and health management of bearings.")).not.toContain("kronecker");
  });
  it("reads 'kernel' in one sense throughout a paper, the one the paper as a whole supports", () => {
    const abstract =
      "Gaussian processes are fitted by kernel regression with a learned kernel function. " +
      "Our code makes the kernel launch fast on hardware.";
    const tags = tagger.tag("Efficient Compute of a Kernel", abstract);
    expect(tags.map((c) => c.id)).toContain("kernel-methods");
    expect(tags.map((c) => c.id)).not.toContain("gpu-kernels");
  });
  it("reads the cues' other word forms: an adverb, a participle, a hyphenated compound", () => {
    expect(ids("Spectrally Shaped Layers", "We spectrally shape each layer of the network.")).toContain("spectral");
    expect(ids("Kernelized Readouts", "We study kernelized readouts of deep networks.")).toContain("kernel-methods");
    expect(ids("Natural-Gradient Steps", "We take natural-gradient steps in training.")).toContain("second-order");
  });
  it("tags a concept on a cue of its own where a concept that supports it is tagged", () => {
    // A compressed model's quantization is the paper's: one cue of quantization is enough beside compression.
    const compressed =
      "We compress trained language models: model compression halves their size with int8 quantization.";
    expect(ids("Compressing language models", compressed)).toEqual(
      expect.arrayContaining(["compression", "quantization"]),
    );
    // Without it, one cue outside the paper's own work is context.
    const aside = "Scans are often read with int8 quantization of small models. We read scans.";
    expect(ids("Reading scans", aside)).not.toContain("quantization");
    // Serving large models changes their attention: one cue of it is enough beside LLM inference.
    const serving = "We speed up LLM inference: prefill is batched and decoding is speculative, with fused attention.";
    expect(ids("Serving LLMs", serving)).toEqual(expect.arrayContaining(["llm-inference", "attention"]));
  });
  it("tags compressing, evicting or quantizing a KV cache as compression", () => {
    const evict = "We learn to evict entries from LLMs: KV cache eviction keeps the memory of serving bounded.";
    expect(ids("Learning to evict", evict)).toContain("compression");
    // In any case: at a sentence's start, a title's capitals, "key-value".
    expect(ids("Key-Value Cache Eviction", "Compressing the KV cache of LLMs is what we do.")).toContain("compression");
    expect(ids("Caching pages", "The KV cache of the proxy is large; we evict stale web pages from it.")).not.toContain(
      "compression",
    );
  });
  it("tags pruning a trained model as compression, pruning during training as sparsity only", () => {
    const trained = ids("Pruning of Trained Networks", "We prune a pretrained model to half its weights.");
    expect(trained).toEqual(expect.arrayContaining(["sparsity", "compression"]));
    const during = ids(
      "Gradual Pruning in Training",
      "We prune weights throughout training and regrow them; pruning is gradual.",
    );
    expect(during).toContain("sparsity");
    expect(during).not.toContain("compression");
    // A method for pre-trained models, pruning of language models; not pruning of models at initialization.
    const method = "We introduce a grouped structural pruning method for pre-trained vision transformers.";
    expect(ids("Grouped Pruning of Vision Transformers", method)).toContain("compression");
    const llms = "We propose a framework for task-specific pruning of LLMs at ratios of 50%.";
    expect(ids("Task-Specific Pruning of LLMs", llms)).toContain("compression");
    // Pruning a model's structure (channels, heads, experts): a model made smaller.
    const structure = "We prune key channels under a fixed cache budget; channel pruning keeps accuracy.";
    expect(ids("Zorb: Online Structural Pruning", structure)).toContain("compression");
    // Pruning at initialization or during pre-training is no compression of a trained model.
    const init = "We propose pruning of vision transformers at initialization, before training.";
    expect(ids("Pruning of Vision Transformers at Initialization", init)).not.toContain("compression");
    const pretraining = "We propose pruning of language models during pre-training of large corpora.";
    expect(ids("Pruning of Language Models During Pre-training", pretraining)).not.toContain("compression");
  });
  it("tags quantizing or binarizing a trained model as compression, low-bit training and features not", () => {
    const trained = ids("Quantizing a Pre-trained Vision Transformer Model", "We use four bits.");
    expect(trained).toEqual(expect.arrayContaining(["quantization", "compression"]));
    expect(ids("Binarizing a Trained Network for Phones", "It runs on phones.")).toContain("compression");
    expect(ids("Training Binarized Networks from Scratch", "We train them.")).not.toContain("compression");
    expect(ids("Weight Quantization at Scale", "We study the rounding of weights.")).toContain("compression");
    const training = ids("Low-Bit Training", "We train networks from scratch with quantized activations.");
    expect(training).toContain("quantization");
    expect(training).not.toContain("compression");
    expect(ids("Vector Quantization of Features", "We quantize image features into codes.")).not.toContain(
      "compression",
    );
  });
  it("tags a benchmark for an evaluation suite or harness the paper puts forward, not for one it uses", () => {
    expect(
      ids("Zorb: An Evaluation Suite for Agents", "We introduce Zorb, an evaluation harness for agents."),
    ).toContain("benchmark");
    expect(ids("A study of agents", "We run agents in a standard evaluation harness.")).not.toContain("benchmark");
  });
  it("tags no compression for compressing data written before the word: tokens, prompts, embeddings, images", () => {
    expect(ids("Visual Token Compression for Fast Readers", "We study token compression for readers.")).toEqual([]);
    expect(ids("Lossless Image Compression at Scale", "Lossless compression of scans.")).toEqual([]);
    expect(ids("Compressed Embeddings for Retrieval", "We store compressed embeddings.")).toEqual([]);
    // A model's compression still is, losslessly too, and a KV cache's.
    expect(ids("Model Compression at Scale", "We compress the trained networks.")).toContain("compression");
    const weights = "We propose Zorb, a lossless compression scheme for LLM weights that reduces model size by 30%.";
    expect(ids("Zorb: Smaller Weights", weights)).toContain("compression");
  });
  it("tags compression on a single cue of its own in a paper about quantization, the concept it contains", () => {
    const quantized = `${quantizedPrefix} This compresses grids.`;
    expect(ids("A study", quantized)).toEqual(["quantization", "compression"]);
    // Without quantization, one cue is below the threshold.
    expect(ids("A study", "This compresses grids of scans.")).toEqual([]);
    // Compressing data, not a model, is no cue: low-bit training that compresses gradients, a tokenizer's images.
    const data =
      "We train quantized layers in low-bit integers with mixed-precision states and compress the gradients.";
    expect(ids("A study", data)).toEqual(["quantization"]);
    expect(ids("A study", `${quantizedPrefix} It compresses an image into 32 tokens.`)).not.toContain("compression");
  });
  it("tags a concept of its own threshold on a cue in an own-work sentence; others need more", () => {
    // Sparsity's cues are seldom written in passing: one in the paper's own sentence is enough.
    expect(ids("A study", "We propose pruning the weights of small networks.")).toEqual(["sparsity"]);
    // Optimizers keep the general threshold: the same single cue tags nothing.
    expect(ids("A study", "We propose to tune the optimizer of small networks.")).toEqual([]);
    // Pruning data or a search, sparse rewards, a road's curvature, a quantum compiler: other senses of the cues.
    for (const text of [
      "We propose pruning low-quality documents from web corpora.",
      "We propose a learner that copes with reward sparsity in games.",
      "We propose a lane curvature estimator for cars.",
      "We propose a compiler for quantum circuits.",
      // Pruning tokens, dimensions or correspondences; an implementation written in CUDA; a Fisher-Rao distance.
      "We propose visual token pruning for faster inference of small models.",
      "We propose a correspondence pruning framework for matching.",
      "We propose three mask strategies and implement them in CUDA.",
      "We propose a Fisher-Rao distance for memories.",
    ])
      expect(ids("A study", text)).toEqual([]);
    // In a background sentence, one cue stays below either threshold.
    expect(ids("A study", "Pruned networks are common. It helps.")).toEqual([]);
  });
  it("names the file when a threshold is given for no concept of the vocabulary", () => {
    const dir = mkdtempSync(join(tmpdir(), "papergraph-vocabulary-"));
    const path = join(dir, "concepts.json");
    const vocabulary = JSON.parse(readFileSync(vocabularyPath, "utf8")) as Record<string, unknown>;
    writeFileSync(path, JSON.stringify({ ...vocabulary, thresholds: { "no-such-concept": 2 } }));
    expect(() => loadVocabulary(path)).toThrow(`${path}: thresholds: no concept "no-such-concept"`);
  });
  it("names the file and the concept when supportedBy lists no concept of the vocabulary", () => {
    const dir = mkdtempSync(join(tmpdir(), "papergraph-vocabulary-"));
    const path = join(dir, "concepts.json");
    const vocabulary = JSON.parse(readFileSync(vocabularyPath, "utf8")) as { concepts: Array<Record<string, unknown>> };
    const first = vocabulary.concepts[0] ?? {};
    first.supportedBy = ["no-such-concept"];
    writeFileSync(path, JSON.stringify(vocabulary));
    expect(() => loadVocabulary(path)).toThrow(`${path}: concepts.${String(first.id)}.supportedBy: no concept`);
  });
  it("reads prompt learning, prompt-tuning and learnable prompts as parameter-efficient adaptation", () => {
    expect(ids("Banded Prompt Learning for Scan Models", "We adapt a frozen scan encoder.")).toContain("peft");
    const text = "We train learnable prompts for a frozen encoder, as prompt learning and prompt-tuning do.";
    expect(ids("A study", text)).toEqual(["peft"]);
    // Soft prompts may be a compressed context, not an adaptation.
    const context = "We compress long contexts into soft prompts; the soft prompts feed a frozen model.";
    expect(ids("A study", context)).not.toContain("peft");
  });
  it("reads 'parameter-efficient' as adaptation, not where it describes a model or an architecture", () => {
    expect(ids("Zorb: Parameter-Efficient Tuning of Scan Models", "We tune scan encoders.")).toContain("peft");
    const model =
      "We present Zorb, a highly parameter-efficient class of scan models built on a parameter-efficient " +
      "hybrid architecture.";
    expect(ids("Zorb: Parameter-Efficient Scan Models", model)).not.toContain("peft");
    expect(ids("Zorb: Parameter-Efficient LLM Fine-Tuning", "We tune scan encoders.")).toContain("peft");
  });
  it("reads sparse attention as sparsity, a null space as orthogonality and graph kernels as kernel methods", () => {
    expect(ids("Sparse Attention for Long Scans", "We read long scans.")).toContain("sparsity");
    expect(ids("Null-Space Updates for Continual Folding", "We fold grids.")).toContain("orthogonality");
    expect(ids("Quorb Graph Kernels", "We compare molecules with graph kernels.")).toContain("kernel-methods");
    // A graph near "kernel" is no sense of its own: GPU kernels for graph networks.
    const gpu = ids("Kernel Design for Graph Workloads", "The kernel is fused for speed on graphs.");
    expect(gpu).toContain("gpu-kernels");
    expect(gpu).not.toContain("kernel-methods");
  });
  it("does not count a concept the paper sets aside: a contrast, a comparison, a compatibility", () => {
    const text =
      "Unlike low-rank adapters and low-rank updates, our method trains every weight. It is compatible with " +
      "low-rank methods, and compared to low-rank baselines it is faster.";
    expect(ids("Full Updates", text)).not.toContain("low-rank");
    expect(
      ids("Full Updates", "We train low-rank factors; low-rank updates are cheap, and low-rank states small."),
    ).toContain("low-rank");
  });
  it("reads a KV cache in a title's capitals", () => {
    expect(ids("Online KV Cache Compression", "We shrink the cache of long prompts.")).toContain("attention");
  });
  it("leaves an unresolved 'kernel' untagged", () => {
    const tags = ids("A kernel", "The kernel of the idea is simple.");
    expect(tags).not.toContain("gpu-kernels");
    expect(tags).not.toContain("kernel-methods");
  });
  it("honours exclusions", () => {
    expect(
      ids("Sparse-view capture", "We capture humans from sparse-view imagery with sparse-view cameras."),
    ).not.toContain("sparsity");
    expect(ids("Explore to exploit", "Exploration explores; we explore how exploring pays.")).not.toContain("low-rank");
    expect(
      ids(
        "Bayesian inference for surrogates",
        "Approximate inference and variational inference beat Bayesian inference here.",
      ),
    ).not.toContain("llm-inference");
    // Mixture-of-experts models named beside dense ones are a setting the paper is tested across, not its topic.
    const setting = "We test Zorb on both 7B dense and 80B MoE models, and across dense and Mixture-of-Experts LLMs.";
    expect(ids("Zorb: Calibrated Quantization", setting)).not.toContain("mixture-of-experts");
    expect(ids("Zorb: Routing in Sparse MoE Models", "We route tokens in MoE layers.")).toContain("mixture-of-experts");
    // Turning a dense model into a mixture of experts is the topic itself.
    const upcycled = "We convert a dense model to a sparse MoE by splitting its feed-forward layers into experts.";
    expect(ids("Zorb: Upcycling Checkpoints", upcycled)).toContain("mixture-of-experts");
    expect(
      ids("Zorb: Calibrated Quantization", "Dense and MoE models, MoE and dense pairs, dense/MoE pairs alike."),
    ).not.toContain("mixture-of-experts");
    // A softmax that samples, classifies or routes is no attention; softmax attention is.
    const sampling = "We relax codes with a Gumbel-Softmax and train with a softmax cross-entropy and softmax routing.";
    expect(ids("Zorb: Scalar Codes via Gumbel-Softmax Sampling", sampling)).not.toContain("attention");
    expect(ids("Zorb: Linearized Softmax Attention", "We replace softmax attention in every layer.")).toContain(
      "attention",
    );
  });
  it("tags low-rank and optimizers from title and abstract cues", () => {
    expect(ids("Low-Rank Gradient Projection", "Adam optimizer states are projected to a low-rank subspace.")).toEqual(
      expect.arrayContaining(["low-rank", "optimizers"]),
    );
  });
});

describe("cue literals", () => {
  it("finds the text every match must contain, or none", async () => {
    const { requiredLiteral } = await import("../../src/extract/concepts.ts");
    expect(requiredLiteral("low[- ]rank")).toBe("rank");
    expect(requiredLiteral("K-?FAC")).toBe("fac");
    expect(requiredLiteral("optimi[sz]ers?")).toBe("optimi");
    expect(requiredLiteral("hyper-?parameters?")).toBe("parameter");
    expect(requiredLiteral("(?:low|less|lower) memory")).toBe(" memory");
    expect(requiredLiteral("CUDA|Triton")).toBeNull();
    expect(requiredLiteral("\\w+")).toBeNull();
  });
});

describe("the context window around an ambiguous word", () => {
  const texts = fc
    .array(fc.constantFrom("a", "kernel", " ", "  ", "\n", "\u00a0", "GPU", "x-y"), { maxLength: 30 })
    .map((a) => a.join(""));
  it("reads the same words as splitting the whole text", () => {
    fc.assert(
      fc.property(texts, fc.nat(40), fc.integer({ min: 1, max: 6 }), (text, at, n) => {
        const i = Math.min(at, text.length);
        expect(wordsBefore(text, i, n)).toBe(text.slice(0, i).split(/\s+/).slice(-n).join(" "));
        expect(wordsAfter(text, i, n)).toBe(text.slice(i).split(/\s+/).slice(0, n).join(" "));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });
});
