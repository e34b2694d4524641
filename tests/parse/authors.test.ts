// Aggregator author lines: real names in every form, and what is not a line of names.
import { describe, expect, it } from "vitest";
import { parseAuthorLine } from "../../src/parse/aggregator.ts";

describe("parseAuthorLine", () => {
  it.each([
    ["Quux, Anna ul", ["Quux, Anna ul"]],
    ["wang, Bo, Zorb, Li", ["wang, Bo", "Zorb, Li"]],
    ["Ortega, Luis de los Rios, te Velde, Mara", ["Ortega, Luis de los Rios", "te Velde, Mara"]],
    ["Vidal, Pau i, suo, Jia", ["Vidal, Pau i", "suo, Jia"]],
    ["Yau, Stephen S. -T., O'Neil, J.-P.", ["Yau, Stephen S. -T.", "O'Neil, J.-P."]],
    ["Müller, Jürgen, Łukasz, Ćwik", ["Müller, Jürgen", "Łukasz, Ćwik"]],
    ["王, 小明, Zorb, Li", ["王, 小明", "Zorb, Li"]],
    ["王, 小明, 李, 华", ["王, 小明", "李, 华"]],
  ])("reads %j", (line, names) => expect(parseAuthorLine(line)).toEqual(names));

  it.each([
    "memory, speed, accuracy, cost",
    "Faster Training, 3 Times Less Memory",
    "Zorb, 42, Quux (University of Nowhere)",
    "Quux, Anna, Blorp",
    "We propose a method, and it works: yes, really",
    "Zorb",
  ])("rejects %j", (line) => expect(parseAuthorLine(line)).toBeNull());
});
