// Every page of the built seed site passes the Nu HTML checker (vnu.jar from
// the vnu-jar package; it needs Java, which .ci/run installs when missing).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./dist.ts";

const vnu = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");
let dist = "";
beforeAll(() => {
  dist = ensureBuilt();
});

describe("the built site's HTML", () => {
  it("has no error by the Nu HTML checker on any page", () => {
    const run = spawnSync("java", ["-jar", vnu, "--errors-only", "--format", "json", "--skip-non-html", dist], {
      encoding: "utf8",
      maxBuffer: 1 << 26,
    });
    if (run.error) throw new Error(`the Nu checker needs Java (Debian: default-jre-headless): ${run.error.message}`);
    const messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: Array<Record<string, unknown>> })
      .messages;
    const errors = messages.map((m) => `${String(m.url).replace(/^.*\/dist\//, "")}:${m.lastLine}: ${m.message}`);
    expect(errors.slice(0, 10)).toEqual([]);
    expect(run.status).toBe(0);
  }, 120_000);
});
