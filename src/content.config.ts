import { existsSync, readdirSync } from "node:fs";
import { glob } from "astro/loaders";
import { defineCollection } from "astro:content";
import { paperRecord } from "./record/schema.ts";
import { paperPages } from "./site/build/paper-pages.ts";

const papers = defineCollection({
  // PAPERGRAPH_PAGES / PAPERGRAPH_NOTES point the build at other folders.
  // The pages' HTML is rendered at content sync and kept in the store (src/site/build/paper-pages.ts).
  loader: paperPages(process.env.PAPERGRAPH_PAGES ?? "./src/content/papers"),
  // A page's frontmatter is its paper's id; the record itself is read from
  // papers.json through the same schema (src/lib/data.ts).
  schema: paperRecord.pick({ id: true }),
});

const notesDir = process.env.PAPERGRAPH_NOTES ?? "./content/notes";
const hasNotes = existsSync(notesDir) && readdirSync(notesDir).some((f) => f.endsWith(".md"));
const notes = defineCollection({
  // Without any note the glob loader would warn on every build. The dev server
  // always watches the folder, so that a first note shows up without a restart.
  loader: hasNotes || import.meta.env.DEV ? glob({ pattern: "*.md", base: notesDir }) : async () => [],
});

export const collections = { papers, notes };
