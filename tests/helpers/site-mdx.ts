// MDX compiled as the site compiles it: Astro's MDX integration parses pages
// with Sätteri (astro.config.mjs: math on). The tree tells whether anything
// from the text became code: JSX, an expression or an import/export.
import type { Nodes } from "hast";
import { toHtml } from "hast-util-to-html";
import { mdxToHast } from "satteri";

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
    if (CODE.test(node.type)) code.push(node.type);
    if ("children" in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return { html: code.length === 0 ? toHtml(tree) : "", code };
}
