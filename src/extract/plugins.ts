// unified plugins of the per-paper extraction stage. Each reads the record in
// `file.data.paper` and adds one kind of data to it.
import type { Root } from "mdast";
import type { Plugin } from "unified";
import type { VFile } from "vfile";
import type { Paper } from "../types.ts";
import type { Tagger } from "./concepts.ts";
import { extractLinks } from "./links.ts";
import { extractMentions } from "./mentions.ts";
import { extractMethods } from "./methods.ts";
import { type Lexicon, nameKey } from "./names.ts";

function paperOf(file: VFile): Paper {
  const paper = file.data.paper;
  if (!paper) throw new Error(`${file.path}: no paper record on this file`);
  return paper;
}

export const paperLinks: Plugin<[], Root> = () => (_tree, file) => {
  const paper = paperOf(file);
  paper.links = extractLinks(paper.abstract);
};

export const paperMethods: Plugin<[{ lexicon: Lexicon }], Root> =
  ({ lexicon }) =>
  (_tree, file) => {
    const paper = paperOf(file);
    paper.methods = extractMethods(paper.title, paper.abstract, lexicon).map((m) => ({
      key: nameKey(m.name),
      name: m.name,
      via: m.via,
    }));
  };

export const paperMentions: Plugin<[{ lexicon: Lexicon }], Root> =
  ({ lexicon }) =>
  (_tree, file) => {
    const paper = paperOf(file);
    const own = paper.methods.map((m) => m.name);
    paper.mentions = extractMentions(paper.title, paper.abstract, own, lexicon).map((m) => ({
      key: nameKey(m.name),
      name: m.name,
    }));
  };

export const paperConcepts: Plugin<[{ tagger: Tagger }], Root> =
  ({ tagger }) =>
  (_tree, file) => {
    const paper = paperOf(file);
    paper.concepts = tagger.tag(paper.title, paper.abstract);
  };
