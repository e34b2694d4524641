// The site's Markdown features and plugins, one definition for Astro's Markdown
// processor (astro.config.mjs) and the paper pages rendered at content sync
// (src/mdx/to-html.ts): math, typeset by KaTeX at build time.
import { renderMath } from "./render-math.ts";

export const MARKDOWN_FEATURES = { math: true } as const;
export const markdownPlugins = [renderMath];
