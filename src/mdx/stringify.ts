// MDX text from an mdast tree, through remark-stringify with the MDX, math and
// frontmatter extensions: escaping is remark-mdx's job, never ours.
import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkMath from "remark-math";
import remarkMdx from "remark-mdx";
import remarkStringify from "remark-stringify";
import { type Processor, unified } from "unified";

// MDX reads a paragraph that starts with "import" or "export" as JavaScript;
// remark-mdx does not guard against it, so the first letter of such a line is
// written as a character reference.
function remarkEscapeEsm(this: Processor) {
  const data = this.data();
  const extensions = (data.toMarkdownExtensions ??= []);
  extensions.push({
    unsafe: [
      { character: "i", atBreak: true, after: "mport\\b" },
      { character: "e", atBreak: true, after: "xport\\b" },
    ],
  });
}

const processor = unified()
  .use(remarkStringify, { bullet: "-", emphasis: "_", fences: true })
  .use(remarkMdx)
  .use(remarkMath)
  .use(remarkFrontmatter, ["yaml"])
  .use(remarkEscapeEsm);

export function toMdx(tree: Root): string {
  return processor.stringify(tree);
}
