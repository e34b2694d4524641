import { launch } from "./chromium.ts";
import { serve } from "./serve.ts";
const site = await serve(process.argv[2] ?? "dist");
const browser = await launch();
const out = process.argv[3] ?? "/tmp/shots";
const shots: Array<[string, number, number, "light" | "dark", string, ((p: any) => Promise<void>)?]> = [
  ["desk-light", 1280, 800, "light", "/graph/"],
  ["desk-dark", 1280, 800, "dark", "/graph/"],
  ["phone-light", 390, 844, "light", "/graph/"],
  ["phone-dark", 390, 844, "dark", "/graph/"],
  ["desk-concept", 1280, 800, "light", "/graph/?concept=kronecker"],
  ["desk-paper", 1280, 800, "dark", "/graph/", async (p) => {
    const box = await p.evaluate(() => { const n = (window as any).cy.nodes('[type="paper"]')[5]; const r = n.renderedPosition(); return r; });
    const g = await p.locator("#graph").boundingBox();
    await p.mouse.click(g.x + box.x, g.y + box.y);
    await p.waitForTimeout(600);
  }],
  ["phone-paper", 390, 844, "light", "/graph/", async (p) => {
    const box = await p.evaluate(() => { const n = (window as any).cy.nodes('[type="paper"]')[5]; return n.renderedPosition(); });
    const g = await p.locator("#graph").boundingBox();
    await p.mouse.click(g.x + box.x, g.y + box.y);
    await p.waitForTimeout(600);
  }],
  ["desk-zoom", 1280, 800, "light", "/graph/", async (p) => {
    await p.evaluate(() => { const cy = (window as any).cy; cy.zoom({ level: 1.6, renderedPosition: { x: 500, y: 350 } }); });
    await p.waitForTimeout(400);
  }],
  ["desk-hover", 1280, 800, "light", "/graph/", async (p) => {
    const box = await p.evaluate(() => { const n = (window as any).cy.nodes('[type="paper"]')[20]; return n.renderedPosition(); });
    const g = await p.locator("#graph").boundingBox();
    await p.mouse.move(g.x + box.x, g.y + box.y);
    await p.waitForTimeout(300);
  }],
];
const only = process.argv[4];
for (const [name, w, h, scheme, path, act] of shots) {
  if (only && !name.includes(only)) continue;
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, deviceScaleFactor: 1 });
  const p = await ctx.newPage();
  p.on("pageerror", (e: Error) => console.log(name, "pageerror", e.message));
  p.on("console", (m: any) => m.type() === "error" && console.log(name, "console", m.text()));
  await p.goto(site.url + path);
  await p.waitForFunction(() => document.getElementById("graph")?.dataset.readyMs !== undefined, null, { timeout: 15000 });
  await p.waitForTimeout(500);
  if (act) await act(p);
  const info = await p.evaluate(() => {
    const cy = (window as any).cy;
    const hubs = cy.nodes('[type="concept"]').not(".hidden");
    const fs = hubs.map((n: any) => parseFloat(n.style("font-size")) * cy.zoom());
    const ps = cy.nodes('[type="paper"]').not(".hidden").map((n: any) => n.renderedWidth());
    return { zoom: cy.zoom().toFixed(2), hubPx: Math.min(...fs).toFixed(1), paperPx: ps.length ? Math.min(...ps).toFixed(1) : "-", labelled: cy.nodes(".labelled").length, url: location.search };
  });
  console.log(name, JSON.stringify(info));
  await p.screenshot({ path: `${out}/${name}.png` });
  await ctx.close();
}
await browser.close();
await site.close();
