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
  // The abstract is one paragraph: line breaks in it would start new blocks.
  for (const segment of segmentAbstract(paper.abstract.replace(/\s*\n\s*/g, " "), cleanUrl)) {
    if (segment.kind === "math") inline.push({ type: "inlineMath", value: segment.value });
    else if (segment.kind === "url")
      inline.push({ type: "link", url: segment.value, children: [{ type: "text", value: segment.value }] });
    else inline.push(...linkMethods(segment.value, methodLinks));
  }
  if (inline.length > 0) children.push({ type: "paragraph", children: inline });
  else
    children.push({
      type: "paragraph",
      children: [{ type: "emphasis", children: [{ type: "text", value: "No abstract in the listing." }] }],
    });
  return { type: "root", children };
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Links every whole-word occurrence of a method name; longer names win overlaps. */
function linkMethods(text: string, links: MethodLink[]): PhrasingContent[] {
  const spans: Array<{ start: number; end: number; href: string }> = [];
  const sorted = [...links].sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name));
  for (const link of sorted) {
    for (let at = text.indexOf(link.name); at >= 0; at = text.indexOf(link.name, at + 1)) {
      const end = at + link.name.length;
      const before = text[at - 1];
      const after = text[end];
      if (isWordChar(before) || before === "-" || isWordChar(after) || (after === "-" && isWordChar(text[end + 1])))
        continue;
      if (spans.some((s) => at < s.end && end > s.start)) continue;
      spans.push({ start: at, end, href: link.href });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const s of spans) {
    if (s.start > last) out.push({ type: "text", value: text.slice(last, s.start) });
    out.push({ type: "link", url: s.href, children: [{ type: "text", value: text.slice(s.start, s.end) }] });
    last = s.end;
  }
  if (last < text.length) out.push({ type: "text", value: text.slice(last) });
  return out;
}
