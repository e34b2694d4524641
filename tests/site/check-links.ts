// Link checking over a built site folder.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith(".html"))
    .map((f) => join(f.parentPath, f.name))
    .sort();
}

/** Internal links of every page whose target is not in `dir` (served under `base`). */
export function brokenLinks(dir: string, files: string[], base = "/"): string[] {
  const exists = (href: string): boolean => {
    const path = decodeURIComponent(href.replace(/[?#][\s\S]*/, ""));
    if (!path.startsWith(base)) return false;
    const file = join(dir, path.slice(base.length));
    return existsSync(file) && (!path.endsWith("/") || existsSync(join(file, "index.html")));
  };
  const broken: string[] = [];
  for (const page of files) {
    const html = readFileSync(page, "utf8");
    const at = `${base}${page.slice(dir.length + 1).replace(/index\.html$/, "")}`;
    for (const [, link] of html.matchAll(/\b(?:href|src)="([^"]+)"/g)) {
      if (link === undefined) continue; // the group takes part in every match
      const raw = link.replace(/&amp;/g, "&");
      if (/^(?:https?:|mailto:|#|data:)/.test(raw)) continue;
      const href = raw.startsWith("/") ? raw : new URL(raw, `http://x${at}`).pathname;
      if (!exists(href)) broken.push(`${at} → ${link}`);
    }
  }
  return broken;
}
