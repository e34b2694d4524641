import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { classifyUrl, cleanUrl, paperLinks } from "../../src/extract/links.ts";
import { abstractParser } from "../../src/parse/abstract.ts";

/** The links plugin's output for an abstract, through the abstract's tree. */
function extractLinks(abstract: string) {
  const processor = unified().use(abstractParser).use(paperLinks);
  const file = new VFile({ value: abstract });
  processor.runSync(processor.parse(file), file);
  return file.data.links;
}

describe("links", () => {
  it.each([
    ["https://github.com/a/b.", "https://github.com/a/b"],
    ["https://github.com/a/b,", "https://github.com/a/b"],
    ["https://github.com/a/b).", "https://github.com/a/b"],
    ["https://en.wikipedia.org/wiki/A_(b))", "https://en.wikipedia.org/wiki/A_(b)"],
    ["https://anonymous.4open.science/r/TangleNAS-527C{here}", "https://anonymous.4open.science/r/TangleNAS-527C"],
    ["https://github.com/SKDDJ/LoLDU{https://github.com/SKDDJ/LoLDU}.", "https://github.com/SKDDJ/LoLDU"],
    ["https://github.com/zjq0455/PTQ1.61.", "https://github.com/zjq0455/PTQ1.61"],
    ["https://github.com/MoE-Inf/awesome-moe-inference/", "https://github.com/MoE-Inf/awesome-moe-inference/"],
  ])("cleans %s", (raw, want) => expect(cleanUrl(raw)).toBe(want));

  it("takes every http(s) URL once from the tree's link nodes, including LaTeX-wrapped and tie-glued ones", () => {
    const text =
      "Code at~https://github.com/rabeehk/compacter. See \\href{https://github.com/x/y}{https://github.com/x/y} " +
      "and https://step-law.github.io/ (or javascript:alert(1), data:text/html,x, ftp://a.b/c).";
    expect(extractLinks(text)).toEqual([
      { url: "https://github.com/rabeehk/compacter", kind: "code" },
      { url: "https://github.com/x/y", kind: "code" },
      { url: "https://step-law.github.io/", kind: "project" },
    ]);
  });

  it("reads a URL whose dot is set as math, and the first URL of a Markdown link written out", () => {
    expect(extractLinks("Code: https://github$.$com/org/zorb.")).toEqual([
      { url: "https://github.com/org/zorb", kind: "code" },
    ]);
    expect(extractLinks("See [code](https://gitlab.com/a/b) and https://a.org/x](https://a.org/x).")).toEqual([
      { url: "https://gitlab.com/a/b", kind: "code" },
      { url: "https://a.org/x", kind: "other" },
    ]);
  });

  it("classifies", () => {
    expect(classifyUrl("https://arxiv.org/abs/2401.00001")).toBe("paper");
    expect(classifyUrl("https://example.org/paper.pdf")).toBe("paper");
    expect(classifyUrl("https://gitee.com/a/b")).toBe("code");
    expect(classifyUrl("https://example.org/")).toBe("other");
  });
});
