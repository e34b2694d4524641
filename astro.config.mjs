// Site configuration. PAPERGRAPH_SITE and PAPERGRAPH_BASE let the site be
// hosted under a sub-path (for example PAPERGRAPH_BASE=/papers/).
import mdx from "@astrojs/mdx";
import { satteri } from "@astrojs/markdown-satteri";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { renderMath } from "./src/mdx/render-math.ts";

export default defineConfig({
  site: process.env.PAPERGRAPH_SITE ?? "http://127.0.0.1:4321",
  base: process.env.PAPERGRAPH_BASE ?? "/",
  trailingSlash: "always",
  build: { format: "directory" },
  markdown: {
    // Sätteri (Astro's Rust Markdown/MDX processor) with math typeset by KaTeX.
    processor: satteri({ features: { math: true }, mdastPlugins: [renderMath] }),
  },
  integrations: [mdx(), sitemap()],
  vite: {
    build: {
      rollupOptions: {
        // Every MDX module carries Astro's "use astro:head-inject" directive and
        // the bundler warns about each one (withastro/astro#18087): thousands of
        // identical warnings that hide real ones. Only that warning is dropped.
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && String(warning.message).includes("astro:head-inject")) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
