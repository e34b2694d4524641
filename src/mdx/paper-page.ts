// A paper's MDX page as an mdast tree: the frontmatter the content collection
// reads (the id: pages take the record from papers.json), then the abstract's
// tree with every method name linked to its page. remark-mdx escapes whatever
// the text holds ({, <, $, backslashes) when the tree is stringified.
import type { Root, RootContent } from "mdast";
import { findAndReplace, type ReplaceFunction } from "mdast-util-find-and-replace";
import type { MdxjsEsm } from "mdast-util-mdxjs-esm";
import { EXIT, visit } from "unist-util-visit";
import { escapeRegExp } from "../extract/regexp.ts";

export interface MethodLink {
  /** A name as papers write it. */
  name: string;
  href: string;
}

const NO_ABSTRACT: RootContent = {
  type: "paragraph",
  children: [{ type: "emphasis", children: [{ type: "text", value: "No abstract in the listing." }] }],
};

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Any of the names, longest first. Whether an occurrence is a whole word is
 * checked by `wholeWord`: lookarounds with Unicode classes in one large pattern
 * made matching several times slower than the rest of ingest.
 */
function namePattern(names: string[]): RegExp {
  const alternatives = names
    .toSorted((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escapeRegExp)
    .join("|");
  return new RegExp(alternatives, "g");
}

/**
 * A word goes on through letters, digits and a hyphen before one more letter
 * or digit: "LoRA-style" and "QLoRA" hold no "LoRA"; "LoRA-" at a line's end does.
 */
function wholeWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (isWordChar(before) || before === "-" || isWordChar(after)) return false;
  return !(after === "-" && isWordChar(text[end + 1]));
}

/** The page for the paper whose abstract `tree` holds: the tree is changed in place and returned. */
export function paperPage(id: string, tree: Root, methodLinks: MethodLink[]): Root {
  const hrefs = new Map<string, string>();
  for (const l of methodLinks) if (!hrefs.has(l.name)) hrefs.set(l.name, l.href);
  if (hrefs.size > 0) {
    const link: ReplaceFunction = (name: string, match) => {
      const href = hrefs.get(name);
      if (!href || !wholeWord(match.input, match.index, match.index + name.length)) return false;
      return { type: "link", url: href, children: [{ type: "text", value: name }] };
    };
    findAndReplace(tree, [namePattern([...hrefs.keys()]), link], { ignore: ["link"] });
  }
  const body = tree.children.length > 0 ? tree.children : [NO_ABSTRACT];
  const head: RootContent[] = [{ type: "yaml", value: JSON.stringify({ id }, null, 2) }];
  if (holdsMath(tree)) head.push(KATEX_STYLE);
  return { type: "root", children: [...head, ...body] };
}

/**
 * KaTeX's style sheet, imported by the pages whose abstract holds math: Astro
 * carries a content entry's imported styles to the page that renders it, so the
 * other paper pages load none. The name is a Vite alias (astro.config.mjs), so
 * that a page written outside the project resolves it too.
 */
export const KATEX_IMPORT = 'import "@papergraph/katex.css";';
const KATEX_STYLE: MdxjsEsm = { type: "mdxjsEsm", value: KATEX_IMPORT };

function holdsMath(tree: Root): boolean {
  let found = false;
  visit(tree, ["inlineMath", "math"], () => {
    found = true;
    return EXIT;
  });
  return found;
}
