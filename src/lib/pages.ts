// Long lists are split into pages of PAGE_SIZE: the first page at the list's
// own address, the rest at `<base>page/N/`.
export const PAGE_SIZE = 100;

export interface Page<T> {
  items: T[];
  number: number;
  count: number;
}

export function pageOf<T>(all: T[], number: number, size = PAGE_SIZE): Page<T> {
  return {
    items: all.slice((number - 1) * size, number * size),
    number,
    count: Math.max(1, Math.ceil(all.length / size)),
  };
}

/** Page numbers 2..count, for getStaticPaths. */
export const laterPages = (total: number, size = PAGE_SIZE): number[] =>
  Array.from({ length: Math.max(0, Math.ceil(total / size) - 1) }, (_, i) => i + 2);

/** The site path of page `n` of a list whose first page is at `base`. */
export const pagePath = (base: string, n: number) => (n <= 1 ? base : `${base}page/${n}/`);

/** Methods are short rows: more of them fit on a page. */
export const METHODS_PER_PAGE = 200;

/** Names in reading order: case and accents aside. */
export const byName = new Intl.Collator("en", { sensitivity: "base" });

export interface Initial {
  /** For an element id: a lower-case letter, or "other". */
  key: string;
  label: string;
}

/** The letter a name files under: accents dropped; digits and symbols under "#". */
export function initialOf(name: string): Initial {
  const letter = name
    .normalize("NFD")
    .replace(/[^\p{L}\p{N}]/gu, "")
    .charAt(0)
    .toUpperCase();
  return /^[A-Z]$/.test(letter) ? { key: letter.toLowerCase(), label: letter } : { key: "other", label: "#" };
}

export interface InitialJump extends Initial {
  /** Position in the sorted list of the first name with this initial. */
  index: number;
  page: number;
}

/** Where each initial first occurs in a sorted list split into pages of `size`. */
export function initials(sortedNames: string[], size: number): InitialJump[] {
  const seen = new Set<string>();
  const jumps: InitialJump[] = [];
  sortedNames.forEach((name, index) => {
    const initial = initialOf(name);
    if (seen.has(initial.key)) return;
    seen.add(initial.key);
    jumps.push({ ...initial, index, page: Math.floor(index / size) + 1 });
  });
  return jumps;
}
