// The graph page's Cytoscape, bundled from Cytoscape's own sources (shipped in
// its package) without the parts the page never runs: the graph algorithms
// (shortest paths, centralities, clusterings; breadth-first search stays, as
// `components()` uses it), the layouts other than "preset" (positions are laid
// out at build time) and the WebGL renderer (the page draws on a 2D canvas).
// What is left is Cytoscape's core, unchanged; the prebuilt bundle carries all
// of it, most of which the page's first frame never runs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

const SRC = fileURLToPath(new URL("../../../node_modules/cytoscape/src/", import.meta.url));
const VERSION = (JSON.parse(readFileSync(join(SRC, "../package.json"), "utf8")) as { version: string }).version;

/** Cytoscape source modules replaced, by path under src/, with what the page keeps of them. */
const REPLACED: Record<string, string> = {
  "collection/algorithms/index.mjs": [
    "import * as util from '../../util/index.mjs';",
    "import bfsDfs from './bfs-dfs.mjs';",
    "const elesfn = {};",
    "util.extend(elesfn, bfsDfs);",
    "export default elesfn;",
  ].join("\n"),
  "extensions/layout/index.mjs": [
    "import nullLayout from './null.mjs';",
    "import presetLayout from './preset.mjs';",
    "export default [{ name: 'null', impl: nullLayout }, { name: 'preset', impl: presetLayout }];",
  ].join("\n"),
  "extensions/renderer/canvas/webgl/drawing-redraw-webgl.mjs": [
    "export default {",
    "  initWebgl() { throw new Error('this build of Cytoscape has no WebGL renderer'); },",
    "};",
  ].join("\n"),
};

export function leanCytoscape(): Plugin {
  return {
    name: "papergraph:lean-cytoscape",
    enforce: "pre",
    // The sources import a few CommonJS modules, which the dev server must turn into ES modules first.
    config: () => ({
      optimizeDeps: { include: ["lodash/debounce.js", "lodash/get.js", "lodash/set.js", "lodash/toPath.js", "heap"] },
    }),
    resolveId(source) {
      return source === "cytoscape" ? `${SRC}index.mjs` : null;
    },
    // What Cytoscape's own build writes in: its version, and the production code paths.
    transform(code, id) {
      if (!(id.split("?")[0] ?? id).startsWith(SRC) || !code.includes("process.env")) return null;
      return code
        .replaceAll("process.env.VERSION", JSON.stringify(VERSION))
        .replaceAll("process.env.NODE_ENV", JSON.stringify("production"))
        .replaceAll("process.env.TEST_BUILD", "false");
    },
    load(id) {
      // The dev server adds a version query ("?v=…") to the module's path.
      const path = id.split("?")[0] ?? id;
      return path.startsWith(SRC) ? (REPLACED[path.slice(SRC.length)] ?? null) : null;
    },
  };
}
