// Math in the MDX pages is typeset with KaTeX at build time, inside Astro's
// Sätteri Markdown processor: an mdast plugin turns each math node into
// KaTeX's HTML (with MathML for assistive technology). No script, no web font
// from another host: the KaTeX stylesheet and fonts are bundled by the page.
import katex from "katex";
import { defineMdastPlugin } from "satteri";

const options = { throwOnError: false, strict: "ignore", output: "htmlAndMathml" } as const;

export const renderMath = defineMdastPlugin({
  name: "papergraph-katex",
  inlineMath(node, ctx) {
    ctx.replaceNode(node, { rawHtml: katex.renderToString(node.value, { ...options, displayMode: false }) });
  },
  math(node, ctx) {
    ctx.replaceNode(node, { rawHtml: katex.renderToString(node.value, { ...options, displayMode: true }) });
  },
});
