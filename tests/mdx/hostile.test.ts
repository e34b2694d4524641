// Whatever a title or abstract holds, the MDX page compiles and shows it as
// literal text (math aside): no component, no script, no expression from content.
import { evaluate } from "@mdx-js/mdx";
import fc from "fast-check";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import remarkFrontmatter from "remark-frontmatter";
import remarkMath from "remark-math";
import { describe, expect, it } from "vitest";
import { paperTree } from "../../src/mdx/paper-tree.ts";
import { toMdx } from "../../src/mdx/stringify.ts";
import { paperOf } from "../helpers/records.ts";

const paper = (title: string, abstract: string) => paperOf({ title, abstract });

async function render(abstract: string, title = "T"): Promise<{ html: string; frontmatter: unknown }> {
  const mdx = toMdx(paperTree(paper(title, abstract), { title, abstract }, []));
  const mod = await evaluate(mdx, {
    Fragment,
    jsx,
    jsxs,
    remarkPlugins: [remarkMath, [remarkFrontmatter, ["yaml"]]],
    development: false,
  } as never);
  return { html: renderToStaticMarkup(jsx(mod.default, {})), frontmatter: mdx.split("---")[1] };
}

// Real tags or attributes, not their escaped text.
const UNSAFE = /<(?:script|img|iframe|component)\b|<[^>]*\son\w+=|href="javascript:|src="data:/i;

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");

const PAYLOADS = [
  "{alert(1)}",
  "<Component />",
  "<script>window.__pwned = 1</script>",
  '<img src=x onerror="window.__pwned=1">',
  "<!-- hidden -->",
  "`code` and ```fenced```",
  "import x from 'y'",
  "export const a = 1",
  "ends with a backslash \\",
  "{props.x} <b>{1+1}</b>",
  "a * b _c_ [link](javascript:alert(1)) ![i](data:x)",
  "# not a heading",
  "1. not a list",
  "| a | b |",
  "& &amp; &#x3C;",
];

describe("MDX from hostile text", () => {
  it.each(PAYLOADS)("shows %j literally", async (payload) => {
    const abstract = `Before ${payload} after.`;
    const { html } = await render(abstract);
    expect(html).not.toMatch(UNSAFE);
    expect(text(html)).toContain(payload.replace(/\s+/g, " ").trim().split(" ")[0]);
    expect(text(html).replace(/\s+/g, " ")).toContain(`Before ${payload}`.replace(/\s+/g, " ").trim().slice(0, 20));
  });

  it.each([
    "import x from 'y'",
    "export const a = 1 \\",
    "import x from 'y'\nexport const a = 1 \\",
    "<div>",
    "{",
    "# heading",
    "> quote",
    "- item",
    "    indented code",
    "---",
  ])("keeps %j at the very start of the abstract as text", async (start) => {
    const { html } = await render(start);
    expect(html).not.toMatch(UNSAFE);
    expect(text(html).replace(/\s+/g, " ").trim()).toBe(start.replace(/\s+/g, " ").trim());
  });

  it("renders math spans as math and leaves broken dollar signs as text", async () => {
    const { html } = await render("Cost $O(n^2)$ and 5.18\\times$ latency and \\( L_{1,2} \\) norm.");
    expect(html).toMatch(/class="[^"]*math/);
    expect(text(html)).toContain("5.18\\times$");
  });

  it("compiles any generated title and abstract, keeping their words", async () => {
    const piece = fc.oneof(
      fc.constantFrom(
        ...PAYLOADS,
        "$$x$$",
        "$",
        "\\",
        "{",
        "}",
        "<",
        ">",
        "`",
        "~",
        "\u200b",
        "\u00a0",
        "مرحبا",
        "深度学习",
        "🚀",
        "\u00ad",
      ),
      fc.string({ maxLength: 12 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 8 }),
        fc.array(piece, { maxLength: 4 }),
        async (parts, titleParts) => {
          const abstract = `Start ${parts.join(" ")} end.`;
          const { html, frontmatter } = await render(abstract, titleParts.join(" ") || "T");
          expect(html).not.toMatch(UNSAFE);
          expect(text(html)).toContain("Start");
          expect(text(html)).toContain("end.");
          expect(JSON.parse(String(frontmatter))).toEqual({ title: titleParts.join(" ") || "T", abstract });
        },
      ),
      { numRuns: 150, seed: 20261124 },
    );
  });
});
