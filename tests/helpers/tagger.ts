// The concept tagger as ingest runs it: the shipped vocabulary, with the abstract's sentences read by their role.
import { join } from "node:path";
import { createTagger, loadVocabulary } from "../../src/extract/concepts.ts";
import { loadLexicon } from "../../src/extract/names.ts";
import { readSentences } from "../../src/extract/roles.ts";

const vocabularyDir = join(import.meta.dirname, "../../content/vocabulary");
const lexicon = loadLexicon(join(vocabularyDir, "lexicon.json"));
export const vocabulary = loadVocabulary(join(vocabularyDir, "concepts.json"));
const concepts = createTagger(vocabulary);
export const tagger = {
  tag: (title: string, abstract: string) => concepts.tag(title, abstract, readSentences(abstract, lexicon.cues)),
};
