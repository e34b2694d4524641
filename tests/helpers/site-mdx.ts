// MDX compiled as the site compiles it: Astro's MDX integration parses pages
// with Sätteri (astro.config.mjs: math on). The tree tells whether anything
// from the text became code: JSX, an expression or an import/export.
import type { Nodes } from "hast";
import { toHtml } from "hast-util-to-html";
import { mdxToHast } from "satteri";
import { KATEX_IMPORT } from "../../src/mdx/paper-page.ts";

export interface Compiled {
  html: string;
  /** Node types that run code or render components: must be empty for text from a listing. */
  code: string[];
}

const CODE = /^mdx(?:JsxFlowElement|JsxTextElement|FlowExpression|TextExpression|jsEsm)$/;

export function compileAsSite(mdx: string): Compiled {
  const tree = mdxToHast(mdx, { features: { math: true } }) as Nodes;
  const code: string[] = [];
  const walk = (node: Nodes) => {
    // The one import the writer itself adds (KaTeX's style sheet, for a page with math) is not from the text.
    const ours = node.type === "mdxjsEsm" && (node as { value?: string }).value?.trim() === KATEX_IMPORT;
    if (CODE.test(node.type) && !ours) code.push(node.type);
    if ("children" in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  // The style sheet's import renders nothing: it is left out of the HTML.
  if ("children" in tree) tree.children = tree.children.filter((n) => (n.type as string) !== "mdxjsEsm") as never;
  return { html: code.length === 0 ? toHtml(tree) : "", code };
}
