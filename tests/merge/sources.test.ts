// One paper from three kinds of source: a listing entry, a BibTeX entry and an
// arXiv feed entry (whose title is spelled otherwise) become one paper with the
// richest fields of each and all three sources (invented paper).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../../src/pipeline.ts";

const root = join(import.meta.dirname, "../..");
const abstract =
  "We propose Vexa, a way to sparsify streams of tokens while keeping their order. " +
  "Vexa halves the memory of long streams and keeps accuracy on every task we tried.";

const listing = `Daily Papers

Vexa: Sparse Streams of Tokens

${abstract}

  • 2 authors
·
Mar 7, 2024 12
`;

const bib = String.raw`@misc{ito2024vexa,
  title = {{Vexa}: Sparse Streams of Tokens},
  author = {Ito, Hana and van Berg, Ludwig},
  eprint = {2403.04567v1},
  archivePrefix = {arXiv},
  year = {2024},
  month = mar,
  abstract = {${abstract}}
}
`;

const atom = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <entry>
    <id>http://arxiv.org/abs/2403.04567v2</id>
    <published>2024-03-07T17:00:00Z</published>
    <title>VEXA -- sparse streams of tokens (revised)</title>
    <summary>${abstract}</summary>
    <author><name>Hana Ito</name></author>
    <author><name>Ludwig van Berg</name></author>
    <arxiv:doi>10.5555/vexa.2024</arxiv:doi>
  </entry>
</feed>
`;

function ingestOf(files: Record<string, string>) {
  const sources = mkdtempSync(join(tmpdir(), "papergraph-sources-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(sources, name), text);
  return ingest({
    sources,
    vocabulary: join(root, "content/vocabulary/concepts.json"),
    lexicon: join(root, "content/vocabulary/lexicon.json"),
  });
}

describe("a paper from a listing, a BibTeX file and an arXiv feed", () => {
  const result = ingestOf({ "a-listing.txt": listing, "library.bib": bib, "feed.xml": atom });

  it("becomes one paper with one page, listing all three sources", () => {
    expect(result.papers).toHaveLength(1);
    expect(result.pages).toHaveLength(1);
    const [paper] = result.papers;
    expect(paper?.sources.map((s) => s.file)).toEqual(["a-listing.txt", "feed.xml", "library.bib"]);
    expect(result.report.filter((r) => r.kind === "merged")).toHaveLength(2);
  });

  it("keeps the richest fields of each: names, the exact date, upvotes, both identifiers, the BibTeX entry", () => {
    const [paper] = result.papers;
    expect(paper?.authors).toEqual(["Ito, Hana", "van Berg, Ludwig"]);
    expect(paper?.date).toBe("2024-03-07");
    expect(paper?.dateInferred).toBe(false);
    expect(paper?.upvotes).toBe(12);
    expect(paper?.ids).toEqual({ doi: "10.5555/vexa.2024", arxiv: "2403.04567" });
    expect(paper?.bibtex?.key).toBe("ito2024vexa");
  });

  it("keeps apart two papers of one title whose arXiv ids differ, and two that share a DOI but not an arXiv id", () => {
    const sameTitle = ingestOf({ "feed.xml": atom, "library.bib": bib.replace("2403.04567v1", "2403.09999") });
    expect(sameTitle.papers).toHaveLength(2);
    const sharedDoi = ingestOf({
      "feed.xml": atom,
      "library.bib": bib
        .replace("2403.04567v1", "2403.09999")
        .replace("{Vexa}: Sparse Streams of Tokens", "Vexa in Proceedings")
        .replace("year = {2024},", "year = {2024}, doi = {10.5555/vexa.2024},"),
    });
    expect(sharedDoi.papers).toHaveLength(2);
    expect(sharedDoi.report.some((r) => r.kind === "repaired" && r.message.includes("kept as separate papers"))).toBe(
      true,
    );
  });
});
