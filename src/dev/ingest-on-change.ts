// `npm run dev`: an Astro integration that re-runs ingest when a listing, a
// note or the vocabulary changes, then reloads the open page. Ingest's input
// digest makes a run whose inputs did not change return at once.
import { spawn } from "node:child_process";
import { resolve, sep } from "node:path";
import type { AstroIntegration } from "astro";

export interface ContentFolders {
  sources: string;
  notes: string;
  vocabulary: string;
  /** Where ingest writes: undefined for the site's own folders (src/data, src/content/papers). */
  out: string | undefined;
}

/** The folders of a dev session: the defaults, or those the PAPERGRAPH_* variables name. */
export function contentFolders(root: string, env: NodeJS.ProcessEnv = process.env): ContentFolders {
  return {
    sources: resolve(root, env.PAPERGRAPH_SOURCES ?? "content/sources"),
    notes: resolve(root, env.PAPERGRAPH_NOTES ?? "content/notes"),
    vocabulary: resolve(root, "content/vocabulary"),
    out: env.PAPERGRAPH_DATA ? resolve(root, env.PAPERGRAPH_DATA) : undefined,
  };
}

/** The ingest command line for these folders. */
export function ingestArgs(root: string, folders: ContentFolders): string[] {
  const args = [resolve(root, "scripts/ingest.ts"), "--sources", folders.sources, "--notes", folders.notes];
  return folders.out ? [...args, "--out", folders.out] : args;
}

// Astro writes its content store half a second after a change; this is later.
const SETTLE_MS = 1000;

const within = (file: string, dir: string) => file === dir || file.startsWith(dir + sep);

export function ingestOnChange(root: string): AstroIntegration {
  return {
    name: "papergraph:ingest-on-change",
    hooks: {
      "astro:server:setup": ({ server, logger }) => {
        const folders = contentFolders(root);
        const watched = [folders.sources, folders.notes, folders.vocabulary];
        server.watcher.add(watched);
        // The pages read the ingest output through this module (not through
        // Vite's imports): marking it changed makes Vite reload what uses it.
        const dataModule = resolve(root, "src/lib/data.ts");
        let timer: NodeJS.Timeout | undefined;
        let running = false;
        let again = false;

        const runIngest = () => {
          if (running) {
            again = true;
            return;
          }
          running = true;
          const started = performance.now();
          const child = spawn(process.execPath, ingestArgs(root, folders), {
            cwd: root,
            stdio: ["ignore", "pipe", "pipe"],
          });
          let output = "";
          child.stdout.on("data", (chunk: Buffer) => (output += chunk));
          child.stderr.on("data", (chunk: Buffer) => (output += chunk));
          child.on("close", (code) => {
            running = false;
            const ms = Math.round(performance.now() - started);
            const summary = output.trim().split("\n").at(-1) ?? "";
            if (code === 0) {
              logger.info(`ingest re-run in ${ms} ms: ${summary}`);
              // A note's edit changes no data: Astro's content layer reloads the
              // page itself. Changed data reloads it once the content layer has
              // taken the new pages in, so that the two reloads do not cross (a
              // reload sent while the page is reloading is lost, the page left stale).
              if (!summary.includes("nothing to do"))
                setTimeout(() => server.watcher.emit("change", dataModule), SETTLE_MS);
            } else {
              logger.error(`ingest failed (exit ${code}):\n${output.trim()}`);
            }
            if (again) {
              again = false;
              runIngest();
            }
          });
        };

        server.watcher.on("all", (_event, file) => {
          if (!watched.some((dir) => within(resolve(file), dir))) return;
          // An editor's save is often several events: one run for them all.
          clearTimeout(timer);
          timer = setTimeout(runIngest, 150);
        });
      },
    },
  };
}
