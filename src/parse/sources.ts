// The sources folder: its files, in name order, and its per-file settings
// (papergraph.sources.json). Read before anything is parsed, also by the ingest
// command's quick checks, which must start without the parsers (read-source.ts).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { SourceSettings } from "./listing.ts";

export const SETTINGS_FILE = "papergraph.sources.json";

export function readSettings(dir: string): Record<string, SourceSettings> {
  const path = join(dir, SETTINGS_FILE);
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Record<string, SourceSettings>;
  } catch (error) {
    throw new Error(`${path}:1: not valid JSON (${(error as Error).message})`);
  }
}

export function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith(".") && d.name !== SETTINGS_FILE)
    .map((d) => d.name)
    .sort();
}
