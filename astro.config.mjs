// Site configuration. PAPERGRAPH_SITE and PAPERGRAPH_BASE let the site be
// hosted under a sub-path (for example PAPERGRAPH_BASE=/papers/).
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import rehypeKatex from "rehype-katex";
import remarkMath from "remark-math";

export default defineConfig({
  site: process.env.PAPERGRAPH_SITE ?? "http://127.0.0.1:4321",
  base: process.env.PAPERGRAPH_BASE ?? "/",
  trailingSlash: "always",
  build: { format: "directory" },
  markdown: {
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [[rehypeKatex, { throwOnError: false, strict: "ignore", output: "htmlAndMathml" }]] }),
  },
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
});
