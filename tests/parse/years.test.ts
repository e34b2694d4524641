import { reportItems } from "../../src/report/messages.ts";
import { describe, expect, it } from "vitest";
import { parseListing, settleCaptureYears } from "../../src/parse/listing.ts";

const listing = (dates: string[]) =>
  new TextEncoder().encode(
    [
      "Daily Papers",
      "",
      "Nov 3",
      "",
      ...dates.flatMap((d, i) => [
        `Title ${i}`,
        "",
        `Abstract number ${i} is long enough to read as prose. It has two sentences.`,
        "",
        "  • 2 authors",
        "·",
        d,
        "",
      ]),
    ].join("\n"),
  );

describe("capture year", () => {
  it("infers the year after the latest explicit one and marks those dates inferred", () => {
    const r = parseListing("a.txt", listing(["Jan 16", "Dec 27, 2024 2"]));
    settleCaptureYears([r], {});
    expect(r.entries.map((e) => [e.date, e.dateText, e.dateInferred, e.upvotes])).toEqual([
      ["2025-01-16", "Jan 16", true, null],
      ["2024-12-27", "Dec 27, 2024", false, 2],
    ]);
  });
  it("takes the year from the source settings when given", () => {
    const r = parseListing("a.txt", listing(["Jan 16", "Dec 27, 2024"]));
    settleCaptureYears([r], { "a.txt": { year: 2026 } });
    expect(r.entries[0]!.date).toBe("2026-01-16");
    expect(r.entries[0]!.dateInferred).toBe(false);
  });
  it("borrows the capture year of other listings when a listing shows none, and says so", () => {
    const a = parseListing("a.txt", listing(["Mar 6"]));
    const b = parseListing("b.txt", listing(["Feb 1, 2023"]));
    settleCaptureYears([a, b], {});
    expect(a.entries[0]!.date).toBe("2024-03-06");
    const notes = reportItems(a.vfile).map((r) => r.message);
    expect(notes.some((m) => m.includes("capture year of the other listings"))).toBe(true);
  });
});
