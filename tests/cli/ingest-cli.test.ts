// The ingest command line: help, one-line errors with exit 2, and an empty
// sources folder (a warning, an error under --strict).
import { spawnSync } from "node:child_process";
import { childEnv } from "../../scripts/lib/child-env.ts";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { INGEST_USAGE, parseIngestArgs } from "../../src/cli/ingest-options.ts";

const root = join(import.meta.dirname, "../..");
const ingest = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, "scripts/ingest.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: childEnv(),
  });

describe("parseIngestArgs", () => {
  it("reads every flag", () => {
    const args = parseIngestArgs(["--sources", "a", "--out", "b", "--notes", "c", "--vocabulary", "v.json"]);
    expect(args).toEqual({
      kind: "run",
      flags: {
        sources: "a",
        out: "b",
        notes: "c",
        vocabulary: "v.json",
        lexicon: undefined,
        strict: false,
        force: false,
        quiet: false,
      },
    });
    expect(parseIngestArgs(["--strict", "--force", "--quiet", "--lexicon=l.json"])).toMatchObject({
      flags: { strict: true, force: true, quiet: true, lexicon: "l.json" },
    });
  });

  it("names the flag that is wrong", () => {
    expect(parseIngestArgs(["--sorces", "x"])).toEqual({ kind: "error", message: "unknown option --sorces" });
    expect(parseIngestArgs(["-x"])).toEqual({ kind: "error", message: "unknown option -x" });
    expect(parseIngestArgs(["--sources"])).toEqual({ kind: "error", message: "option --sources needs a value" });
    expect(parseIngestArgs(["--out", "--strict"])).toEqual({ kind: "error", message: "option --out needs a value" });
    expect(parseIngestArgs(["--strict=yes"])).toEqual({ kind: "error", message: "option --strict takes no value" });
    expect(parseIngestArgs(["listings/"])).toEqual({ kind: "error", message: "unexpected argument listings/" });
  });

  it("asks for help with --help or -h, whatever else is given", () => {
    expect(parseIngestArgs(["--help"])).toEqual({ kind: "help" });
    expect(parseIngestArgs(["--strict", "-h"])).toEqual({ kind: "help" });
  });
});

describe("npm run ingest", () => {
  it("prints the usage with every flag and exits 0 for --help and -h", () => {
    for (const flag of ["--help", "-h"]) {
      const run = ingest(flag);
      expect(run.status).toBe(0);
      expect(run.stdout.trim()).toBe(INGEST_USAGE);
    }
    for (const flag of [
      "--sources",
      "--out",
      "--strict",
      "--force",
      "--quiet",
      "--vocabulary",
      "--lexicon",
      "--notes",
    ]) {
      expect(INGEST_USAGE).toContain(flag);
    }
  });

  it("answers a wrong flag or a missing value with one line and exit 2, no stack trace", () => {
    for (const args of [["--bogus"], ["--sources"], ["--sources", "--strict"]]) {
      const run = ingest(...args);
      expect(run.status).toBe(2);
      const lines = run.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^ingest: (unknown option --bogus|option --sources needs a value) \(npm run ingest -- --help/,
      );
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("names a sources folder that does not exist", () => {
    const run = ingest("--sources", join(tmpdir(), "papergraph-no-such-folder"));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/papergraph-no-such-folder: no such folder of listings/);
  });

  it("warns of an empty sources folder, and fails on it under --strict", () => {
    const dir = mkdtempSync(join(tmpdir(), "papergraph-empty-"));
    const sources = join(dir, "sources");
    mkdirSync(sources);
    writeFileSync(join(sources, ".keep"), "");
    const lenient = ingest("--sources", sources, "--out", join(dir, "out"));
    expect(lenient.status).toBe(0);
    expect(lenient.stderr).toMatch(/warning: .*sources holds no listing files/);
    const strict = ingest("--sources", sources, "--out", join(dir, "out"), "--strict", "--force");
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/error: .*sources holds no listing files/);
  });
});
