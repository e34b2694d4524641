// npm run dev: ingest, then Astro's dev server on 127.0.0.1 (port 4321 unless
// PORT says otherwise). While it runs, a change under content/sources,
// content/notes or content/vocabulary re-runs ingest and reloads the open page
// (src/dev/ingest-on-change.ts). PAPERGRAPH_SOURCES, PAPERGRAPH_NOTES and
// PAPERGRAPH_DATA (with PAPERGRAPH_PAGES) point it at other folders.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { dev } from "astro";
import { contentFolders, ingestArgs } from "../src/dev/ingest-on-change.ts";

const root = resolve(import.meta.dirname, "..");
const first = spawnSync(process.execPath, ingestArgs(root, contentFolders(root)), { cwd: root, stdio: "inherit" });
if (first.status !== 0) process.exit(first.status ?? 1);

const port = Number(process.env.PORT ?? 4321);
await dev({ root, server: { host: "127.0.0.1", port } });
