// The abstract's tree: text, math and links found once, LaTeX remnants undone
// for the reader, citations kept apart so the extractors still see them.
import { toString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { abstractText, abstractToMdast } from "../../src/parse/abstract.ts";

const nodes = (raw: string) => {
  const paragraph = abstractToMdast(raw).children[0];
  return paragraph?.type === "paragraph" ? paragraph.children.map((n) => n.type) : [];
};

describe("abstractToMdast", () => {
  it("splits an abstract into text, inline math and links", () => {
    expect(nodes("Cost $O(n^2)$ at https://example.org/x. Also \\( a_1 \\) here.")).toEqual([
      "text",
      "inlineMath",
      "text",
      "link",
      "text",
      "inlineMath",
      "text",
    ]);
  });

  it("typesets a sub- or superscript glued inside a name, and leaves prices alone", () => {
    expect(nodes("We propose Q$_3$R$_2$, at $5 and $7.")).toEqual(["text", "inlineMath", "text", "inlineMath", "text"]);
  });

  it("takes \\href as its URL, even wrapped in dollars or with a nested label", () => {
    const tree = abstractToMdast("Code: $\\href{https://example.org/code}{\\text{this https URL}}$ and more.");
    expect(toString(tree)).toBe("Code: https://example.org/code and more.");
    expect(nodes("See \\href{https://a.org/b}{here}.")).toEqual(["text", "link", "text"]);
  });

  it("undoes a text style in dollars around plain words, and bold initials that spell a name", () => {
    const raw =
      "We propose $\\textbf{S}$tep $\\textbf{Q}$uib ($\\textbf{SQ}$), with $\\textit{soft gates}$ and $\\mathbf{z}$.";
    expect(toString(abstractToMdast(raw))).toBe("We propose Step Quib (SQ), with soft gates and \\mathbf{z}.");
    expect(nodes(raw)).toEqual(["text", "inlineMath", "text"]);
    // Not a bold symbol alone, nor dollars that belong to other math.
    expect(nodes("A bold $\\textbf{x}$ vector.")).toEqual(["text", "inlineMath", "text"]);
    expect(nodes("Then $a$\\text{b}$c$ holds.")).toEqual(["text", "inlineMath", "text", "inlineMath", "text"]);
  });

  it("drops a LaTeX group glued after a URL", () => {
    expect(toString(abstractToMdast("At https://a.org/b{https://a.org/b}."))).toBe("At https://a.org/b.");
  });

  it("undoes accents, escaped symbols, ties and quotes, but not \\cdot or \\cite", () => {
    expect(toString(abstractToMdast("Schr\\\"odinger and \\c{c}a, 5\\% of ``all'' at~once"))).toBe(
      "Schrödinger and ça, 5% of “all” at once",
    );
    expect(toString(abstractToMdast("a \\cdot b"))).toBe("a \\cdot b");
  });

  it("shows a citation remnant as its key, and gives the extractors the remnant as written", () => {
    const raw = "As shown by Quux~qx19 and by Zorb~\\cite{Zorb2020}, it holds.";
    const tree = abstractToMdast(raw);
    expect(toString(tree)).toBe("As shown by Quux qx19 and by Zorb [Zorb2020], it holds.");
    expect(abstractText(tree)).toBe(raw);
  });

  it("gives the extractors a space for each URL: words in a link are not the text's words", () => {
    expect(abstractText(abstractToMdast("Code at https://github.com/org/FooNet now."))).toBe("Code at   now.");
  });

  it("makes no paragraph of an empty abstract", () => {
    expect(abstractToMdast("").children).toEqual([]);
  });
});
