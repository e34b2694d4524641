// End-to-end: the concept graph page of the built seed site, in Chromium, as a
// reader uses it: the first view, pointing, selecting, filtering, the address,
// the keyboard, a phone and a touch screen.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, watchedPage } from "../../scripts/lib/chromium.ts";
import { type ServedSite, startSite, stopSite } from "../helpers/served-site.ts";

type Paper = {
  id: string;
  title: string;
  date: string | null;
  concepts: Array<{ id: string }>;
  methods: Array<{ name: string }>;
};
type Method = { slug: string; name: string; introducedBy: string[]; mentionedBy: string[] };

let browser: Browser;
let site: ServedSite<Paper, Method>["site"];
let papers: Paper[];
let methods: Method[];

beforeAll(async () => {
  const served = await startSite<Paper, Method>();
  ({ site, papers, methods } = served);
  // The browser tests are skipped without Chromium: they never read `browser` then.
  if (served.browser) browser = served.browser;
});
afterAll(() => stopSite({ site, browser }));

const DESKTOP = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

async function open(page: Page, path = "/graph/"): Promise<void> {
  await page.goto(`${site.url}${path}`);
  await page.waitForFunction(() => document.getElementById("graph")?.dataset.readyMs !== undefined);
  // The panel, Find and the keyboard load after the first frame; and an opening move (a view fitted from
  // the address) finishes.
  await page.waitForFunction(() => document.getElementById("graph")?.dataset.interactive === "1");
  await page.waitForFunction(() => window.cy !== undefined && !window.cy.animated());
}

/** Where a node is on the page, for the mouse or a finger. */
function pointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((node) => {
    const cy = window.cy;
    if (!cy) throw new Error("no graph");
    const p = cy.getElementById(node).renderedPosition();
    const box = document.getElementById("graph")?.getBoundingClientRect();
    return { x: (box?.left ?? 0) + p.x, y: (box?.top ?? 0) + p.y };
  }, id);
}

/** Zooms to `zoom` centred on a paper, and returns where its node is on the page. */
/**
 * Centres the view on a paper, zoomed in at least `zoom` times and enough that
 * no other node's centre lies within 30 px of it, once the dots are restyled
 * for that zoom (a frame later): the pointer finds that paper alone.
 */
async function zoomedOn(page: Page, paper: string, zoom: number): Promise<{ x: number; y: number }> {
  await page.evaluate(
    ([id, z]) =>
      new Promise<void>((done) => {
        const cy = window.cy;
        if (!cy) return done();
        const node = cy.getElementById(`paper:${id}`);
        const p = node.position();
        let nearest = Infinity;
        cy.nodes().forEach((n) => {
          if (n.id() !== node.id() && n.visible())
            nearest = Math.min(nearest, Math.hypot(n.position().x - p.x, n.position().y - p.y));
        });
        cy.zoom(Math.max(z, 30 / Math.max(nearest, 0.5)));
        cy.center(node);
        requestAnimationFrame(() => requestAnimationFrame(() => done()));
      }),
    [paper, zoom] as const,
  );
  return pointOf(page, `paper:${paper}`);
}

/** How much of the canvas the visible nodes span, as shares of its width and height. */
function spread(page: Page): Promise<{ width: number; height: number; shown: number }> {
  return page.evaluate(() => {
    const cy = window.cy;
    if (!cy) throw new Error("no graph");
    const shown = cy.nodes().filter((n) => n.visible());
    const b = shown.renderedBoundingBox({ includeLabels: false });
    const el = document.getElementById("graph") as HTMLElement;
    return { width: b.w / el.clientWidth, height: b.h / el.clientHeight, shown: shown.length };
  });
}

/** The smallest hub label and paper dot of the first view, in screen pixels. */
function smallest(page: Page): Promise<{ hubLabel: number; paper: number; hubs: number; papers: number }> {
  return page.evaluate(() => {
    const cy = window.cy;
    if (!cy) throw new Error("no graph");
    const hubs = cy.nodes('[type = "concept"]');
    const dots = cy.nodes('[type = "paper"]');
    return {
      hubLabel: Math.min(...hubs.map((n) => parseFloat(n.style("font-size")) * cy.zoom())),
      paper: Math.min(...dots.map((n) => n.renderedWidth())),
      // A hub whose label would overlap another's or a hub's dot leaves it out ("crowded").
      hubs: hubs.filter((n) => n.visible() && String(n.style("label")).length > 0 && !n.hasClass("crowded")).length,
      papers: dots.length,
    };
  });
}

const paperWith = (pred: (p: Paper) => boolean, what: string): Paper => {
  const p = papers.find(pred);
  if (!p) throw new Error(`not in the seeds' data: ${what}`);
  return p;
};

describe.skipIf(!hasChromium)("the concept graph", () => {
  it("opens legible: every hub labelled at ≥ 12 px, papers ≥ 8 px, every paper drawn", async () => {
    const { page, errors } = await watchedPage(browser, site.url, DESKTOP);
    await open(page);
    const first = await smallest(page);
    const concepts = new Set(papers.flatMap((p) => p.concepts.map((c) => c.id)));
    expect(first.hubs).toBe(concepts.size);
    expect(first.hubLabel).toBeGreaterThanOrEqual(12);
    expect(first.paper).toBeGreaterThanOrEqual(8);
    expect(first.papers).toBe(papers.length);
    // Zooming out keeps the labels' size on the screen.
    await page.evaluate(() => window.cy?.zoom(window.cy.zoom() / 3));
    await page.waitForTimeout(100);
    expect((await smallest(page)).hubLabel).toBeGreaterThanOrEqual(12);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("says what a node is on hover, and shows its details in a side panel on click", async () => {
    const { page, errors } = await watchedPage(browser, site.url, DESKTOP);
    await open(page);
    const paper = paperWith(
      (p) => p.concepts.length >= 2 && p.methods.length > 0 && p.date !== null,
      "a dated paper with concepts and methods",
    );
    // Zoomed in on it, so that no other dot is under the pointer.
    const at = await zoomedOn(page, paper.id, 3);
    await page.mouse.move(at.x, at.y);
    const tip = page.locator("#graph-tip");
    await expect(tip.isVisible()).resolves.toBe(true);
    const tipText = (await tip.textContent()) ?? "";
    expect(tipText).toContain(paper.title.slice(0, 30));
    expect(tipText).toMatch(/\d{4}/);
    const label = await page.evaluate(
      (id) => window.cy?.getElementById(`concept:${id}`).data("label") as string,
      paper.concepts[0]?.id ?? "",
    );
    expect(tipText).toContain(label);

    await page.mouse.click(at.x, at.y);
    const panel = page.locator("#graph-panel");
    await expect(panel.isVisible()).resolves.toBe(true);
    await page.waitForFunction(
      () => !document.querySelector("#graph-panel .panel-more")?.textContent?.includes("Loading"),
    );
    const text = (await panel.textContent()) ?? "";
    expect(text).toContain(paper.title.slice(0, 30));
    expect(text).toContain(label);
    expect(text).toContain(paper.methods[0]?.name ?? "");
    expect(text).toMatch(/Authors:/);
    expect(await panel.locator("a.panel-page").getAttribute("href")).toContain(`/papers/${paper.id}/`);
    expect(page.url()).toContain(`node=paper:${paper.id}`);
    await expect(page.locator("#graph-selected").textContent()).resolves.toContain(paper.title.slice(0, 30));

    // A concept named in the panel is selected in turn: its definition and papers.
    await panel.locator(".panel-choose", { hasText: label }).first().click();
    await expect(panel.locator(".panel-kind").textContent()).resolves.toBe("Concept");
    expect(await panel.locator(".panel-list li").count()).toBeGreaterThan(0);

    // Escape closes the panel; a second click on a selected node opens its page.
    await page.keyboard.press("Escape");
    await expect(panel.isVisible()).resolves.toBe(false);
    expect(page.url()).not.toContain("node=");
    await page.waitForFunction(() => window.cy !== undefined && !window.cy.animated());
    const again = await zoomedOn(page, paper.id, 3);
    await page.mouse.click(again.x, again.y);
    await expect(panel.isVisible()).resolves.toBe(true);
    const selected = await zoomedOn(page, paper.id, 3);
    await Promise.all([page.waitForURL(`**/papers/${paper.id}/`), page.mouse.click(selected.x, selected.y)]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("re-fits the view to a concept picked, and keeps the pick in the address", async () => {
    const { page, errors } = await watchedPage(browser, site.url, DESKTOP);
    await open(page);
    await page.locator('#concept-filter input[value="kronecker"]').check();
    await page.waitForFunction(() => window.cy !== undefined && !window.cy.animated());
    const kronecker = papers.filter((p) => p.concepts.some((c) => c.id === "kronecker")).length;
    expect(Number(await page.locator("#graph").getAttribute("data-rendered"))).toBe(kronecker);
    const fitted = await spread(page);
    expect(Math.max(fitted.width, fitted.height)).toBeGreaterThan(0.6);
    expect(page.url()).toContain("concept=kronecker");

    // The same address opens the same view.
    const { page: shared } = await watchedPage(browser, site.url, DESKTOP);
    await open(shared, "/graph/?concept=kronecker");
    expect(Number(await shared.locator("#graph").getAttribute("data-rendered"))).toBe(kronecker);
    expect(Math.max(...Object.values(await spread(shared)).slice(0, 2))).toBeGreaterThan(0.6);
    await shared.context().close();

    await page.locator("#clear-filter").click();
    expect(Number(await page.locator("#graph").getAttribute("data-rendered"))).toBe(papers.length);
    expect(page.url()).not.toContain("concept=");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("opens from other pages' links centred on a paper, a method or a concept", async () => {
    const { page, errors } = await watchedPage(browser, site.url, DESKTOP);
    const paper = paperWith((p) => p.concepts.length > 0, "a paper with a concept");
    await page.goto(`${site.url}/papers/${paper.id}/`);
    await Promise.all([page.waitForURL("**/graph/**"), page.getByRole("link", { name: "show in the graph" }).click()]);
    await page.waitForFunction(() => window.cy !== undefined && !window.cy.animated());
    await expect(page.locator("#graph-panel h2").textContent()).resolves.toBe(paper.title);
    const centred = await page.evaluate((id) => {
      const cy = window.cy;
      const el = document.getElementById("graph");
      if (!cy || !el) throw new Error("no graph");
      const p = cy.getElementById(`paper:${id}`).renderedPosition();
      return p.x > 0 && p.x < el.clientWidth && p.y > 0 && p.y < el.clientHeight;
    }, paper.id);
    expect(centred).toBe(true);

    const method = methods.find((m) => m.introducedBy.length + m.mentionedBy.length >= 2);
    if (!method) throw new Error("no method with two papers in the seeds");
    await page.goto(`${site.url}/methods/${method.slug}/`);
    await Promise.all([page.waitForURL("**/graph/**"), page.getByRole("link", { name: "show in the graph" }).click()]);
    await page.waitForFunction(() => window.cy !== undefined && !window.cy.animated());
    await expect(page.locator("#graph-panel .panel-kind").textContent()).resolves.toBe("Method");
    expect(await page.evaluate(() => window.cy?.nodes(".focus").length)).toBe(
      new Set([...method.introducedBy, ...method.mentionedBy]).size,
    );

    await page.goto(`${site.url}/concepts/low-rank/`);
    await Promise.all([page.waitForURL("**/graph/**"), page.getByRole("link", { name: "show in the graph" }).click()]);
    await page.waitForFunction(() => window.cy !== undefined && !window.cy.animated());
    await expect(page.locator("#graph-panel .panel-kind").textContent()).resolves.toBe("Concept");
    expect(Math.max(...Object.values(await spread(page)).slice(0, 2))).toBeGreaterThan(0.5);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("works from the keyboard: a skip link, arrows to reach, Enter for details and then the page", async () => {
    const { page, errors } = await watchedPage(browser, site.url, DESKTOP);
    await open(page);
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Skip to the graph");
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("graph");
    const zoom = () => page.evaluate(() => window.cy?.zoom() ?? 0);
    const before = await zoom();
    await page.keyboard.press("+");
    expect(await zoom()).toBeGreaterThan(before);
    await page.keyboard.press("0");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowDown");
    await expect(page.locator("#graph-tip").isVisible()).resolves.toBe(true);
    await page.keyboard.press("Enter");
    await expect(page.locator("#graph-panel").isVisible()).resolves.toBe(true);
    const href = (await page.locator("#graph-panel a.panel-page").getAttribute("href")) ?? "";
    await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press("Enter")]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("finds a method and shows its papers", async () => {
    const { page, errors } = await watchedPage(browser, site.url, DESKTOP);
    await open(page);
    await page.locator("#find").fill("Q-GaLore");
    await page.locator(".find-match", { hasText: "Q-GaLore (method)" }).click();
    await expect(page.locator("#graph-panel h2").textContent()).resolves.toBe("Q-GaLore");
    const paper = paperWith((p) => p.methods.some((m) => m.name === "Q-GaLore"), "the paper introducing Q-GaLore");
    await expect(page.locator("#graph-panel .panel-list").textContent()).resolves.toContain(paper.title);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("on a phone, shows the canvas first with readable labels, and a tap selects before a second opens", async () => {
    const { page, errors } = await watchedPage(browser, site.url, PHONE);
    await open(page);
    const canvas = await page.locator("#graph").boundingBox();
    const tools = await page.locator("#graph-tools").boundingBox();
    expect(canvas && tools && canvas.y < tools.y).toBe(true);
    expect(canvas && canvas.y < 844 / 2).toBe(true);
    expect(await page.locator("#graph-tools").getAttribute("open")).toBeNull();
    expect((await smallest(page)).hubLabel).toBeGreaterThanOrEqual(11);

    const paper = paperWith((p) => p.concepts.length > 0, "a paper with a concept");
    const at = await zoomedOn(page, paper.id, 2);
    await page.touchscreen.tap(at.x, at.y);
    await expect(page.locator("#graph-panel").isVisible()).resolves.toBe(true);
    expect(page.url()).toContain("/graph/");
    const again = await pointOf(page, `paper:${paper.id}`);
    await Promise.all([page.waitForURL(`**/papers/${paper.id}/`), page.touchscreen.tap(again.x, again.y)]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("follows a change of theme while open", async () => {
    const { page, errors } = await watchedPage(browser, site.url, { ...DESKTOP, colorScheme: "light" });
    await open(page);
    const colour = () => page.evaluate(() => window.cy?.nodes('[type = "concept"]').first().style("color") as string);
    const light = await colour();
    await page.emulateMedia({ colorScheme: "dark" });
    await page.waitForFunction((before) => {
      const now = window.cy?.nodes('[type = "concept"]').first().style("color");
      return now !== before;
    }, light);
    const dark = await colour();
    expect(dark).not.toBe(light);
    // And the reader's own choice in the header.
    await page.locator("#theme-picker").selectOption("light");
    await page.waitForFunction(
      (before) => window.cy?.nodes('[type = "concept"]').first().style("color") !== before,
      dark,
    );
    expect(await colour()).toBe(light);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("draws a large collection level by level: concepts first, then the papers picked or zoomed into", async () => {
    const { page, errors } = await watchedPage(browser, site.url, DESKTOP);
    await open(page, "/graph/?budget=40");
    const count = async () => Number(await page.locator("#graph").getAttribute("data-rendered"));
    expect(await count()).toBe(0);
    await expect(page.locator("#graph-status").textContent()).resolves.toMatch(/^0 of 150 papers shown/);
    await page.locator('#concept-filter input[value="kronecker"]').check();
    const kronecker = papers.filter((p) => p.concepts.some((c) => c.id === "kronecker")).length;
    await page.waitForFunction((n) => document.getElementById("graph")?.dataset.rendered === String(n), kronecker);
    await page.locator("#clear-filter").click();
    await page.waitForFunction(() => window.cy !== undefined && !window.cy.animated());
    await page.evaluate(() => {
      window.cy?.zoom(1.2);
      window.cy?.center();
    });
    await page.waitForFunction(() => Number(document.getElementById("graph")?.dataset.rendered) > 0);
    expect(await count()).toBeLessThanOrEqual(40);
    await page.locator("#find").fill("Q-GaLore");
    await page.locator(".find-match", { hasText: "Q-GaLore (method)" }).click();
    await expect(page.locator("#graph-panel h2").textContent()).resolves.toBe("Q-GaLore");
    expect(await page.evaluate(() => window.cy?.nodes(".focus").length)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
