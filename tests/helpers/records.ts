// Minimal records for unit tests, with the fields a test cares about overridden.
import { newEntry } from "../../src/parse/entry.ts";
import type { Entry, Paper } from "../../src/types.ts";

// An entry as the parser starts one, with a title and an abstract.
const {
  layout: _layout,
  source: _source,
  repairs: _repairs,
  ...listed
} = {
  ...newEntry("daily", "a.txt", { line: 1, lines: ["A Title"], text: "A Title", gapBefore: 0 }),
  abstract: "We study a problem with a method. It works.",
};

export const entryOf = (over: Partial<Entry> = {}): Entry => ({
  ...listed,
  layout: "daily",
  source: { file: "a.txt", line: 1 },
  repairs: [],
  ...over,
});

export const paperOf = (over: Partial<Paper> = {}): Paper => ({
  ...listed,
  id: "p",
  links: [],
  methods: [],
  mentions: [],
  concepts: [],
  sources: [{ file: "x.txt", line: 1 }],
  buildsOn: [],
  builtUponBy: [],
  related: [],
  truncated: false,
  ...over,
});
