// One folder per oddity: the input (input.txt for a listing, input.bib, input.json
// or input.xml for a bibliography) and the expected entries and report.
// Regenerate an expected.json with UPDATE_FIXTURES=1 and review the diff.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { reportItems } from "../../src/report/messages.ts";
import { describe, expect, it } from "vitest";
import { settleCaptureYears } from "../../src/parse/listing.ts";
import { readSource } from "../../src/parse/read-source.ts";

const root = join(import.meta.dirname, "fixtures");

function run(name: string) {
  const input = readdirSync(join(root, name)).find((f) => f.startsWith("input."));
  if (input === undefined) throw new Error(`${name}: no input file`);
  const result = readSource(input, readFileSync(join(root, name, input)));
  settleCaptureYears([result], {});
  return {
    layout: result.layout,
    captureYear: result.captureYear,
    entries: result.entries.map((e) => ({
      line: e.source.line,
      title: e.title,
      abstract: e.abstract,
      authors: e.authors,
      orgLine: e.orgLine,
      date: e.date,
      dateText: e.dateText,
      dateInferred: e.dateInferred,
      upvotes: e.upvotes,
      venue: e.venue,
      repairs: e.repairs,
      // What only bibliographies give, shown only when given.
      ...(e.ids ? { ids: e.ids } : {}),
      ...(e.urls ? { urls: e.urls } : {}),
      ...(e.bibtex ? { bibtex: e.bibtex } : {}),
    })),
    report: reportItems(result.vfile).map((r) => `${r.kind} ${r.line}: ${r.message}`),
  };
}

describe("listing fixtures", () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const actual = run(name);
      const path = join(root, name, "expected.json");
      if (process.env.UPDATE_FIXTURES || !existsSync(path)) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(path, "utf8")));
    });
  }
});
