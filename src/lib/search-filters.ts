// Which values the search page offers as filters.
import { byName } from "./pages.ts";

/**
 * How many methods the search can filter by: at 10,000 papers the methods
 * with two papers or more number in the hundreds, a list no reader scans. The
 * ones that gather the most papers are offered; every method keeps its own
 * page with all its papers.
 */
export const SEARCH_METHODS = 50;

/** Slugs of the `limit` methods introduced or mentioned by the most papers, two at least; ties by name. */
export function mostUsedMethods(
  methods: Array<{ slug: string; name: string; introducedBy: string[]; mentionedBy: string[] }>,
  limit: number,
): Set<string> {
  const papers = (m: (typeof methods)[number]) => m.introducedBy.length + m.mentionedBy.length;
  return new Set(
    methods
      .filter((m) => papers(m) >= 2)
      .sort((a, b) => papers(b) - papers(a) || byName.compare(a.name, b.name) || a.slug.localeCompare(b.slug))
      .slice(0, limit)
      .map((m) => m.slug),
  );
}
