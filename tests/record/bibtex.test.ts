// BibTeX for the papers' pages and data/papers.bib, read back with a real BibTeX parser.
import { parse } from "@retorquere/bibtex-parser";
import { describe, expect, it } from "vitest";
import { bibEntry, bibFile, bibKeys, bibText } from "../../src/record/bibtex.ts";
import { paperOf } from "../helpers/records.ts";

describe("BibTeX", () => {
  it("writes an entry a BibTeX parser reads back: title as written, authors, year, month, arXiv id, url", () => {
    const p = paperOf({
      id: "low-rank-tricks",
      title: "Low-Rank Tricks & $O(n)$ Updates for 100% of_the Weights",
      authors: ["Müller, Anna", "de la Cruz, José"],
      date: "2024-03-05",
      links: [
        { url: "https://arxiv.org/abs/2403.01234v2", kind: "paper" },
        { url: "https://github.com/example/tricks", kind: "code" },
      ],
    });
    const text = bibEntry(p, "muller2024");
    // As written: the parser's Zotero-style sentence casing off.
    const library = parse(text, { sentenceCase: false });
    expect(library.errors).toEqual([]);
    const [entry] = library.entries;
    expect(entry?.key).toBe("muller2024");
    expect(entry?.fields.title).toContain("Low-Rank Tricks & ");
    expect(entry?.fields.title).toContain("100% of_the Weights");
    // "de la" is the name's particle (BibTeX's von part), "José" its given name.
    const names = entry?.fields.author?.map((a) => [a.prefix, a.lastName, "/", a.firstName].filter(Boolean).join(" "));
    expect(names).toEqual(["Müller / Anna", "de la Cruz / José"]);
    expect(entry?.fields.year).toBe("2024");
    expect(entry?.fields.month).toBe("3");
    expect(entry?.fields.eprint).toBe("2403.01234");
    expect(entry?.fields.url).toBe("https://arxiv.org/abs/2403.01234v2");
  });

  it("leaves the month out when the year was inferred, and the author when the listing gave a count", () => {
    const p = paperOf({ id: "a", title: "A Paper", authors: 3, date: "2025-10-27", dateInferred: true });
    const [entry] = parse(bibEntry(p, "paper2025")).entries;
    expect(entry?.fields.month).toBeUndefined();
    expect(entry?.fields.author).toBeUndefined();
  });

  it("escapes what LaTeX would read as commands in a listing's text, and keeps math", () => {
    expect(bibText("50% of {x} ~ y^2 \\ z")).toBe(
      "50\\% of \\{x\\} \\textasciitilde{} y\\textasciicircum{}2 \\textbackslash{} z",
    );
    expect(bibText("$\\alpha_1$ & b")).toBe("$\\alpha_1$ \\& b");
  });

  it("gives every paper of a collection its own key, the same on every run, and a file that parses whole", () => {
    const papers = [
      paperOf({ id: "x1", title: "Sketching Gradients", authors: ["Lee, Kim"], date: "2023-01-01" }),
      paperOf({ id: "x2", title: "Sketching Matrices", authors: ["Lee, Jo"], date: "2023-06-01" }),
      paperOf({ id: "x3", title: "Quantum Sketches", authors: null, date: null }),
    ];
    const keys = bibKeys(papers);
    expect(new Set(keys.values()).size).toBe(3);
    expect([keys.get("x1"), keys.get("x2")]).toEqual(["lee2023sketchinga", "lee2023sketchingb"]);
    expect(keys.get("x3")).toBe("quantumnd");
    expect(bibKeys([...papers].reverse())).toEqual(keys);
    const library = parse(bibFile(papers));
    expect(library.errors).toEqual([]);
    expect(library.entries.map((e) => e.key).sort()).toEqual(["lee2023sketchinga", "lee2023sketchingb", "quantumnd"]);
  });

  it("never gives two papers one key, even where a lettered key spells another paper's key", () => {
    const papers = [
      paperOf({ id: "s1", title: "Sketch One", authors: ["Lee, Kim"], date: "2023-01-01" }),
      paperOf({ id: "s2", title: "Sketch Two", authors: ["Lee, Jo"], date: "2023-02-01" }),
      paperOf({ id: "s3", title: "Sketcha Three", authors: ["Lee, Ann"], date: "2023-03-01" }),
    ];
    const keys = bibKeys(papers);
    expect(keys.get("s3")).toBe("lee2023sketcha");
    expect(new Set(keys.values()).size).toBe(3);
    expect([keys.get("s1"), keys.get("s2")]).toEqual(["lee2023sketchb", "lee2023sketchc"]);
  });
  it("keeps a paper's key when the collection grows by papers of the same author and year", () => {
    const first = paperOf({ id: "m1", title: "Folding Grids", authors: ["Lee, Kim"], date: "2023-01-01" });
    const before = bibKeys([first]).get("m1");
    expect(before).toBe("lee2023folding");
    const grown = bibKeys([
      first,
      paperOf({ id: "a0", title: "Quill Maps", authors: ["Lee, Jo"], date: "2023-05-01" }),
      paperOf({ id: "a1", title: "Grids of Quills", authors: ["Lee, Ann"], date: "2023-07-01" }),
    ]);
    expect(grown.get("m1")).toBe(before);
    expect(new Set(grown.values()).size).toBe(3);
  });
});

describe("BibTeX of a paper a .bib file gave", () => {
  const imported = paperOf({
    id: "quill",
    title: "Quill: Folding Grids",
    date: "2023-03",
    ids: { doi: "10.5555/quill", arxiv: "2403.04567" },
    bibtex: {
      key: "dupont2023quill",
      type: "article",
      fields: {
        title: "{Quill}: Folding Grids",
        author: "Dupont, Ren{\\'e}",
        journal: "J. Folds",
        year: "2023",
      },
    },
  });

  it("keeps the file's type, key and fields as written, and adds the identifiers it lacked", () => {
    const [entry] = parse(bibEntry(imported, "dupont2023quill"), { sentenceCase: false }).entries;
    expect(entry?.type).toBe("article");
    expect(entry?.key).toBe("dupont2023quill");
    expect(entry?.fields.title).toBe("Quill: Folding Grids");
    expect(entry?.fields.author?.[0]?.firstName?.normalize("NFC")).toBe("René");
    expect(entry?.fields.journal).toBe("J. Folds");
    expect(entry?.fields.doi).toBe("10.5555/quill");
    expect(entry?.fields.eprint).toBe("2403.04567");
  });

  it("keeps the imported key for the collection, and makes the others' keys around it", () => {
    const made = paperOf({ id: "another", title: "Dupont Grids", authors: ["Dupont, Ana"], date: "2023-01-01" });
    const clash = paperOf({
      id: "zz-clash",
      title: "Clash",
      bibtex: { key: "dupont2023quill", type: "misc", fields: {} },
    });
    const keys = bibKeys([made, imported, clash]);
    expect(keys.get("quill")).toBe("dupont2023quill");
    // Another imported paper with the same key does not take it twice.
    expect(keys.get("zz-clash")).not.toBe("dupont2023quill");
    expect(new Set(keys.values()).size).toBe(3);
  });
});
