// The paper page: its frontmatter and the method names linked in the abstract.
import { describe, expect, it } from "vitest";
import { paperPage } from "../../src/mdx/paper-page.ts";
import { toMdx } from "../../src/mdx/stringify.ts";
import { abstractToMdast } from "../../src/parse/abstract.ts";

const page = (abstract: string, names: string[]) =>
  toMdx(
    paperPage(
      "p",
      abstractToMdast(abstract),
      names.map((name) => ({ name, href: `../../methods/${name.toLowerCase()}/` })),
    ),
  );

describe("paperPage", () => {
  it("holds the id as frontmatter, and says when there is no abstract", () => {
    expect(page("", [])).toBe('---\n{\n  "id": "p"\n}\n---\n\n_No abstract in the listing._\n');
  });

  it("links whole words only, the longest name where names overlap", () => {
    const mdx = page("FooNet beats Foo, Foo-style models and Foo-. Also FooNets.", ["Foo", "FooNet"]);
    expect(mdx).toContain("[FooNet](../../methods/foonet/) beats [Foo](../../methods/foo/),");
    expect(mdx).toContain("Foo-style models");
    expect(mdx).toContain("and [Foo](../../methods/foo/)-.");
    expect(mdx).toContain("Also FooNets.");
  });

  it("never links a name inside a URL or inside math", () => {
    const mdx = page("See https://github.com/org/Foo and $Foo_1$ for Foo.", ["Foo"]);
    expect(mdx).toContain("[https://github.com/org/Foo](https://github.com/org/Foo)");
    expect(mdx).toContain("$Foo_1$");
    expect(mdx).toContain("for [Foo](../../methods/foo/).");
  });
});
