// A paper page's MDX as HTML, once, when the content collection is synced: the
// page's body is compiled and run by the same MDX compiler (Sätteri) with the
// same Markdown features and math plugin as Astro's MDX integration, into a
// hast tree (hastscript's JSX runtime) serialised by hast-util-to-html. A page
// rendered here is not a module for Vite to bundle, and the content store keeps
// its HTML from one build to the next until the file changes.
//
// Only what the ingest writes is rendered here: Markdown, math and the KaTeX
// style import. A page holding anything else MDX can say (components, JSX,
// expressions, other imports or exports) is left to Astro's MDX integration.
import type { Nodes as HastNodes } from "hast";
import { toHtml } from "hast-util-to-html";
import { Fragment, jsx as element } from "hastscript/jsx-runtime";
import { satteriHeadingIdsPlugin } from "@astrojs/markdown-satteri";
import { evaluate, mdxToMdast, type MdastNode } from "satteri";
import { parse as parseYaml } from "yaml";
import { KATEX_IMPORT } from "./paper-page.ts";
import { MARKDOWN_FEATURES, markdownPlugins } from "./markdown-options.ts";

export interface RenderedPage {
  /** The frontmatter, parsed as YAML. */
  frontmatter: unknown;
  /** The body's HTML; null when the page holds MDX to be left to Astro's MDX integration. */
  html: string | null;
  /** The page holds math: it needs KaTeX's style sheet. */
  math: boolean;
}

// What Astro's MDX integration adds to the site's Markdown features (GFM and smart punctuation are on by default).
const FEATURES = { ...MARKDOWN_FEATURES, gfm: true, smartPunctuation: true, frontmatter: true };
const MDX_ONLY = new Set(["mdxJsxFlowElement", "mdxJsxTextElement", "mdxFlowExpression", "mdxTextExpression"]);

/** Whether the tree holds MDX beyond Markdown: JSX, expressions, or ESM other than the KaTeX style import. */
function holdsMdx(node: MdastNode): boolean {
  if (MDX_ONLY.has(node.type)) return true;
  if (node.type === "mdxjsEsm" && (node as { value: string }).value.trim() !== KATEX_IMPORT) return true;
  const children = (node as { children?: MdastNode[] }).children;
  return children?.some(holdsMdx) ?? false;
}

/**
 * Raw HTML handed over by a plugin (KaTeX's output) comes to the JSX runtime as a
 * fragment with `set:html`, Astro's way of writing it: here it becomes a raw node.
 */
function fragment(props: { "set:html"?: string; children?: unknown }): HastNodes {
  const raw = props["set:html"];
  if (raw !== undefined) return { type: "raw", value: raw };
  return element(null, { children: props.children } as never);
}

/** The JSX runtime MDX calls: a component (the fragment above) is called, an element name made by hastscript. */
function jsx(type: unknown, props: unknown): unknown {
  if (typeof type === "function") return type(props);
  return element(type as string, props as never);
}

/**
 * The frontmatter as YAML reads it. The ingest writes it as JSON, which YAML reads the same: that is read as JSON
 * first, several times faster than YAML's parser over thousands of pages.
 */
function readFrontmatter(yaml: string): unknown {
  if (yaml.startsWith("{")) {
    try {
      return JSON.parse(yaml);
    } catch {
      // Not JSON after all: YAML says what is wrong, and where.
    }
  }
  return parseYaml(yaml, { prettyErrors: true }) ?? {};
}

/** A page's frontmatter and, unless it holds more than Markdown and math, its body's HTML. */
export function renderPage(source: string): RenderedPage {
  const tree = mdxToMdast(source, { features: FEATURES, position: false }) as MdastNode & { children: MdastNode[] };
  const yaml = tree.children[0]?.type === "yaml" ? (tree.children[0] as { value: string }).value : "";
  const frontmatter = readFrontmatter(yaml);
  const math = tree.children.some(
    (n) => n.type === "mdxjsEsm" && (n as { value: string }).value.trim() === KATEX_IMPORT,
  );
  if (holdsMdx(tree)) return { frontmatter, html: null, math };
  const module = evaluate(math ? source.replace(KATEX_IMPORT, "") : source, {
    jsx,
    jsxs: jsx,
    Fragment,
    features: FEATURES,
    mdastPlugins: markdownPlugins,
    hastPlugins: [satteriHeadingIdsPlugin()],
    elementAttributeNameCase: "html",
  }) as { default: (props: { components: Record<string, unknown> }) => HastNodes };
  const body = module.default({ components: { Fragment: fragment } });
  return { frontmatter, html: toHtml(body, { allowDangerousHtml: true }), math };
}
