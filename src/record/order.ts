// Sorting by code units (`<` on strings): the same on every machine and locale,
// and far cheaper than a collator. For ids, keys and terms, whose order only
// has to be stable, not alphabetical for a reader.
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
