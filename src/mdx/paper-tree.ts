// Builds the MDX page of a paper as an mdast tree: frontmatter, then the
// abstract with URLs and method names as links and math as inline math.
// remark-mdx escapes whatever the text holds ({, <, $, backslashes).
import type { Root, PhrasingContent, RootContent } from "mdast";
import { cleanUrl } from "../extract/links.ts";
import type { Paper } from "../types.ts";
import { segmentAbstract } from "./latex.ts";

export interface MethodLink {
  /** Names as written in papers, longest first when matched. */
  name: string;
  href: string;
}

export function paperTree(paper: Paper, frontmatter: Record<string, unknown>, methodLinks: MethodLink[]): Root {
  const children: RootContent[] = [{ type: "yaml", value: JSON.stringify(frontmatter, null, 2) }];
  const inline: PhrasingContent[] = [];
  for (const segment of segmentAbstract(paper.abstract, cleanUrl)) {
    if (segment.kind === "math") inline.push({ type: "inlineMath", value: segment.value });
    else if (segment.kind === "url") inline.push({ type: "link", url: segment.value, children: [{ type: "text", value: segment.value }] });
    else inline.push(...linkMethods(segment.value, methodLinks));
  }
  if (inline.length > 0) children.push({ type: "paragraph", children: inline });
  else children.push({ type: "paragraph", children: [{ type: "emphasis", children: [{ type: "text", value: "No abstract in the listing." }] }] });
  return { type: "root", children };
}

const escapeRe = (s: string) => s.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&");

function linkMethods(text: string, links: MethodLink[]): PhrasingContent[] {
  if (links.length === 0) return [{ type: "text", value: text }];
  const sorted = [...links].sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name));
  const re = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${sorted.map((l) => escapeRe(l.name)).join("|")})(?![\\p{L}\\p{N}]|-\\p{L})`, "gu");
  const hrefOf = new Map(sorted.map((l) => [l.name, l.href]));
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) out.push({ type: "text", value: text.slice(last, m.index) });
    out.push({ type: "link", url: hrefOf.get(m[0])!, children: [{ type: "text", value: m[0] }] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: "text", value: text.slice(last) });
  return out;
}
