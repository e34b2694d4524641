// The built site the site tests run against: built once if missing.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const root = join(import.meta.dirname, "../..");
export const dist = join(root, "dist");

export function ensureBuilt(): string {
  if (!existsSync(join(dist, "index.html")) || !existsSync(join(dist, "pagefind"))) {
    execSync("npm run build", { cwd: root, stdio: "inherit" });
  }
  return dist;
}
