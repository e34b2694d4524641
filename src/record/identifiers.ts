// The addresses of a paper's identifiers, for its page and for the readers of
// bibliographies: one definition of each.

/** An arXiv id's abstract page and PDF. */
export const arxivUrls = (id: string): [string, string] => [
  `https://arxiv.org/abs/${id}`,
  `https://arxiv.org/pdf/${id}`,
];

/** A DOI's address at the DOI resolver. */
export const doiUrl = (doi: string): string => `https://doi.org/${doi}`;
