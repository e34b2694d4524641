// The theme picker: light, dark or the system's, remembered in localStorage.
// The choice is applied before the first paint by the inline script in
// src/layouts/Base.astro (the same key and attribute); this module follows the
// picker. Where storage is blocked, the choice holds for the page only.
export const THEME_KEY = "papergraph-theme";
export type Theme = "light" | "dark" | "system";

export function applyTheme(theme: Theme): void {
  if (theme === "system") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

export function bindThemePicker(select: HTMLSelectElement): void {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(THEME_KEY);
  } catch {}
  select.value = saved === "light" || saved === "dark" ? saved : "system";
  select.addEventListener("change", () => {
    const theme = select.value as Theme;
    try {
      if (theme === "system") localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, theme);
    } catch {}
    applyTheme(theme);
  });
}
