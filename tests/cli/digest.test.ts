// What makes a stage's output up to date: a digest of its inputs' paths and
// bytes and of its settings, compared with the one recorded after the last run.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inputDigest, recordDigest, upToDate } from "../../src/write/cache.ts";

describe("input digests", () => {
  const base = mkdtempSync(join(tmpdir(), "papergraph-digest-"));
  mkdirSync(join(base, "src"));
  writeFileSync(join(base, "src/a.ts"), "one");
  writeFileSync(join(base, "config.mjs"), "config");
  const digest = (extra = "") =>
    inputDigest({ files: [join(base, "config.mjs")], dirs: [join(base, "src")], base, extra });

  it("is the same for the same inputs, and differs with a file's bytes, a new file or a setting", () => {
    const first = digest();
    expect(digest()).toBe(first);
    expect(digest("https://example.org")).not.toBe(first);
    writeFileSync(join(base, "src/b.ts"), "two");
    const added = digest();
    expect(added).not.toBe(first);
    writeFileSync(join(base, "src/a.ts"), "One");
    expect(digest()).not.toBe(added);
  });

  it("says up to date only with the recorded digest and every output present", () => {
    const out = mkdtempSync(join(tmpdir(), "papergraph-digest-out-"));
    const made = join(out, "index.html");
    recordDigest(out, digest(), ".build-digest");
    expect(upToDate(out, digest(), [made], ".build-digest")).toBe(false);
    writeFileSync(made, "<html>");
    expect(upToDate(out, digest(), [made], ".build-digest")).toBe(true);
    expect(upToDate(out, digest("other"), [made], ".build-digest")).toBe(false);
  });
});
