// A paper's identifiers: the arXiv id and DOI found in an id, a reference or an
// address, and the addresses they lead to. One definition of each, for the
// readers of bibliographies, the BibTeX the site writes and the paper's page.

/** An arXiv id, new style ("2401.01234", version dropped) or old style ("hep-th/9901001"). */
const ARXIV_ID =
  /(?:^|arxiv:\s*|arxiv\.org\/(?:abs|pdf)\/)(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?(?:\.pdf)?\s*$/i;

/** The arXiv id in an id, "arXiv:" reference or arXiv address, without its version; null if none. */
export function arxivId(text: string | undefined): string | null {
  if (!text) return null;
  const m = ARXIV_ID.exec(text.trim().replace(/[?#].*$/, ""));
  return m?.[1] ?? null;
}

/** A DOI as itself ("10.1234/abc"), from a bare DOI, "doi:" or a doi.org address; null if none. */
export function doiOf(text: string | undefined): string | null {
  if (!text) return null;
  const m = /(?:^|doi\.org\/|doi:\s*)(10\.\d{4,9}\/\S+)$/i.exec(text.trim());
  return m?.[1]?.replace(/[.,;]+$/, "") ?? null;
}

/** An arXiv id's abstract page and PDF. */
export const arxivUrls = (id: string): [string, string] => [
  `https://arxiv.org/abs/${id}`,
  `https://arxiv.org/pdf/${id}`,
];

/** A DOI's address at the DOI resolver. */
export const doiUrl = (doi: string): string => `https://doi.org/${doi}`;
