// Generated hostile titles and abstracts, pushed through the whole ingest
// (listing text → parse → merge → extraction) and an MDX compile.
import fc from "fast-check";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadVocabulary } from "../../src/extract/concepts.ts";
import { loadLexicon } from "../../src/extract/names.ts";
import { parseListing, settleCaptureYears } from "../../src/parse/listing.ts";
import { ingestListings } from "../../src/pipeline.ts";
import { compileAsSite } from "../helpers/site-mdx.ts";
import { PAYLOADS } from "./hostile-listings.ts";

const vocabulary = loadVocabulary(join(import.meta.dirname, "../../content/vocabulary/concepts.json"));
const lexicon = loadLexicon(join(import.meta.dirname, "../../content/vocabulary/lexicon.json"));

const piece = fc.oneof(
  fc.constantFrom(
    ...PAYLOADS,
    "$$",
    "$x$",
    "\\(",
    "\\)",
    "{",
    "}",
    "<",
    "`",
    "~",
    "&amp;",
    "\u200b",
    "\u00a0",
    "\u00ad",
    "深度",
    "مرحبا",
    "🚀",
    "K-FAC",
    "GaLore",
  ),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,.-]{0,15}$/),
);
const words = (min: number, max: number) =>
  fc.array(piece, { minLength: min, maxLength: max }).map((a) => a.join(" ").replace(/\s+/g, " ").trim());

describe("generated hostile entries", () => {
  it("are all kept, with their titles, and compile as MDX with the site's compiler", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ title: words(1, 5), abstract: words(6, 20) }), { minLength: 1, maxLength: 4 }),
        async (raw) => {
          // A title is one line that does not read as prose; make sure the generated ones do not.
          const entries = raw.map((e, i) => ({
            title: `T${i} ${e.title}`
              .slice(0, 120)
              .replace(/[.!?]\s*/g, " ")
              .trim(),
            abstract: `Intro ${i}. ${e.abstract} Closing sentence here.`,
          }));
          const text = [
            "Daily Papers",
            "",
            ...entries.flatMap((e) => [e.title, "", e.abstract, "", "  • 2 authors", "·", "Jan 5, 2024", ""]),
          ].join("\n");
          const listing = parseListing("gen.txt", new TextEncoder().encode(text));
          settleCaptureYears([listing], {});
          const result = ingestListings([listing], vocabulary, lexicon);
          const kept = result.report.filter((r) => r.kind === "kept" || r.kind === "merged");
          expect(kept).toHaveLength(entries.length);
          const norm = (s: string) =>
            s
              .replace(/[\u200b\u00ad]/g, "")
              .replace(/[\u00a0\s]+/g, " ")
              .trim();
          for (const e of entries) expect(result.papers.map((p) => p.title)).toContain(norm(e.title));
          for (const page of result.pages) expect(compileAsSite(page.mdx).code).toEqual([]);
          for (const paper of result.papers) {
            for (const link of paper.links) expect(link.url).toMatch(/^https?:\/\//);
          }
        },
      ),
      { numRuns: 60, seed: 1124 },
    );
  });
});
