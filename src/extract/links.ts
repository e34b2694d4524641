// URLs in scraped abstracts come glued to LaTeX remnants ("{here}", a duplicate
// "{https://…}", "\href{…}{…}", "at~https://") and sentence punctuation.
import type { Root } from "mdast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import type { Link, LinkKind } from "../record/schema.ts";
import { alternation } from "./regexp.ts";

const URL_START = /https?:\/\//gi;
// A URL ends at white space or at characters that never occur unescaped in one
// in these listings: LaTeX braces and backslashes, angle brackets, quotes.
const URL_END = /[\s{}\\<>"`|^]/;
const TRAILING = /[.,;:!?'’”*]+$/;

export function cleanUrl(raw: string): string | null {
  let url = raw;
  const end = url.search(URL_END);
  if (end >= 0) url = url.slice(0, end);
  // A Markdown link written out, "https://a.org/x](https://a.org/x)": the first URL.
  const markdown = url.indexOf("](");
  if (markdown >= 0) url = url.slice(0, markdown);
  for (;;) {
    const before = url;
    url = url.replace(TRAILING, "");
    // A closing bracket belongs to the URL only when the URL opened it.
    for (const [open, close] of [
      ["(", ")"],
      ["[", "]"],
    ] as const) {
      if (url.endsWith(close) && count(url, close) > count(url, open)) url = url.slice(0, -1);
    }
    if (url === before) break;
  }
  if (!/^https?:\/\/[^/\s.]+\.[^/\s]+/i.test(url)) return null;
  return url;
}

const count = (s: string, ch: string) => s.split(ch).length - 1;

/** Hosts of code and of papers, with or without "www.". */
const hosts = (names: string[]) => new RegExp(`^(?:www\\.)?(?:${alternation(names)})$`, "i");
const CODE_HOSTS = hosts([
  ...["github.com", "gitlab.com", "gitee.com", "bitbucket.org", "codeberg.org", "sourceforge.net"],
  ...["anonymous.4open.science", "huggingface.co", "colab.research.google.com", "pypi.org", "npmjs.com"],
]);
const PAPER_HOSTS = hosts([
  ...["arxiv.org", "doi.org", "dx.doi.org", "openreview.net", "aclanthology.org", "papers.nips.cc"],
  ...["proceedings.neurips.cc", "proceedings.neurips.press", "proceedings.mlr.cc", "proceedings.mlr.press"],
  ...["ieeexplore.ieee.org", "dl.acm.org", "link.springer.com", "semanticscholar.org"],
]);

export function classifyUrl(url: string): LinkKind {
  let host: string;
  let path: string;
  try {
    const u = new URL(url);
    host = u.hostname;
    path = u.pathname;
  } catch {
    return "other";
  }
  if (CODE_HOSTS.test(host)) return "code";
  if (PAPER_HOSTS.test(host) || /\.pdf$/i.test(path)) return "paper";
  if (
    /\.github\.io$|\.gitlab\.io$|\.pages\.dev$|\.netlify\.app$|\.vercel\.app$/i.test(host) ||
    /^(?:sites\.google\.com)$/i.test(host)
  )
    return "project";
  return "other";
}

/** Identity of a URL for de-duplication: host case and a final slash ignored. */
export function urlKey(url: string): string {
  const m = /^(https?:\/\/[^/]+)(.*)$/i.exec(url.replace(/\/$/, ""));
  return m ? `${(m[1] ?? "").toLowerCase()}${m[2] ?? ""}` : url;
}

export interface FoundUrl {
  start: number;
  /** Where the URL's text ends, with the LaTeX remnant glued to it ("{here}", "{https://…}"). */
  end: number;
  url: string;
}

// A "{here}" or a duplicate "{https://…}" glued after a URL is a LaTeX remnant.
const GLUED_GROUP = /^\{[^{}]*\}/;

/** The URLs of a text, cleaned, in order; a URL inside another one or its remnant is part of it. */
export function* findUrls(text: string): Generator<FoundUrl> {
  let last = 0;
  for (const match of text.matchAll(URL_START)) {
    if (match.index < last) continue;
    const url = cleanUrl(text.slice(match.index));
    if (!url) continue;
    last = match.index + url.length;
    last += GLUED_GROUP.exec(text.slice(last))?.[0].length ?? 0;
    yield { start: match.index, end: last, url };
  }
}

/** The paper's links: the abstract tree's link nodes, each URL once, by kind. */
export const paperLinks: Plugin<[], Root> = () => (tree, file) => {
  const links: Link[] = [];
  const seen = new Set<string>();
  visit(tree, "link", (node) => {
    const key = urlKey(node.url);
    if (seen.has(key)) return;
    seen.add(key);
    links.push({ url: node.url, kind: classifyUrl(node.url) });
  });
  file.data.links = links;
};

declare module "vfile" {
  interface DataMap {
    /** The paper's code, project and paper links (links plugin). */
    links: Link[];
  }
}
