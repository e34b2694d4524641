// The GitHub Pages workflow: valid YAML, the jobs the README names, and the
// same install and build commands as the README's quick start.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = join(import.meta.dirname, "../..");
const readme = readFileSync(join(root, "README.md"), "utf8");

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string; steps: Step[] }>;
}

const workflow = parse(readFileSync(join(root, ".github/workflows/deploy.yml"), "utf8"), { strict: true }) as Workflow;

/** The commands of the README's first shell block (the quick start), comments dropped. */
const quickStart = (): string[] => {
  const block = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  return block
    .split("\n")
    .map((l) => l.replace(/#.*$/, "").trim())
    .filter(Boolean);
};

describe("deploy workflow", () => {
  it("has the build and deploy jobs the README names, deploy after build", () => {
    expect(Object.keys(workflow.jobs)).toEqual(["build", "deploy"]);
    expect(workflow.jobs.deploy?.needs).toBe("build");
    const section = /## Deploying[\s\S]*?(?=\n## )/.exec(readme)?.[0] ?? "";
    expect(section).toContain(".github/workflows/deploy.yml");
    for (const job of Object.keys(workflow.jobs)) expect(section).toContain(`\`${job}\``);
    expect(workflow.permissions).toMatchObject({ pages: "write", "id-token": "write" });
  });

  it("installs and builds with the README's commands and publishes dist/", () => {
    const steps = workflow.jobs.build?.steps ?? [];
    const runs = steps.flatMap((s) => (s.run ? [s.run] : []));
    expect(runs).toEqual(quickStart().slice(0, 2));
    expect(runs).toEqual(["npm ci", "npm run build"]);
    const build = steps.find((s) => s.run?.startsWith("npm run"));
    expect(Object.keys(build?.env ?? {})).toEqual(["PAPERGRAPH_SITE", "PAPERGRAPH_BASE"]);
    expect(build?.env?.PAPERGRAPH_SITE).toContain("vars.PAPERGRAPH_SITE");
    expect(build?.env?.PAPERGRAPH_BASE).toContain("vars.PAPERGRAPH_BASE");
    const upload = steps.find((s) => s.uses?.startsWith("actions/upload-pages-artifact@"));
    expect(upload?.with?.path).toBe("dist");
  });
});
