import { describe, expect, it } from "vitest";
import { mergeEntries, sameAbstract } from "../../src/merge/merge.ts";
import { slugify, titleKey } from "../../src/merge/keys.ts";
import { VFile } from "vfile";
import { reportItems } from "../../src/report/messages.ts";
import { entryOf } from "../helpers/records.ts";

/** Listing files by name, made on first use, as the pipeline keeps them. */
function listingFiles() {
  const files = new Map<string, VFile>();
  const fileOf = (name: string) => {
    const file = files.get(name) ?? new VFile({ path: name });
    files.set(name, file);
    return file;
  };
  return { fileOf, items: () => [...files.values()].flatMap(reportItems) };
}

const entry = entryOf;

describe("merge", () => {
  it("merges the same paper across listings, keeping the richest fields and every source", () => {
    const files = listingFiles();
    const { papers } = mergeEntries(
      [
        entry({
          title: "Q-GaLore: Quantized GaLore",
          authors: 7,
          upvotes: 3,
          date: "2024-07-11",
          dateText: "Jul 11, 2024",
          source: { file: "a.txt", line: 5 },
        }),
        entry({
          title: "q-galore — quantized galore",
          authors: ["Zhang, Zhenyu", "Jaiswal, Ajay"],
          venue: "arXiv.org Machine Learning",
          layout: "aggregator",
          source: { file: "b.txt", line: 9 },
        }),
      ],
      files.fileOf,
    );
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      id: "q-galore-quantized-galore",
      authors: ["Zhang, Zhenyu", "Jaiswal, Ajay"],
      upvotes: 3,
      date: "2024-07-11",
      venue: "arXiv.org Machine Learning",
      sources: [
        { file: "a.txt", line: 5 },
        { file: "b.txt", line: 9 },
      ],
    });
    expect(files.items().map((r) => `${r.kind} ${r.file}:${r.line}`)).toEqual(["kept a.txt:5", "merged b.txt:9"]);
  });

  it("keeps two papers with the same title but different abstracts apart, with distinct stable slugs", () => {
    const a = entry({
      title: "Attention",
      abstract: "Transformers attend to tokens with softmax weights over keys and values.",
    });
    const b = entry({
      title: "Attention",
      abstract: "Human visual attention guides saccades across natural scenes in primates.",
    });
    const first = mergeEntries([a, b], listingFiles().fileOf).papers.map((p) => p.id);
    const second = mergeEntries([b, a], listingFiles().fileOf).papers.map((p) => p.id);
    expect(new Set(first).size).toBe(2);
    expect([...first].sort()).toEqual([...second].sort());
    expect(first.every((id) => id.startsWith("attention-"))).toBe(true);
  });

  it("gives titles that differ only in punctuation one paper, and route names no page of their own", () => {
    expect(titleKey("Graph: A Study!")).toBe(titleKey("graph a study"));
    const { papers } = mergeEntries(
      [
        entry({ title: "Graph" }),
        entry({ title: "Search", abstract: "Other text entirely about retrieval systems and indexes." }),
      ],
      listingFiles().fileOf,
    );
    expect(papers.map((p) => p.id).sort()).toEqual(["paper-graph", "paper-search"]);
  });

  it("makes sane slugs from any script and keeps them short", () => {
    expect(slugify("Über Ñandú: ça marche")).toBe("uber-nandu-ca-marche");
    expect(slugify("大规模语言模型")).toBe("");
    expect(slugify("x".repeat(30) + " " + "y".repeat(30) + " " + "z".repeat(30)).length).toBeLessThanOrEqual(80);
    const { papers } = mergeEntries([entry({ title: "大规模语言模型的低秩训练" })], listingFiles().fileOf);
    expect(papers[0]?.id).toMatch(/^paper-[0-9a-z]{7}$/);
  });

  it("tells abstracts of one paper from abstracts of two", () => {
    expect(
      sameAbstract("We propose GaLore, a memory-efficient method.", "We propose GaLore, a memory efficient method!"),
    ).toBe(true);
    expect(
      sameAbstract("We propose GaLore, a memory-efficient method.", "Birds migrate south in winter to find food."),
    ).toBe(false);
  });
});
