// axe-core run inside the page: every violation, of any impact.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    // @ts-expect-error axe is the global the script above defines
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return (r.violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>).map((v) => ({
      id: v.id,
      impact: v.impact,
      at: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
  return result.map((v) => `${v.impact} ${v.id}: ${v.at.join(", ")}`);
}
