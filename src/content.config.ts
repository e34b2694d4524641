import { existsSync, readdirSync } from "node:fs";
import { glob } from "astro/loaders";
import { defineCollection } from "astro:content";
import { z } from "astro/zod";

const provenance = z.object({ file: z.string(), line: z.number() });
const nameRef = z.object({ key: z.string(), name: z.string(), slug: z.string().nullable() });

const papers = defineCollection({
  // PAPERGRAPH_PAGES / PAPERGRAPH_NOTES point the build at other folders.
  // The raw MDX is not kept in the data store: pages render the compiled MDX,
  // and at 10,000 papers the bodies made the bundled store ~40% larger.
  loader: glob({ pattern: "*.mdx", base: process.env.PAPERGRAPH_PAGES ?? "./src/content/papers", retainBody: false }),
  schema: z
    .object({
      id: z.string(),
      title: z.string(),
      abstract: z.string(),
      authors: z.union([z.number(), z.array(z.string())]).nullable(),
      orgLine: z.string().nullable(),
      date: z.string().nullable(),
      dateText: z.string().nullable(),
      dateInferred: z.boolean(),
      upvotes: z.number().nullable(),
      venue: z.string().nullable(),
      links: z.array(z.object({ url: z.string().url(), kind: z.enum(["code", "project", "paper", "other"]) })),
      methods: z.array(nameRef.extend({ via: z.string() })),
      mentions: z.array(nameRef),
      concepts: z.array(z.object({ id: z.string(), score: z.number(), cues: z.array(z.string()) })),
      sources: z.array(provenance),
      buildsOn: z.array(z.object({ id: z.string(), methods: z.array(z.string()) })),
      builtUponBy: z.array(z.object({ id: z.string(), methods: z.array(z.string()) })),
      related: z.array(
        z.object({ id: z.string(), score: z.number(), concepts: z.array(z.string()), terms: z.array(z.string()) }),
      ),
      truncated: z.boolean(),
      // Every field is checked, but only the id is kept in the data store: the
      // pages read the records from papers.json, and at 10,000 papers the store
      // (bundled into the build as one module) held every record a second time.
    })
    .transform((p) => ({ id: p.id })),
});

const notesDir = process.env.PAPERGRAPH_NOTES ?? "./content/notes";
const hasNotes = existsSync(notesDir) && readdirSync(notesDir).some((f) => f.endsWith(".md"));
const notes = defineCollection({
  // Without any note the glob loader would warn on every build. The dev server
  // always watches the folder, so that a first note shows up without a restart.
  loader: hasNotes || import.meta.env.DEV ? glob({ pattern: "*.md", base: notesDir }) : async () => [],
});

export const collections = { papers, notes };
