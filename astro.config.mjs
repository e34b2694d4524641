// Site configuration. PAPERGRAPH_SITE and PAPERGRAPH_BASE let the site be
// hosted under a sub-path (for example PAPERGRAPH_BASE=/papers/).
import mdx from "@astrojs/mdx";
import { satteri } from "@astrojs/markdown-satteri";
import sitemap from "@astrojs/sitemap";
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import { ingestOnChange } from "./src/dev/ingest-on-change.ts";
import { MARKDOWN_FEATURES, markdownPlugins } from "./src/mdx/markdown-options.ts";
import { leanCytoscape } from "./src/site/build/lean-cytoscape.ts";

export default defineConfig({
  // The origin the site is served from: the sitemap, the feed, canonical and Open Graph URLs need it. Without it
  // (a local build) they are left out rather than pointed at a local address; `npm run build` says so.
  site: process.env.PAPERGRAPH_SITE || undefined,
  base: process.env.PAPERGRAPH_BASE ?? "/",
  // A build or dev server over other folders (PAPERGRAPH_PAGES) keeps its own
  // content store, so that it never mixes with the site's.
  cacheDir: process.env.PAPERGRAPH_CACHE ?? "./node_modules/.astro",
  // Pages are folders (graph/index.html): /graph and /graph/ are the same page
  // in `npm run preview`, as on static hosts, which redirect one to the other.
  trailingSlash: "ignore",
  // Pages are rendered 16 at a time: one page's file write overlaps the next one's rendering (a third less time
  // for the real corpus than one at a time; the same files).
  build: { format: "directory", concurrency: 16 },
  markdown: {
    // Sätteri (Astro's Rust Markdown/MDX processor) with math typeset by KaTeX.
    processor: satteri({ features: { ...MARKDOWN_FEATURES }, mdastPlugins: markdownPlugins }),
    // Abstracts hold no code blocks: no highlighter to load on every build.
    syntaxHighlight: false,
  },
  integrations: [mdx(), sitemap(), ingestOnChange(import.meta.dirname)],
  vite: {
    plugins: [leanCytoscape()],
    // The dev server watches the project's sources, not the benchmark's generated collections (.cache/, hundreds of
    // thousands of files: enough to exhaust the system's file watchers) nor a built site.
    server: { watch: { ignored: ["**/.cache/**", "**/dist/**"] } },
    // KaTeX's style sheet under one name for the MDX pages that hold math (src/mdx/paper-page.ts).
    resolve: {
      alias: {
        "@papergraph/katex.css": fileURLToPath(new URL("./node_modules/katex/dist/katex.min.css", import.meta.url)),
      },
    },
    build: {
      rollupOptions: {
        // Every MDX module carries Astro's "use astro:head-inject" directive and
        // the bundler warns about each one (withastro/astro#18087): thousands of
        // identical warnings that hide real ones. Only that warning is dropped.
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && String(warning.message).includes("astro:head-inject"))
            return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
