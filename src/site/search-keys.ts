// `/` (outside a text field) and Ctrl-K or ⌘-K (anywhere) take the reader to the
// page's search field: the header's, or the page's own on home and search.
const typing = (el: Element | null) =>
  el instanceof HTMLInputElement ||
  el instanceof HTMLTextAreaElement ||
  el instanceof HTMLSelectElement ||
  (el instanceof HTMLElement && el.isContentEditable);

export function bindSearchKeys(doc: Document = document): void {
  doc.addEventListener("keydown", (e) => {
    const slash = e.key === "/" && !e.ctrlKey && !e.metaKey && !e.altKey && !typing(doc.activeElement);
    const k = (e.key === "k" || e.key === "K") && (e.ctrlKey || e.metaKey) && !e.altKey;
    if (!slash && !k) return;
    const field = doc.querySelector<HTMLInputElement>('input[type="search"]');
    if (!field) return;
    e.preventDefault();
    field.focus();
    field.select();
  });
}
