// Minimal records for unit tests, with the fields a test cares about overridden.
import type { Entry, Paper } from "../../src/types.ts";

const listed = {
  title: "A Title",
  abstract: "We study a problem with a method. It works.",
  authors: null,
  orgLine: null,
  date: null,
  dateText: null,
  dateInferred: false,
  upvotes: null,
  venue: null,
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
