// Splitting long lists into pages, the jump-to-letter index of methods, and
// the methods the search offers as a filter.
import { describe, expect, it } from "vitest";
import { initialOf, initials, laterPages, pageOf, pagePath } from "../../src/lib/pages.ts";
import { mostUsedMethods } from "../../src/lib/search-filters.ts";

describe("pages", () => {
  it("splits a list and counts its pages", () => {
    const all = Array.from({ length: 250 }, (_, i) => i);
    expect(pageOf(all, 1).items).toEqual(all.slice(0, 100));
    expect(pageOf(all, 3)).toEqual({ items: all.slice(200), number: 3, count: 3 });
    expect(pageOf([], 1).count).toBe(1);
    expect(laterPages(250)).toEqual([2, 3]);
    expect(laterPages(100)).toEqual([]);
    expect(laterPages(201, 200)).toEqual([2]);
  });

  it("puts page 1 at the list's own address", () => {
    expect(pagePath("methods/", 1)).toBe("methods/");
    expect(pagePath("methods/", 4)).toBe("methods/page/4/");
  });
});

describe("initials", () => {
  it("files names under their first letter, accents dropped, symbols and digits under #", () => {
    expect(initialOf("GaLore")).toEqual({ key: "g", label: "G" });
    expect(initialOf("Émile")).toEqual({ key: "e", label: "E" });
    expect(initialOf("(IA)^3")).toEqual({ key: "i", label: "I" });
    expect(initialOf("8-bit Adam")).toEqual({ key: "other", label: "#" });
    expect(initialOf("注意力")).toEqual({ key: "other", label: "#" });
  });

  it("points each initial at the page and row where it starts", () => {
    const names = ["3D-LoRA", "Adam", "AdamW", "BERT", "Butterfly", "CoLA", "DoRA"];
    expect(initials(names, 3)).toEqual([
      { key: "other", label: "#", index: 0, page: 1 },
      { key: "a", label: "A", index: 1, page: 1 },
      { key: "b", label: "B", index: 3, page: 2 },
      { key: "c", label: "C", index: 5, page: 2 },
      { key: "d", label: "D", index: 6, page: 3 },
    ]);
  });

  it("keeps the first place of an initial that comes back later in the order", () => {
    expect(initials(["Alpha", "Beta", "alpha2"], 10).map((j) => j.key)).toEqual(["a", "b"]);
  });
});

describe("the search's method filter", () => {
  const method = (name: string, introduced: number, mentioned: number) => ({
    name,
    slug: name.toLowerCase(),
    introducedBy: Array.from({ length: introduced }, (_, i) => `p${i}`),
    mentionedBy: Array.from({ length: mentioned }, (_, i) => `q${i}`),
  });

  it("offers the methods of the most papers, two at least, ties by name", () => {
    const methods = [
      method("Solo", 1, 0),
      method("LoRA", 1, 9),
      method("adam", 0, 4),
      method("Adam-mini", 1, 3),
      method("GaLore", 1, 1),
      method("BERT", 0, 4),
    ];
    expect([...mostUsedMethods(methods, 3)]).toEqual(["lora", "adam", "adam-mini"]);
    expect(mostUsedMethods(methods, 10).has("solo")).toBe(false);
    expect(mostUsedMethods(methods, 10).size).toBe(5);
  });
});
