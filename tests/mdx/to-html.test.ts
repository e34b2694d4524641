// The paper pages rendered at content sync: the MDX the ingest writes becomes HTML
// as Astro's MDX integration would make it; anything else is left to that integration.
import { describe, expect, it } from "vitest";
import { paperPage } from "../../src/mdx/paper-page.ts";
import { toMdx } from "../../src/mdx/stringify.ts";
import { renderPage } from "../../src/mdx/to-html.ts";
import { abstractToMdast } from "../../src/parse/abstract.ts";

const written = (abstract: string, names: string[] = []) =>
  toMdx(
    paperPage(
      "p",
      abstractToMdast(abstract),
      names.map((name) => ({ name, href: `../../m/${name}/` })),
    ),
  );

describe("renderPage", () => {
  it("reads the frontmatter and renders links and typographic quotes, the text's asterisks as written", () => {
    const page = renderPage(written('We propose "Zorb", a *new* optimiser; it beats Adam.', ["Adam"]));
    expect(page.frontmatter).toEqual({ id: "p" });
    expect(page.math).toBe(false);
    const link = '<a href="../../m/Adam/">Adam</a>';
    expect(page.html).toBe(`<p>We propose “Zorb”, a *new* optimiser; it beats ${link}.</p>`);
  });

  it("keeps as text what MDX would read as JSX or expressions once the ingest has escaped it", () => {
    const page = renderPage(written("Costs {n} < 2^k when a<b, with <T> & \\alpha."));
    expect(page.html).toBe("<p>Costs {n} &#x3C; 2^k when a&#x3C;b, with &#x3C;T> &#x26; \\alpha.</p>");
  });

  it("typesets math with KaTeX and says the page needs KaTeX's style sheet", () => {
    const page = renderPage(written("A rank $r \\ll d$ update."));
    expect(page.math).toBe(true);
    expect(page.html).toContain('<span class="katex">');
    expect(page.html).toContain('<annotation encoding="application/x-tex">r \\ll d</annotation>');
    expect(page.html).not.toContain("import");
  });

  it("leaves a page with components, expressions or other imports to Astro's MDX integration", () => {
    for (const body of ["<Chart data={1} />", "Total: {1 + 1}", 'import X from "./x.ts";\n\nText.'])
      expect(renderPage(`---\nid: p\n---\n\n${body}\n`).html).toBeNull();
  });

  it("reads frontmatter written as JSON or as YAML alike, and names the line of one it cannot read", () => {
    expect(renderPage('---\n{ "id": "p", "n": [1, 2] }\n---\n\nText.\n').frontmatter).toEqual({ id: "p", n: [1, 2] });
    expect(renderPage("---\nid: p\nn: [1, 2]\n---\n\nText.\n").frontmatter).toEqual({ id: "p", n: [1, 2] });
    expect(renderPage("---\n{ id: p }\n---\n\nText.\n").frontmatter).toEqual({ id: "p" });
    expect(() => renderPage("---\nid: p\nbad: [1,\n---\n\nText.\n")).toThrow(/line \d+/);
  });
});
