// Long lists are split into pages of PAGE_SIZE: the first page at the list's
// own address, the rest at `<base>page/N/`.
export const PAGE_SIZE = 100;

export interface Page<T> {
  items: T[];
  number: number;
  count: number;
}

export function pageOf<T>(all: T[], number: number, size = PAGE_SIZE): Page<T> {
  return { items: all.slice((number - 1) * size, number * size), number, count: Math.max(1, Math.ceil(all.length / size)) };
}

/** Page numbers 2..count, for getStaticPaths. */
export const laterPages = (total: number, size = PAGE_SIZE): number[] => Array.from({ length: Math.max(0, Math.ceil(total / size) - 1) }, (_, i) => i + 2);

/** The site path of page `n` of a list whose first page is at `base`. */
export const pagePath = (base: string, n: number) => (n <= 1 ? base : `${base}page/${n}/`);
