// One plain-text form for titles and names that hold LaTeX math.
import { describe, expect, it } from "vitest";
import { slugify } from "../../src/merge/keys.ts";
import { plainText, titleParts } from "../../src/record/math-text.ts";

describe("plainText", () => {
  it.each([
    ["Q$_3$R$_2$: A Quux Adapter", "Q3R2: A Quux Adapter"],
    ["42$\\times$ Faster Zorbing", "42× Faster Zorbing"],
    ["$\\pi$-Zorb: Agents", "π-Zorb: Agents"],
    ["$Z^3$-Bench and ZB^2-Suite", "Z3-Bench and ZB2-Suite"],
    ["$\\mathcal{O}(n)$ Zorbing", "O(n) Zorbing"],
    ["Costs $5 and $7", "Costs $5 and $7"],
    ["No math at all", "No math at all"],
  ])("%j → %j", (title, plain) => expect(plainText(title)).toBe(plain));

  it("gives slugs of the plain form", () => {
    expect(slugify("Q$_3$R$_2$: A Quux Adapter")).toBe("q3r2-a-quux-adapter");
  });

  it("splits a title into text and math for typesetting", () => {
    expect(titleParts("Q$_3$R: x")).toEqual([
      { math: false, text: "Q" },
      { math: true, tex: "_3" },
      { math: false, text: "R: x" },
    ]);
  });
});
