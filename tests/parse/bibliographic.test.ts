// Identifiers and dates as the bibliography readers share them.
import { arxivId, doiOf } from "../../src/record/identifiers.ts";
import { describe, expect, it } from "vitest";
import { identifiers, isoDate, partialDate } from "../../src/parse/bibliographic.ts";

describe("identifiers", () => {
  it.each([
    ["2401.01234", "2401.01234"],
    ["2401.01234v3", "2401.01234"],
    ["arXiv:2401.01234", "2401.01234"],
    ["http://arxiv.org/abs/2401.01234v2", "2401.01234"],
    ["https://arxiv.org/pdf/2401.01234v2.pdf", "2401.01234"],
    ["http://arxiv.org/abs/hep-th/9901001v1", "hep-th/9901001"],
    ["math.GT/0309136", "math.GT/0309136"],
    ["https://example.org/paper", null],
    ["12345", null],
  ])("arXiv id of %j is %j", (text, id) => expect(arxivId(text)).toBe(id));

  it.each([
    ["10.1234/abc.5678", "10.1234/abc.5678"],
    ["https://doi.org/10.1234/abc.5678", "10.1234/abc.5678"],
    ["doi:10.1234/abc.5678.", "10.1234/abc.5678"],
    ["not a doi", null],
  ])("DOI of %j is %j", (text, doi) => expect(doiOf(text)).toBe(doi));

  it("reads arXiv's own DOI as the arXiv id too", () => {
    expect(identifiers("10.48550/arXiv.2401.01234", null)).toEqual({
      doi: "10.48550/arXiv.2401.01234",
      arxiv: "2401.01234",
    });
    expect(identifiers(null, null)).toBeUndefined();
  });
});

describe("dates to the precision given", () => {
  it("keeps a year, a month or a day, and gives no date for impossible parts", () => {
    expect(partialDate(2023)).toBe("2023");
    expect(partialDate(2023, 3)).toBe("2023-03");
    expect(partialDate(2023, 3, 5)).toBe("2023-03-05");
    expect(partialDate(2023, 13, 5)).toBe("2023");
    expect(partialDate(23)).toBeNull();
    expect(isoDate("2024-03-07T17:59:59Z")).toBe("2024-03-07");
    expect(isoDate("2024-03")).toBe("2024-03");
    expect(isoDate("March 2024")).toBeNull();
  });
});
