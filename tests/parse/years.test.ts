import { reportItems } from "../../src/report/messages.ts";
import { describe, expect, it } from "vitest";
import { parseListing, settleCaptureYears } from "../../src/parse/listing.ts";

const listing = (dates: string[], pageDate = "Nov 3") =>
  new TextEncoder().encode(
    [
      "Daily Papers",
      "",
      pageDate,
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
    expect(r.entries[0]?.date).toBe("2026-01-16");
    expect(r.entries[0]?.dateInferred).toBe(false);
  });
  it("borrows the capture year of other listings when a listing shows none, and says so", () => {
    const a = parseListing("a.txt", listing(["Mar 6"]));
    const b = parseListing("b.txt", listing(["Feb 1, 2023"]));
    settleCaptureYears([a, b], {});
    expect(a.entries[0]?.date).toBe("2024-03-06");
    expect(reportItems(a.vfile).map((r) => r.message)).toContain(
      "dates shown without a year are taken to be of 2024: " +
        "this listing shows no year; the others were captured by Nov 3 2024 (b.txt)",
    );
  });

  it("dates a listing without years to the year before when its days come after the others' capture", () => {
    const a = parseListing("a.txt", listing(["Dec 12", "Nov 30"], "Dec 20"));
    const b = parseListing("b.txt", listing(["Mar 1", "Oct 17, 2025"], "Jul 2"));
    settleCaptureYears([a, b], {});
    expect(b.entries.map((e) => e.date)).toEqual(["2026-03-01", "2025-10-17"]);
    expect(a.entries.map((e) => e.date)).toEqual(["2025-12-12", "2025-11-30"]);
    expect(reportItems(a.vfile).map((r) => r.message)).toContain(
      "dates shown without a year are taken to be of 2025: this listing shows no year; " +
        "the others were captured by Jul 2 2026 (b.txt), so Dec 20 is of 2025",
    );
  });

  it("says for every listing how its year was inferred", () => {
    const a = parseListing("a.txt", listing(["Jan 16", "Dec 27, 2024"]));
    const b = parseListing("b.txt", listing(["Feb 2"]));
    settleCaptureYears([a, b], {});
    for (const r of [a, b]) {
      expect(reportItems(r.vfile).filter((i) => i.message.startsWith("dates shown without a year"))).toHaveLength(1);
    }
  });
});
