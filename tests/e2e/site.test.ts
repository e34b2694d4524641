// End-to-end: the real built site, served on 127.0.0.1, in Debian's Chromium.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./axe.ts";
import { hasChromium, watchedPage } from "../../scripts/lib/chromium.ts";
import { type ServedSite, startSite, stopSite } from "../helpers/served-site.ts";

type Paper = { id: string; title: string; methods: Array<{ name: string; slug: string | null }> };
type Method = { slug: string; name: string; introducedBy: string[] };

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

/** What a test looks for in papers.json or methods.json: not finding it fails the test, saying what it was. */
function present<T>(item: T | undefined, what: string): T {
  if (item === undefined) throw new Error(`not in the built site's data: ${what}`);
  return item;
}

/** A page of every type, the 404 page included. */
const everyPageType = () => [
  "/",
  "/papers/",
  `/papers/${present(papers[0], "a paper").id}/`,
  "/methods/",
  `/methods/${present(methods[0], "a method").slug}/`,
  "/concepts/",
  "/concepts/low-rank/",
  "/graph/",
  "/search/",
  "/search/?q=kronecker",
  "/no-such-page/",
];

describe.skipIf(!hasChromium)("built site in Chromium", () => {
  it("has a page for every paper in papers.json", async () => {
    const missing: string[] = [];
    for (const p of papers) {
      const res = await fetch(`${site.url}/papers/${p.id}/`);
      const html = await res.text();
      const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? "";
      const text = h1
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&");
      if (res.status !== 200 || text !== p.title) missing.push(p.id);
    }
    expect(papers.length).toBe(150);
    expect(missing).toEqual([]);
  });

  it("lists the introducing paper on a method page", async () => {
    const method = present(
      methods.find((m) => m.introducedBy.length > 0),
      "a method a paper introduces",
    );
    const paper = present(
      papers.find((p) => p.id === method.introducedBy[0]),
      `the paper introducing ${method.name}`,
    );
    const { page, errors } = await watchedPage(browser, site.url);
    await page.goto(`${site.url}/methods/${method.slug}/`);
    const section = page.locator("section", { has: page.locator("h2#introduced") });
    await expect(section.getByRole("link", { name: paper.title }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });

  it("has one search field per page: the header's, or the page's own on home and search", async () => {
    const { page } = await watchedPage(browser, site.url);
    for (const path of ["/", "/search/", "/papers/", "/graph/"]) {
      await page.goto(`${site.url}${path}`);
      expect(await page.locator('input[type="search"]').count(), path).toBe(1);
    }
    await page.context().close();
  });

  it("takes the reader to the search field on / or Ctrl-K, but not while typing in another field", async () => {
    const { page, errors } = await watchedPage(browser, site.url);
    await page.goto(`${site.url}/methods/`);
    await page.keyboard.press("/");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("site-search");
    await page.keyboard.type("kron");
    expect(await page.locator("#site-search").inputValue()).toBe("kron");
    await page.goto(`${site.url}/`);
    await page.keyboard.press("Control+k");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("home-search");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("lets the reader choose the theme, remembers it, and paints it from the first frame", async () => {
    const { page, errors } = await watchedPage(browser, site.url, { colorScheme: "light" });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto(`${site.url}/papers/`);
    const light = await background();
    await page.locator("#theme-picker").selectOption("dark");
    const dark = await background();
    expect(dark).not.toBe(light);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    // Another page opens dark before any module script has run: the choice is applied in <head>.
    await page.route("**/*.js", (route) => route.abort());
    await page.goto(`${site.url}/methods/`);
    expect(await background()).toBe(dark);
    await page.unroute("**/*.js");
    // The aborted scripts were reported as failed loads; nothing else may be.
    errors.splice(0, errors.length, ...errors.filter((e) => !e.includes("net::ERR_FAILED")));
    await page.goto(`${site.url}/methods/`);
    expect(await page.locator("#theme-picker").inputValue()).toBe("dark");
    await page.locator("#theme-picker").selectOption("system");
    expect(await background()).toBe(light);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("finds method and concept pages, saying what they are, without the page shifting as results arrive", async () => {
    const { page, errors } = await watchedPage(browser, site.url);
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
          if (!e.hadRecentInput) w.__shift += e.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(`${site.url}/search/?q=GaLore`);
    await page.locator(".result-link").first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll("#search-results li.pending").length === 0);
    const kinds = await page
      .locator("#search-results li")
      .evaluateAll((items) =>
        items.map((li) => [
          li.querySelector(".result-kind")?.textContent ?? "Paper",
          li.querySelector("a")?.getAttribute("href"),
        ]),
      );
    expect(kinds).toContainEqual(["Method", expect.stringContaining("/methods/galore/")]);
    expect(kinds[0]?.[0]).toBe("Paper");
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThan(0.1);
    await page.goto(`${site.url}/search/?q=Kronecker`);
    await page.locator(".result-link").first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll("#search-results li.pending").length === 0);
    const concept = await page
      .locator("#search-results li", { has: page.locator(".result-kind", { hasText: "Concept" }) })
      .count();
    expect(concept).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("finds the paper that introduces a method first, searching from the header", async () => {
    const { page, errors, external } = await watchedPage(browser, site.url);
    const paper = present(
      papers.find((p) => p.methods.some((m) => m.name === "GaLore")),
      "the paper introducing GaLore",
    );
    await page.goto(`${site.url}/papers/`);
    await page.locator("#site-search").fill("GaLore");
    await Promise.all([page.waitForURL("**/search/?q=GaLore"), page.locator("#site-search").press("Enter")]);
    const first = page.locator(".result-link").first();
    await first.waitFor();
    expect(await first.textContent()).toBe(paper.title);
    const found = async () =>
      Number(/^(\d+) results? found/.exec((await page.locator("#search-status").textContent()) ?? "")?.[1]);
    const all = await found();
    // Results can be narrowed by concept, method and year: the filters load when opened.
    await page.locator("#search-filters summary").click();
    const filters = page.locator(".filter-name");
    await page.waitForFunction(() => document.querySelectorAll(".filter-name").length >= 3);
    expect((await filters.allTextContents()).map((t) => t.trim().toLowerCase()).sort()).toEqual([
      "concept",
      "method",
      "year",
    ]);
    // A concept some but not all of the results have (the counts follow the results).
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLLabelElement>("#filter-groups label")].some((l) => l.hidden),
    );
    const narrower = await page.evaluate((n) => {
      const labels = [...document.querySelectorAll<HTMLLabelElement>("#filter-groups fieldset:first-of-type label")];
      return labels.findIndex((l) => {
        const c = Number(/\d+/.exec(l.querySelector(".meta")?.textContent ?? "")?.[0]);
        return !l.hidden && c > 0 && c < n;
      });
    }, all);
    expect(narrower).toBeGreaterThanOrEqual(0);
    await page.locator("#filter-groups fieldset").first().locator("label").nth(narrower).locator("input").check();
    await page.waitForURL(/concept=/);
    await page.waitForFunction(
      (before) =>
        Number(/^(\d+) results? found/.exec(document.getElementById("search-status")?.textContent ?? "")?.[1]) < before,
      all,
    );
    expect(await found()).toBeGreaterThan(0);
    // The filter in force is named, as its box may be scrolled out of view.
    expect(await page.locator("#search-status").textContent()).toMatch(/ with concept \S/);
    // The address keeps the query and the filter: the same search opens again.
    const shared = page.url();
    await page.goto(shared);
    await page.locator(".result-link").first().waitFor();
    expect(await page.locator("#search-input").inputValue()).toBe("GaLore");
    expect(await page.locator("#filter-groups input:checked").count()).toBe(1);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  it("shows no console error, requests no other host, has no accessibility violation of any impact", async () => {
    for (const path of everyPageType()) {
      const { page, errors, external } = await watchedPage(browser, site.url);
      await page.goto(`${site.url}${path}`, { waitUntil: "networkidle" });
      // The 404 page's own status is the one expected console error.
      expect(
        errors.filter((e) => !(path === "/no-such-page/" && e.includes("404"))),
        path,
      ).toEqual([]);
      expect(external, path).toEqual([]);
      expect(await axeViolations(page), path).toEqual([]);
      await page.context().close();
    }
  });

  it("fits a phone's width on every page type: nothing makes the page scroll sideways", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const overflowing: string[] = [];
    for (const path of everyPageType()) {
      await page.goto(`${site.url}${path}`, { waitUntil: "networkidle" });
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (wide > 0) overflowing.push(`${path} by ${wide}px`);
    }
    await context.close();
    expect(overflowing).toEqual([]);
  });
});
