// The paper pages' content loader: every MDX page in the folder, its
// frontmatter checked by the collection's schema and its body rendered to HTML
// once, at content sync (src/mdx/to-html.ts), instead of one module per page
// bundled by Vite on every build. The content store keeps an entry until its
// file or the renderer changes, so a rebuild renders only the pages that did.
// A page holding MDX beyond Markdown and math is left to Astro's MDX
// integration, as the glob loader would.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { renderPage } from "../../mdx/to-html.ts";

// What the HTML is made by besides the page: a change to any of these renders every page again.
const RENDERER_SOURCES = ["src/mdx/to-html.ts", "src/mdx/markdown-options.ts", "src/mdx/render-math.ts"];
const RENDERER_PACKAGES = ["satteri", "katex", "hastscript", "hast-util-to-html", "@astrojs/markdown-satteri"];

function rendererVersion(root: string): string {
  const hash = createHash("sha256");
  for (const file of RENDERER_SOURCES) hash.update(readFileSync(join(root, file)));
  for (const name of RENDERER_PACKAGES)
    hash.update(
      `${name}@${JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")).version}`,
    );
  return hash.digest("hex").slice(0, 16);
}

/** Brings the store in line with the folder: new and changed pages rendered, removed ones dropped. */
async function syncPages(context: LoaderContext, dir: string, version: string): Promise<void> {
  const { store, meta, config, parseData, generateDigest } = context;
  const root = fileURLToPath(config.root);
  if (meta.get("renderer") !== version) {
    store.clear();
    meta.set("renderer", version);
  }
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .sort();
  const kept = new Set<string>();
  for (const name of names) {
    const path = join(dir, name);
    const filePath = relative(root, path).split(sep).join("/");
    const id = name.slice(0, -".mdx".length);
    kept.add(id);
    const contents = readFileSync(path, "utf8");
    const digest = generateDigest(contents);
    const existing = store.get(id);
    if (existing?.digest === digest) {
      if (existing.deferredRender) store.addModuleImport(filePath);
      continue;
    }
    let page: ReturnType<typeof renderPage>;
    try {
      page = renderPage(contents);
    } catch (error) {
      throw new Error(`${path}: ${(error as Error).message}`);
    }
    const data = await parseData({ id, data: page.frontmatter as Record<string, unknown>, filePath: path });
    if (page.html === null) store.set({ id, data, filePath, digest, deferredRender: true });
    else store.set({ id, data, filePath, digest, rendered: { html: page.html, metadata: { math: page.math } } });
  }
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
}

export function paperPages(folder: string): Loader {
  return {
    name: "papergraph-paper-pages",
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const dir = resolve(root, folder);
      // The renderer is the code loaded now: read once, not again on each page change in the dev server.
      const version = rendererVersion(root);
      await syncPages(context, dir, version);
      // The dev server: an ingest rewrites many pages at once; their events make one sync at a time, and one
      // more after it when any came in meanwhile.
      let running: Promise<void> | null = null;
      let again = false;
      const sync = () => {
        if (running) {
          again = true;
          return;
        }
        running = syncPages(context, dir, version)
          .catch((error: Error) => context.logger.error(error.message))
          .finally(() => {
            running = null;
            if (again) {
              again = false;
              sync();
            }
          });
      };
      context.watcher?.add(dir);
      context.watcher?.on("all", (_event, path) => {
        if (path.startsWith(dir) && path.endsWith(".mdx")) sync();
      });
    },
  };
}
