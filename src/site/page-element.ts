// For the pages' own scripts: an element of the page's own markup, by id. One
// that is missing means the page and its script disagree: say which.
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`${location.pathname} has no #${id}`);
  return el as T;
}
