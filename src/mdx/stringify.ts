// MDX text from an mdast tree, through remark-stringify with the MDX, math and
// frontmatter extensions: escaping is remark-mdx's job, never ours.
import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkMath from "remark-math";
import remarkMdx from "remark-mdx";
import remarkStringify from "remark-stringify";
import { unified } from "unified";

const processor = unified().use(remarkStringify, { bullet: "-", emphasis: "_", fences: true }).use(remarkMdx).use(remarkMath).use(remarkFrontmatter, ["yaml"]);

export function toMdx(tree: Root): string {
  return processor.stringify(tree);
}
