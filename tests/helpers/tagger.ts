// The concept tagger as ingest builds it: the shipped vocabulary, with sentences read by their role.
import { join } from "node:path";
import { createTagger, loadVocabulary } from "../../src/extract/concepts.ts";
import { loadLexicon } from "../../src/extract/names.ts";
import { sentenceRole } from "../../src/extract/roles.ts";

const vocabularyDir = join(import.meta.dirname, "../../content/vocabulary");
const lexicon = loadLexicon(join(vocabularyDir, "lexicon.json"));
export const vocabulary = loadVocabulary(join(vocabularyDir, "concepts.json"));
export const tagger = createTagger(vocabulary, (sentence) => sentenceRole(sentence, lexicon.cues));
