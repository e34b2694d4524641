// The whole collection as BibTeX, beside papers.json: the same keys as the papers' pages.
import { citeKeys, papers } from "../../lib/data.ts";
import { bibFile } from "../../record/bibtex.ts";

export const GET = () =>
  new Response(bibFile(papers, citeKeys), { headers: { "content-type": "application/x-bibtex; charset=utf-8" } });
