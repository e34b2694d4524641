// Re-ingesting unchanged sources does no work: a digest of everything the
// output depends on (sources, settings, vocabulary, lexicon, notes, and the
// ingest code itself) is kept beside the output and compared first.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

export const DIGEST_FILE = ".ingest-digest";

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => join(f.parentPath, f.name))
    .sort();
}

/** A digest of the files' paths and bytes, and of `extra` (settings that are no file). */
export function inputDigest(inputs: { files: string[]; dirs: string[]; base: string; extra?: string }): string {
  const hash = createHash("sha256");
  hash.update(inputs.extra ?? "").update("\0");
  const all = [...inputs.files, ...inputs.dirs.flatMap(filesUnder)];
  for (const file of [...new Set(all)].sort()) {
    if (!existsSync(file)) continue;
    hash.update(relative(inputs.base, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

/** True when the output in `dataDir` was made from exactly these inputs. */
export function upToDate(dataDir: string, digest: string, outputs: string[], name = DIGEST_FILE): boolean {
  const file = join(dataDir, name);
  return existsSync(file) && readFileSync(file, "utf8").trim() === digest && outputs.every((o) => existsSync(o));
}

export function recordDigest(dataDir: string, digest: string, name = DIGEST_FILE): void {
  writeFileSync(join(dataDir, name), `${digest}\n`);
}
