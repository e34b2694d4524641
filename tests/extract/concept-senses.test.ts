// Concept cues by whole words, by case for names, and by sense for words that
// mean something else outside the field (invented text throughout).
import { describe, expect, it } from "vitest";
import { tagger } from "../helpers/tagger.ts";

const ids = (title: string, abstract: string) => tagger.tag(title, abstract).map((c) => c.id);

describe("concept cues", () => {
  it("keeps the capitals of names and acronyms: zone, zoom and explore are no cues", () => {
    const text = "Agents explore the zone and zoom into the zoo. Exploration of folklore helps them explore more.";
    expect(ids("Exploring zones", text)).toEqual([]);
    expect(ids("ZO-Tune: fine-tuning with ZO estimates", "Our ZO method uses ZO gradient estimates.")).toContain(
      "zeroth-order",
    );
  });

  it("reads an optimizer the work is only trained with as no optimizer concept", () => {
    const used =
      "We classify scans with a robust strategy optimized using the Adam optimizer. We adopt the Muon optimizer.";
    expect(ids("Zorb: Scan Classification", used)).not.toContain("optimizers");
    const own = "We propose Zorb, an optimizer that rescales Adam updates; Zorb beats AdamW on language models.";
    expect(ids("Zorb: A Better Optimizer", own)).toContain("optimizers");
  });

  it("reads 'spectral' by what it is said of: weights and operators, not images, bands or radio", () => {
    const weights =
      "Zorb bounds the spectral norm of weight matrices; the spectrum of each layer's weights stays flat.";
    expect(ids("Zorb: Spectral Control of Layers", weights)).toContain("spectral");
    const imaging = "Zorb segments hyperspectral images: spectral bands of satellite imaging and the radio spectrum.";
    expect(ids("Zorb: Spectral Imaging from Orbit", imaging)).not.toContain("spectral");
    const survey =
      "Zorb is a neural model for spectral analysis of satellite data; it learns spectral features of bands.";
    expect(ids("Zorb: Spectral Remote Sensing", survey)).not.toContain("spectral");
    const range =
      "Zorb is robust across the full spectrum of models and training regimes, and a wide spectrum of tasks.";
    expect(ids("Zorb: Robust Training", range)).not.toContain("spectral");
    // A tool for reducing dimensions is no spectral method of the paper's.
    const pca = "Zorb compresses embeddings with PCA and keeps principal components.";
    expect(ids("Zorb: PCA for Retrieval", pca)).not.toContain("spectral");
  });

  it("reads a sparse mixture of experts as experts, not as model sparsity", () => {
    const moe = "We train a sparse MoE: a Sparse Mixture of Projectors routes tokens to sparsely activated experts.";
    expect(ids("Sparse MoE for images", moe)).not.toContain("sparsity");
    expect(ids("Sparse MoE for images", moe)).toContain("mixture-of-experts");
    const pruned = "We prune the weights of a sparse MoE: sparse weights and pruned layers keep the model small.";
    expect(ids("Pruned experts", pruned)).toContain("sparsity");
  });

  it("reads 'sparse' by what it qualifies: weights, not annotations or rewards", () => {
    const model = "We train sparse networks: sparse weights and sparse attention keep the model small and sparse.";
    expect(ids("Sparse networks", model)).toContain("sparsity");
    const data = "Learning from sparse annotations and sparse rewards, with sparse labels from few sensors.";
    expect(ids("Learning from sparse labels", data)).not.toContain("sparsity");
  });

  it("reads 'sketch' and 'streams' by their sense: matrices, not drawings or video", () => {
    const drawing = "Users draw a sketch; our model turns hand-drawn sketches into images and 3D shapes of the sketch.";
    expect(ids("From sketches to images", drawing)).not.toContain("sketching");
    const video = "We stream live video streams to viewers; streaming audio and video with low delay.";
    expect(ids("Streaming video", video)).not.toContain("sketching");
    const matrix = "A random sketch of the matrix solves least-squares regression; the sketch size is small.";
    expect(ids("Sketching for regression", matrix)).toContain("sketching");
  });

  it("reads inference, latency and throughput as LLM inference only near language models", () => {
    const llm = "LLM inference is slow: we cut decoding latency and raise serving throughput for language models.";
    expect(ids("Faster LLM serving", llm)).toContain("llm-inference");
    const network = "Packets cross the network with low latency and high throughput on wireless links and sensors.";
    expect(ids("Low-latency wireless links", network)).not.toContain("llm-inference");
    // A diffusion model's denoising, or inference as reasoning over several hops, is no LLM serving.
    const diffusion =
      "Our cache cuts the memory of diffusion inference: denoising steps reuse latents, speeding inference.";
    expect(ids("Faster video generation", diffusion)).not.toContain("llm-inference");
    // (A diffusion language model is an LLM: its decoding is LLM inference.)
    const dllm = "Diffusion language models decode tokens in parallel; we cut the inference latency of diffusion LLMs.";
    expect(ids("Faster decoding for diffusion LLMs", dllm)).toContain("llm-inference");
    const hops = "Multi-hop inference over edited knowledge: we test multi-hop inference on edited facts.";
    expect(ids("Multi-hop inference in language models", hops)).not.toContain("llm-inference");
  });

  it("takes a benchmark named in the title, hyphenated or not", () => {
    expect(ids("Quux-Bench: testing agents", "We test agents on many tasks.")).toContain("benchmark");
    expect(ids("ZorbBench: a suite", "Tasks of many kinds.")).toContain("benchmark");
  });
});

describe("concept cues by the sentence's role", () => {
  it("counts a concept the paper's own proposal names more than one the background names", () => {
    // One cue in the proposal sentence and one elsewhere: the paper trains federated itself.
    const own =
      "Segmenting scans is hard. We propose ScanF, which trains a few layers federated. Federated layers help.";
    expect(ids("Reading scan models", own)).toContain("distributed");
    // The same two cues as background: the paper only places itself against federated training.
    const aside = "Many models are trained federated. Federated layers help. We study how scans are segmented.";
    expect(ids("Reading scan models", aside)).not.toContain("distributed");
  });

  it("counts a technique the paper's own work uses once, where a threshold of its own says so", () => {
    // Low-rank adaptation named once in what the authors do: the paper is about adapting with it.
    const own = "Segmenting scans is hard. We propose ScanAdapt, which tunes a few LoRA layers on scans.";
    expect(ids("Adapting scan models", own)).toContain("low-rank");
    expect(ids("Adapting scan models", own)).toContain("peft");
    // Once in the background, it is context.
    const aside = "Many models are tuned with LoRA. We study how scans are segmented.";
    expect(ids("Adapting scan models", aside)).not.toContain("low-rank");
  });

  it("counts a cue where the authors say what their work does, without a verb of proposal, as their own work", () => {
    // "We train …" and, once the work is put forward, "It trains …": the paper's own work, so one cue there
    // and one in the background make the concept.
    const we = "Federated models are common. We then train the weights of each layer federated across clinics.";
    expect(ids("Layer scales", we)).toContain("distributed");
    const it =
      "We propose Zorb. It trains the weights of each layer federated across clinics. Federated models are common.";
    expect(ids("Layer scales", it)).toContain("distributed");
    // So is the work named by its kind once it is put forward ("The model …"), not before it.
    const kind = "We propose Zorb, a scan reader. The model is trained federated. Federated models are common.";
    expect(ids("Layer scales", kind)).toContain("distributed");
    const before = "The model is trained federated. Federated models are common. We propose Zorb, a scan reader.";
    expect(ids("Layer scales", before)).not.toContain("distributed");
    // A word between "the" and the kind makes the model another's: "the original model".
    const original = "We propose Zorb, a scan reader. The original model is trained federated. Federated data help.";
    expect(ids("Layer scales", original)).not.toContain("distributed");
    // Their first verb one of doing, the authors are at work though the sentence goes on to evaluate.
    const tuned =
      "Federated models are common. We tune and evaluate scan readers using federated weights on two tasks.";
    expect(ids("Layer scales", tuned)).toContain("distributed");
    // What the authors compare with or evaluate is no work of theirs; "It" before any proposal is background.
    const compared = "Federated models are common. We compare with federated averaging on two tasks.";
    expect(ids("Layer scales", compared)).not.toContain("distributed");
    const background = "It is known that federated training helps. Federated models are common. We study scales.";
    expect(ids("Layer scales", background)).not.toContain("distributed");
    // Nor what the authors argue of others' work, or what is known.
    const argued = "We argue that prior methods overlook federated training. Federated models are common.";
    expect(ids("Layer scales", argued)).not.toContain("distributed");
    const known =
      "We propose Zorb, a scan reader. It is well known that federated training hurts. Federated models are common.";
    expect(ids("Layer scales", known)).not.toContain("distributed");
  });

  it("takes a dataset the paper puts forward, in its title or where it introduces it", () => {
    expect(ids("Quorbset: A Multi-Turn Dialogue Dataset for Clinics", "Dialogues of many kinds.")).toContain(
      "benchmark",
    );
    expect(ids("Zorb Detection: Dataset and Baselines", "Images of many kinds.")).toContain("benchmark");
    const introduced = "We introduce Quorbset, a curated dataset of 900 scans. We release a new benchmark with it.";
    expect(ids("Scan Reading", introduced)).toContain("benchmark");
    // A dataset worked on, or "dataset" as a modifier, is no contribution of one.
    expect(ids("Zorb Recognition in the Quorb Wildlife Dataset", "We train a detector.")).not.toContain("benchmark");
    expect(ids("Learning Robust Detectors from a Noisy Dataset", "We train a detector.")).not.toContain("benchmark");
    expect(ids("Fast Dataset Distillation for Scans", "We distill a small set.")).not.toContain("benchmark");
    expect(ids("A Zorb Approach with Dataset Construction Guidelines", "We write rules.")).not.toContain("benchmark");
  });
  it("counts a contribution kind only where the paper puts it forward: its benchmark, not the one it tests on", () => {
    const tested = "We propose a cache policy. Results on the FooBench benchmark and two benchmarks show gains.";
    expect(ids("A cache policy", tested)).not.toContain("benchmark");
    const own = "We introduce FooBench, a benchmark of 500 tasks. Models fail on the benchmark's hardest tasks.";
    expect(ids("FooBench: hard tasks", own)).toContain("benchmark");
  });

  it("counts a contribution kind the paper puts forward first as its main contribution, as a title does", () => {
    const main = "Scans are hard to read. We present Quorbset, an evaluation benchmark of 900 scans from ten clinics.";
    expect(ids("Reading scans", main)).toContain("benchmark");
    // Put forward later, after the paper's main contribution, it is a side one; evaluated on, it is none.
    const side =
      "We propose Zorb, a scan reader. Furthermore, we introduce Quorbset, an evaluation benchmark of 900 scans.";
    expect(ids("Reading scans", side)).not.toContain("benchmark");
    const tested = "We propose Zorb, a scan reader evaluated on the Quorb and Vexa benchmarks.";
    expect(ids("Reading scans", tested)).not.toContain("benchmark");
    // In that sentence, only what the verb puts forward: not a benchmark the work is tested on or tops.
    expect(ids("Reading scans", "We propose Zorb, a scan reader, and benchmark it against ten baselines.")).toEqual([]);
    expect(ids("Reading scans", "We propose Zorb, a scan reader that tops the Quib benchmark.")).toEqual([]);
    // A test's words stay other concepts' cues.
    const kernels = "We write fused GPU kernels. Results on sparse attention benchmarks show speedups.";
    expect(ids("Fused kernels", kernels)).toContain("sparsity");
  });

  it("reads a cue followed by '-free' as its absence", () => {
    const text = "We give an SVD-free and Hessian-free update rule; SVD-free steps are fast and Hessian-free.";
    expect(ids("SVD-free updates", text)).not.toContain("spectral");
    expect(ids("SVD-free updates", text)).not.toContain("second-order");
  });

  it("reads memory savings as training memory only near training, gradients or optimizer states", () => {
    const training = "Fine-tuning needs memory for gradients: we cut the memory footprint of training and GPU memory.";
    expect(ids("Training in less memory", training)).toContain("memory-efficient-training");
    const serving = "Deploying on edge devices needs a small memory footprint: we cut memory usage at inference.";
    expect(ids("A small model for edge devices", serving)).not.toContain("memory-efficient-training");
  });

  it("reads 'Transformer' as attention only where the architecture is the subject", () => {
    const family = "We quantize a pretrained Transformer backbone and fine-tuned Transformers for image features.";
    expect(ids("Quantized Transformer backbones", family)).not.toContain("attention");
    const architecture = "We change the Transformer architecture: each Transformer layer gets new attention heads.";
    expect(ids("A new Transformer layer", architecture)).toContain("attention");
    // The family made quantization-friendly, pruned or binarized, in any word form.
    const friendly = "We train quantization-friendly ViTs whose layers keep small outliers, and prune their layers.";
    expect(ids("Quantization-Friendly ViTs", friendly)).not.toContain("attention");
  });

  it("reads token pruning as LLM inference only beside language models", () => {
    const mllm = "We prune vision tokens in multimodal LLMs: token pruning halves the prefill of MLLMs.";
    expect(ids("Vision Token Pruning for Multimodal LLMs", mllm)).toContain("llm-inference");
    const vit = "We prune tokens in vision transformers for image classification: token pruning halves ViT cost.";
    expect(ids("Token Pruning for Vision Transformers", vit)).not.toContain("llm-inference");
    // Merging tokens merges no models, in either word order; beside language models it is LLM inference.
    expect(ids("Token Merging for Long Sequences", "We merge tokens; token merging shortens sequences.")).not.toContain(
      "model-merging",
    );
    const merged =
      "We speed up decoding in LLMs by merging redundant tokens: token merging halves the KV cache of LLMs.";
    expect(ids("Merging Redundant Tokens in LLMs", merged)).toEqual(expect.arrayContaining(["llm-inference"]));
    expect(ids("Merging Redundant Tokens in LLMs", merged)).not.toContain("model-merging");
    // Dropping tokens while pre-training a model is no inference.
    const pretrain = "We drop tokens during training: token dropping speeds up BERT pretraining of language models.";
    expect(ids("Token Dropping for Efficient Pretraining", pretrain)).not.toContain("llm-inference");
  });

  it("does not read distillation of data or prompts as model compression", () => {
    const text = "We study dataset distillation and prompt distillation: distilled data replaces the training set.";
    expect(ids("Dataset distillation for transfer", text)).not.toContain("compression");
    const model =
      "Knowledge distillation compresses a large teacher into a small student; distillation keeps accuracy.";
    expect(ids("Distillation of language models", model)).toContain("compression");
  });

  it("reads quantizing, pruning or distilling a model to deploy it lightweight as model compression", () => {
    const deploy = "Scans are costly to read. We propose Zorb, a reader quantized to four bits for edge devices.";
    expect(ids("Quantized scan readers", deploy)).toContain("compression");
    // Quantizing what is sent or stored is no smaller model.
    const signal = "Scans are costly to read. We propose Zorb, a reader of scans quantized to four bits for storage.";
    expect(ids("Quantized scan readers", signal)).not.toContain("compression");
  });

  it("reads pruning a trained model, named once in the paper's own work, as model compression", () => {
    const own = "Scans are costly to read. We propose Zorb, which performs task-specific pruning of LLMs for scans.";
    expect(ids("Reading scans cheaply", own)).toContain("compression");
    // Pruning at initialization makes a sparse network to train, not a trained model smaller.
    const init = "Scans are costly to read. We propose Zorb, which performs pruning of LLMs at initialization.";
    expect(ids("Reading scans cheaply", init)).not.toContain("compression");
    // Nor pruning during training, nor pruning a model's tokens or a tree.
    for (const text of [
      "Scans are costly to read. We propose Zorb, which performs weight pruning and regrowth during training.",
      "Scans are costly to read. We propose Zorb, which prunes the pretrained model's visual tokens.",
      "Scans are costly to read. We propose Zorb, which applies post-training pruning of decision trees.",
    ])
      expect(ids("Reading scans cheaply", text)).not.toContain("compression");
  });
});

describe("concept cues with a second sense", () => {
  it("reads 'second-order' as optimization only near Hessians, curvature or optimizers", () => {
    const logic = "We learn second-order logic programs; second-order terms and second-order logic rules are found.";
    expect(ids("Learning second-order logic", logic)).not.toContain("second-order");
    const optim = "Second-order methods use curvature: our second-order optimizer preconditions gradients.";
    expect(ids("A second-order optimizer", optim)).toContain("second-order");
  });

  it("reads 'communication' as distributed training only near workers, GPUs or gradients", () => {
    const radio = "Semantic communication over noisy wireless channels: communication of images by transmission.";
    expect(ids("Semantic communication of images", radio)).not.toContain("distributed");
    const training = "Training on many GPUs is slowed by communication of gradients between workers each round.";
    expect(ids("Less communication for data-parallel training", training)).toContain("distributed");
  });

  it("reads a prompt's, a data mix's or a search's optimizer as no training optimizer", () => {
    const prompts =
      "We propose Quib, a prompt optimizer: LLMs as optimizers rewrite prompts, and our data-mixing optimizer helps.";
    expect(ids("Quib: Prompt Optimizer", prompts)).not.toContain("optimizers");
    const training = "We propose Quib, an optimizer for training LLMs: it keeps Adam's momentum in 8 bits.";
    expect(ids("Quib: A Memory-Light Optimizer", training)).toContain("optimizers");
    const chosen = "We train Quib with Lion as optimizer; its optimizer memory halves, and Adam is compared.";
    expect(ids("Quib: Memory Savings", chosen)).toContain("optimizers");
  });

  it("reads vector quantization as quantization of weights, not as a tokenizer's discrete codes", () => {
    const tokens =
      "We train a tokenizer with vector quantization: residual quantization maps image latents to discrete tokens " +
      "for generation.";
    expect(ids("Quib: Vector-Quantized Image Tokens", tokens)).not.toContain("quantization");
    const weights =
      "We compress LLM weights with vector quantization: product quantization of the weights reaches 2 bits " +
      "per parameter.";
    expect(ids("Quib: Vector Quantization of LLMs", weights)).toContain("quantization");
    const scalar = "We quantize the weights to four bits with scalar quantization and keep activations in FP8.";
    expect(ids("Quib: Low-Bit Models", scalar)).toContain("quantization");
  });

  it("reads quantization by what is quantized: a model's weights, not a signal's levels or feedback", () => {
    // One sentence of the paper's own work that quantizes its model is enough, as LoRA once is for low rank.
    const deployed =
      "We present Quib, a detector for farm robots. We deploy it on a phone after quantization of its weights.";
    expect(ids("Quib: Detecting Weeds", deployed)).toContain("quantization");
    const signal =
      "We study quantization of the channel feedback: the receiver quantizes the signal to a few levels with " +
      "dithered quantization, and we bound the rate loss.";
    expect(ids("Rate loss of limited feedback", signal)).not.toContain("quantization");
    const inPassing = "LLMs are often served after quantization. We study how their prompts are written.";
    expect(ids("Prompts of LLMs", inPassing)).not.toContain("quantization");
    // Words that are ordinary in a model's quantization do not make a signal of it: tokens, images, noise, levels.
    const model =
      "We propose ZorbQ, a per-token scheme that reduces quantization noise with uniform quantization levels, and " +
      "synthesizes semantic images to calibrate the encoder.";
    expect(ids("ZorbQ: Data-Free Quantization for Language-Image Models", model)).toContain("quantization");
  });

  it("reads a rotation as orthogonality only where weights or activations are rotated, not images or poses", () => {
    const quant = "It rotates the weights before quantization: a learnable rotation spreads activation outliers.";
    expect(ids("Rotation-aware weight quantization", quant)).toContain("orthogonality");
    const pose = "We estimate the rotation of each object from images: camera pose and rotation angles are regressed.";
    expect(ids("Rotation estimation for 3D objects", pose)).not.toContain("orthogonality");
    const machines = "Rotating machinery fails: we rotate the weights of experts across GPUs for multi-channel logs.";
    expect(ids("Fault diagnosis of rotating machines", machines)).not.toContain("orthogonality");
    const cache =
      "We learn a rotation of the KV cache that makes LLMs robust to low-bit caches on many tasks and devices.";
    expect(ids("Rotated caches", cache)).toContain("orthogonality");
  });

  it("reads patching as model merging only when models or weights are patched", () => {
    const probe = "Activation patching of circuits: patching activations shows which heads carry the answer.";
    expect(ids("Patching activations", probe)).not.toContain("model-merging");
    expect(ids("Patching weights for robustness", "Patching the weights of a model adds robustness.")).toContain(
      "model-merging",
    );
  });

  it("takes a benchmark the title names with a space before 'Bench'", () => {
    expect(ids("Harbor Finance Bench", "We test models on reports.")).toContain("benchmark");
  });
});
