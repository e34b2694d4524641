// One folder per oddity: input.txt and the expected entries and report.
// Regenerate an expected.json with UPDATE_FIXTURES=1 and review the diff.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { reportItems } from "../../src/report/messages.ts";
import { describe, expect, it } from "vitest";
import { parseListing, settleCaptureYears } from "../../src/parse/listing.ts";

const root = join(import.meta.dirname, "fixtures");

function run(name: string) {
  const result = parseListing("input.txt", readFileSync(join(root, name, "input.txt")));
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
