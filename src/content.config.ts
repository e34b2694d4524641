import { existsSync, readdirSync } from "node:fs";
import { glob } from "astro/loaders";
import { defineCollection } from "astro:content";
import { paperRecord } from "./record/schema.ts";

const papers = defineCollection({
  // PAPERGRAPH_PAGES / PAPERGRAPH_NOTES point the build at other folders.
  // The raw MDX is not kept in the data store: pages render the compiled MDX.
  loader: glob({ pattern: "*.mdx", base: process.env.PAPERGRAPH_PAGES ?? "./src/content/papers", retainBody: false }),
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
