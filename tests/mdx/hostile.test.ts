// Whatever a title or abstract holds, the MDX page compiles and shows it as
// literal text (math aside): no component, no script, no expression from content.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { paperPage } from "../../src/mdx/paper-page.ts";
import { toMdx } from "../../src/mdx/stringify.ts";
import { abstractToMdast } from "../../src/parse/abstract.ts";
import { compileAsSite } from "../helpers/site-mdx.ts";

/** A paper page as ingest writes it, compiled by the site's MDX compiler. */
function render(abstract: string, names: string[] = []): { html: string; frontmatter: unknown } {
  const links = names.map((name) => ({ name, href: "../../methods/x/" }));
  const mdx = toMdx(paperPage("a-paper", abstractToMdast(abstract), links));
  const { html, code } = compileAsSite(mdx);
  expect(code).toEqual([]);
  return { html, frontmatter: mdx.split("---")[1] };
}

// Real tags or attributes, not their escaped text.
const UNSAFE = /<(?:script|img|iframe|component)\b|<[^>]*\son\w+=|href="javascript:|src="data:/i;

const NAMED: Record<string, string> = { lt: "<", gt: ">", quot: '"', amp: "&", apos: "'" };

/** The text a reader sees: tags dropped, character references decoded in one pass. */
const text = (html: string) =>
  html.replace(/<[^>]+>/g, "").replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (ref: string, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return NAMED[name] ?? ref;
  });

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
  it.each(PAYLOADS)("shows %j literally", (payload) => {
    const abstract = `Before ${payload} after.`;
    const { html } = render(abstract);
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
  ])("keeps %j at the very start of the abstract as text", (start) => {
    const { html } = render(start);
    expect(html).not.toMatch(UNSAFE);
    expect(text(html).replace(/\s+/g, " ").trim()).toBe(start.replace(/\s+/g, " ").trim());
  });

  it("renders math spans as math and leaves broken dollar signs as text", () => {
    const { html } = render("Cost $O(n^2)$ and 5.18\\times$ latency and \\( L_{1,2} \\) norm.");
    expect(html).toMatch(/class="[^"]*math/);
    expect(text(html)).toContain("5.18\\times$");
  });

  it("compiles any generated abstract and method names, keeping their words", () => {
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
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.array(piece, { maxLength: 4 }), (parts, names) => {
        const abstract = `Start ${parts.join(" ")} end.`;
        const { html, frontmatter } = render(abstract, [...names, ...parts.slice(0, 2)].filter(Boolean));
        expect(html).not.toMatch(UNSAFE);
        expect(text(html)).toContain("Start");
        expect(text(html)).toContain("end.");
        expect(JSON.parse(String(frontmatter))).toEqual({ id: "a-paper" });
      }),
      { numRuns: 150, seed: 20261124 },
    );
  });
});
