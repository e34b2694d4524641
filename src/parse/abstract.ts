// A paper's abstract as an mdast tree, parsed once: one paragraph of text,
// `inlineMath` (`$…$`, `\(…\)`) and `link` nodes (http(s) URLs, cleaned of the
// LaTeX and punctuation glued to them). Scraped abstracts keep LaTeX remnants:
// the harmless ones (`\%`, accents, ties, quotes) are undone in the text nodes,
// anything else stays literal. Every later stage reads this tree: the
// extractors (`abstractText`), the links (`link` nodes) and the MDX page.
import type { Paragraph, PhrasingContent, Root, Text } from "mdast";
import type { Plugin } from "unified";
import { findUrls } from "../extract/links.ts";

const ACCENTS: Record<string, string> = {
  '"': "\u0308",
  "'": "\u0301",
  "`": "\u0300",
  "^": "\u0302",
  "~": "\u0303",
  c: "\u0327",
};

// Text styles around a word or phrase: "we propose \textbf{Foo}", "\emph{Bar}".
const STYLES = String.raw`(?:emph|textbf|textit|textsc|texttt|textsf|textrm|textnormal|underline|mbox)`;
const TEXT_STYLE = new RegExp(String.raw`\\${STYLES}\{([^{}]*)\}`, "g");
// The same in dollars (and math's "\text"), around plain words only: "$\textbf{Foo}$", and the bold initials that
// spell a name, "$\textbf{S}$tep $\textbf{M}$ore" (read as math, their dollars would pair across the words between).
// Not a bold symbol alone ("$\textbf{x}$"), nor dollars that close or open other math ("$a$\text{b}$c$", "$$…$$").
const STYLE_IN_DOLLARS = String.raw`\$\\(?:${STYLES}|text)\{`;
const STYLED_IN_MATH = new RegExp(
  String.raw`(?<![\\$\w])${STYLE_IN_DOLLARS}([^{}$\\]{2,})\}\$(?!\$)|` +
    // A bold initial: before the rest of its word ("$\textbf{S}$tep"), or a capital after its start
    // ("LoR$\textbf{A}$").
    String.raw`(?<![\\$\w])${STYLE_IN_DOLLARS}([^{}$\\])\}\$(?=\p{L})|` +
    String.raw`(?<=\p{L})${STYLE_IN_DOLLARS}(\p{Lu})\}\$`,
  "gu",
);
// A full stop with the space after it lost: "in two methods.We show" (a word of two lower-case letters or more,
// then a capitalised word); before capitals, only after a whole word in lower case: "from features.GI-Bench", not
// a name with a dot, "OnPrem.LLM" (a file's or a host's name goes on in lower case: "SKILL.md").
const GLUED_SENTENCE = /\p{Ll}{2,}[.!?](?=\p{Lu}\p{Ll})|(?<![\p{L}\p{N}.-])\p{Ll}{2,}[.!?](?=\p{Lu}{2})/gu;

/**
 * Undoes the LaTeX of running text: escaped symbols, accents, quotes, ties, `\href`, text styles. (Each step runs
 * only on a text holding what it undoes, in this order: most abstracts hold no backslash, quote or tie.)
 */
export function cleanLatexText(text: string): string {
  let out = text;
  const commands = out.includes("\\");
  if (commands)
    out = out
      .replace(/\\([%&_#])/g, "$1")
      // An accent on a letter: \"o, \'{e}; the cedilla only braced (\c{c}), so \cdot or \cite stay.
      .replace(
        /\\(?:(["'`^~])\{?([A-Za-z])\}?|(c)\{([A-Za-z])\})/g,
        (_m, accent?: string, letter?: string, c?: string, under?: string) =>
          `${letter ?? under ?? ""}${ACCENTS[accent ?? c ?? ""] ?? ""}`.normalize("NFC"),
      );
  if (out.includes("``")) out = out.replace(/``([^`'\n]{1,200}?)''/g, "“$1”");
  if (out.includes("~")) out = out.replace(/(\S)~(?=\S)/g, "$1 "); // a LaTeX tie is a space; "~3x" (about) stays
  if (commands) out = out.replace(/\\href\{([^{}]*)\}\{([^{}]*)\}/g, "$2 ($1)").replace(TEXT_STYLE, "$1");
  // A cheap test without the "u" flag first: a full stop right before a capital (ASCII, or any other letter).
  if (/[.!?](?:[A-Z]|[^\x00-\x7F])/.test(out)) out = out.replace(GLUED_SENTENCE, "$& ");
  return out;
}

// `\(…\)`; `$…$` not part of a word, an escaped dollar or `$$`; or a sub- or
// superscript glued inside a word, as names write them ("A$_3$B$_2$").
const MATH = /\\\((.{1,300}?)\\\)|(?<![\\$\w])\$([^$\n]{1,200}?)\$(?![\w$])|(?<![\\$])\$([_^][^$\s]{1,40})\$(?!\$)/g;
// `\href{URL}{label}`, even inside dollars (`$\href{URL}{\text{code}}$`): the URL
// is the link, the label a LaTeX remnant.
const HREF = /\$?\\href\{(https?:\/\/[^{}]*)\}\{(?:[^{}]|\{[^{}]*\})*\}\$?/g;

/** Text and link nodes of a stretch without math. */
function textAndLinks(text: string, out: PhrasingContent[]): void {
  let last = 0;
  const pushText = (value: string) => {
    if (!value) return;
    const prev = out.at(-1);
    if (prev?.type === "text") prev.value += value;
    else out.push({ type: "text", value });
  };
  for (const found of findUrls(text)) {
    pushText(text.slice(last, found.start));
    out.push({ type: "link", url: found.url, children: [{ type: "text", value: found.url }] });
    last = found.end;
  }
  pushText(text.slice(last));
}

// Citation remnants: "Sanghavi~jns13" (what was "~\\cite{jns13}") and a
// surviving "~\\cite{Wang2026}". Each is kept as its own text node that
// remembers its source, so the page shows the key and the extractors still see
// a citation ("Wang" before one is a cited author, not a method).
const CITATION = /~?\\cite[tp]?\*?\{([^{}]*)\}|~(\p{Ll}+\p{N}{2,4}\p{Ll}*)(?![\p{L}\p{N}])/gu;

/** Text nodes with LaTeX undone, each citation remnant a node of its own. */
function cleanText(value: string): Text[] {
  const out: Text[] = [];
  let last = 0;
  for (const m of value.matchAll(CITATION)) {
    if (m.index > last) out.push({ type: "text", value: cleanLatexText(value.slice(last, m.index)) });
    const shown = m[1] !== undefined ? ` [${m[1]}]` : ` ${m[2] ?? ""}`;
    out.push({ type: "text", value: shown, data: { latex: m[0] } });
    last = m.index + m[0].length;
  }
  if (last < value.length) out.push({ type: "text", value: cleanLatexText(value.slice(last)) });
  return out;
}

export function abstractToMdast(raw: string): Root {
  // The abstract is one paragraph: line breaks in it would start new blocks.
  // "github$.$com": a dot set as math, so that the URL is not linked in the paper.
  const flat = raw
    .replace(/\s*\n\s*/g, " ")
    .replace(HREF, "$1")
    .replace(/\$\.\$/g, ".");
  // (Only an abstract with a command in dollars is scanned for styles: most have none.)
  const source = flat.includes("$\\")
    ? flat.replace(
        STYLED_IN_MATH,
        (_m, words?: string, initial?: string, capital?: string) => words ?? initial ?? capital ?? "",
      )
    : flat;
  const inline: PhrasingContent[] = [];
  let last = 0;
  for (const m of source.matchAll(MATH)) {
    textAndLinks(source.slice(last, m.index), inline);
    const body = (m[1] ?? m[2] ?? m[3] ?? "").trim();
    if (body) inline.push({ type: "inlineMath", value: body });
    last = m.index + m[0].length;
  }
  textAndLinks(source.slice(last), inline);
  const children = inline.flatMap<PhrasingContent>((node) => (node.type === "text" ? cleanText(node.value) : [node]));
  const paragraph: Paragraph = { type: "paragraph", children };
  return { type: "root", children: children.length > 0 ? [paragraph] : [] };
}

/**
 * unified parser: the file's value is the abstract as the listing wrote it.
 * The extractors' text (`abstractText`) is made here once, for all of them.
 */
export const abstractParser: Plugin<[], string, Root> = function () {
  this.parser = (document, file) => {
    const tree = abstractToMdast(document);
    file.data.text = abstractText(tree);
    return tree;
  };
};

/**
 * The abstract's words for the extractors: text as cleaned, math kept in `$…$`
 * (a formula is not a name), and every URL a single space (words inside a URL,
 * "github.com/org/galore", are not the text's words).
 */
export function abstractText(tree: Root): string {
  let text = "";
  const paragraph = tree.children[0];
  if (paragraph?.type !== "paragraph") return text;
  for (const node of paragraph.children) {
    if (node.type === "text") text += node.data?.latex ?? node.value;
    else if (node.type === "inlineMath") text += `$${node.value}$`;
    else text += " ";
  }
  return text;
}

declare module "mdast" {
  interface TextData {
    /** A citation remnant as the listing wrote it ("~jns13", "~\\cite{key}"); the value is what the page shows. */
    latex?: string;
  }
}

declare module "vfile" {
  interface DataMap {
    /** The paper's title, set when its file is made; the file's value is its abstract. */
    title: string;
    /** The abstract as the extractors read it (`abstractText` of its tree), set by the parser. */
    text: string;
  }
}
