// A title or method name as HTML: its text escaped, its LaTeX math typeset by
// KaTeX as MathML, which browsers draw without a style sheet or font of ours
// (titles appear on every kind of page; KaTeX's CSS is loaded by paper pages
// only). The TeX source annotation is left out, so search and copy see the
// same text a reader does.
import katex from "katex";
import { titleParts } from "../record/math-text.ts";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

const cache = new Map<string, string>();

export function titleHtml(text: string): string {
  let html = cache.get(text);
  if (html === undefined) {
    html = titleParts(text)
      .map((part) =>
        part.math
          ? katex
              .renderToString(part.tex, { throwOnError: false, strict: "ignore", output: "mathml" })
              .replace(/<annotation encoding="application\/x-tex">[\s\S]*?<\/annotation>/, "")
              // KaTeX's wrapper would take its font and size where its style sheet is loaded.
              .replace(/^<span class="katex">([\s\S]*)<\/span>$/, "$1")
          : escapeHtml(part.text),
      )
      .join("");
    cache.set(text, html);
  }
  return html;
}
