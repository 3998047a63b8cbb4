/// <reference lib="dom" />
// The playground in real headless Chromium (Debian's, driven by playwright-core): the real server in-process on
// 127.0.0.1 with a temporary SQLite file and the offline rules provider. Nothing leaves the machine. It runs twice:
// without a bundle of the web components (the page renders by itself) and with one, built here by the web
// components' own script (the page renders with <frontier-variant-preview> and <frontier-copy-generator>).
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { loadConfig, prepareServer } from "@frontier-ai/server";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const chromiumPath = process.env.FRONTIER_CHROMIUM ?? "/usr/bin/chromium";
const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const buildStandalone = fileURLToPath(new URL("../../web-components/scripts/build-standalone.ts", import.meta.url));

interface Playground {
  url: string;
  context: BrowserContext;
  close(): Promise<void>;
}

/** The server (with `env` added to its configuration) listening on 127.0.0.1, and a fresh Chromium profile. */
async function startPlayground(env: Record<string, string> = {}): Promise<Playground> {
  const directory = await mkdtemp(join(tmpdir(), "frontier-e2e-"));
  const profile = await mkdtemp(join(tmpdir(), "frontier-chromium-"));
  const config = loadConfig({
    DATABASE_URL: join(directory, "frontier.db"),
    FRONTIER_SECRET: "e2e-secret-that-is-long-enough-0123456789",
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "silent",
    ...env,
  });
  // No provider variables: the router holds only the offline rules provider.
  const server = await prepareServer(config, { environment: {} });
  const url = await server.app.listen({ host: "127.0.0.1", port: 0 });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    // Only so the test can inject axe-core; the page's own scripts still come from 'self'.
    bypassCSP: true,
  });
  // Belt and braces: the page may only talk to our server.
  await context.route(
    (target) => !target.href.startsWith(url),
    (route) => route.abort(),
  );
  return {
    url,
    context,
    async close() {
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
      await rm(directory, { recursive: true, force: true });
    },
  };
}

async function uncheckAll(page: Page): Promise<void> {
  const checked = await page
    .locator("#targets input:checked")
    .evaluateAll((boxes) => boxes.map((box) => box.getAttribute("value")));
  for (const value of checked) await page.uncheck(`#targets input[value="${value}"]`);
}

async function openPlayground(playground: Playground, rendering: "plain" | "elements"): Promise<Page> {
  const page = await playground.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${playground.url}/`);
  await page.locator(`body[data-rendering="${rendering}"]`).waitFor();
  expect(errors).toEqual([]);
  return page;
}

/**
 * Each test localizes copy of its own: the tenant's translation memory answers a segment it has seen before, and
 * an answer from memory carries no adaptations to highlight.
 */
async function localizeIntoMexicoAndArgentina(
  page: Page,
  copy = "Coged el móvil y comprad un ordenador nuevo hoy.",
): Promise<void> {
  await page.fill("#content", copy);
  await page.selectOption("#source", "es-ES");
  await page.selectOption("#format", "text");
  await uncheckAll(page);
  await page.check('#targets input[value="es-MX"]');
  await page.check('#targets input[value="es-AR"]');
  await page.click('#localize-form button[type="submit"]');
  await page.locator("#status", { hasText: "Localized into 2 markets" }).waitFor({ timeout: 20_000 });
}

/** axe-core's serious and critical violations (it reads open shadow roots too). */
async function violations(page: Page): Promise<string[]> {
  // Results fade in: axe measures contrast with the opacity of the moment, so let animations end first.
  await page.evaluate(() => {
    const { document } = globalThis as unknown as { document: { getAnimations(): { finished: Promise<unknown> }[] } };
    return Promise.all(document.getAnimations().map((animation) => animation.finished));
  });
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const { axe } = globalThis as unknown as { axe: typeof import("axe-core") };
    const results = await axe.run({ resultTypes: ["violations"] });
    return results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  });
}

describe("the playground in headless Chromium, without the web components", () => {
  let playground: Playground;

  beforeAll(async () => {
    playground = await startPlayground();
  }, 60_000);
  afterAll(() => playground?.close());

  it("localizes pasted copy into the picked markets, side by side, with changes highlighted", async () => {
    const page = await openPlayground(playground, "plain");
    // No bundle, so no elements and no Generate view.
    expect(await page.locator("#views").isHidden()).toBe(true);
    await localizeIntoMexicoAndArgentina(page);

    const results = page.locator("#results article.result");
    expect(await results.count()).toBe(2);
    expect(await results.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-locale")))).toEqual([
      "es-MX",
      "es-AR",
    ]);
    const [mexico, argentina] = await results.locator(".content").allTextContents();
    expect(mexico).toMatch(/celular/);
    expect(mexico).toMatch(/computadora/);
    expect(argentina).toMatch(/celular/);
    expect(mexico).not.toMatch(/móvil|ordenador|coged|comprad/i);
    // The adaptations are highlighted in the copy and listed with their reasons.
    const marks = await page.locator('#results article[data-locale="es-MX"] .content mark').allTextContents();
    expect(marks).toContain("celular");
    const title = await page
      .locator('#results article[data-locale="es-MX"] .content mark')
      .first()
      .getAttribute("title");
    expect(title).toMatch(/→/);
    expect(await page.locator('#results article[data-locale="es-MX"] ul.changes li').count()).toBeGreaterThan(0);
    // Side by side: the two results share a row.
    const boxes = await results.evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().top));
    expect(boxes[0]).toBe(boxes[1]);
    await page.close();
  }, 60_000);

  it("counts changes and findings in good English: 1 finding, 2 findings", async () => {
    const page = await openPlayground(playground, "plain");
    // One finding per market: the price is in euros.
    await localizeIntoMexicoAndArgentina(page, "Buscáis un ordenador y un móvil: comprad hoy por 1.299,50 €.");
    const headings = await page
      .locator("#results article.result h3")
      .evaluateAll((nodes) =>
        nodes.map((node) => ({ text: node.textContent, items: node.nextElementSibling?.children.length ?? -1 })),
      );
    expect(headings.length).toBe(4);
    expect(headings.map(({ text }) => text)).toContain("1 finding");
    for (const { text, items } of headings) {
      const noun = /change/.test(text ?? "") ? "change" : "finding";
      expect(text).toBe(`${items} ${noun}${items === 1 ? "" : "s"}`);
    }
    await page.close();
  }, 60_000);

  it("shows the server's message when the request cannot be served", async () => {
    const page = await openPlayground(playground, "plain");
    await uncheckAll(page);
    await page.check('#targets input[value="pt-BR"]');
    await page.click('#localize-form button[type="submit"]');
    await page.locator("#status.error").waitFor({ timeout: 20_000 });
    expect(await page.locator("#status").textContent()).toMatch(/openai|anthropic|compatible/);
    await page.close();
  }, 60_000);

  it("has no serious or critical axe-core violations, before and after localizing", async () => {
    const page = await openPlayground(playground, "plain");
    expect(await violations(page)).toEqual([]);
    await page.click('#localize-form button[type="submit"]');
    await page.locator("#status", { hasText: "Localized into" }).waitFor({ timeout: 20_000 });
    expect(await violations(page)).toEqual([]);
    await page.close();
  }, 60_000);
});

describe("the playground in headless Chromium, with the web components' bundle", () => {
  let bundleDirectory: string;
  let playground: Playground;

  beforeAll(async () => {
    bundleDirectory = await mkdtemp(join(tmpdir(), "frontier-elements-"));
    await promisify(execFile)(process.execPath, [buildStandalone, bundleDirectory], { timeout: 60_000 });
    playground = await startPlayground({ FRONTIER_PLAYGROUND_ELEMENTS: join(bundleDirectory, "frontier.js") });
  }, 120_000);
  afterAll(async () => {
    await playground?.close();
    if (bundleDirectory) await rm(bundleDirectory, { recursive: true, force: true });
  });

  it("defines the elements and shows each market's changes in <frontier-variant-preview>, side by side", async () => {
    const page = await openPlayground(playground, "elements");
    expect(
      await page.evaluate(() =>
        ["frontier-variant-preview", "frontier-copy-generator"].map((name) => customElements.get(name) !== undefined),
      ),
    ).toEqual([true, true]);
    await localizeIntoMexicoAndArgentina(page);

    const variants = page.locator('#results frontier-variant-preview section[part="variant"]');
    expect(await variants.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-locale")))).toEqual([
      "es-MX",
      "es-AR",
    ]);
    const mexico = variants.filter({ has: page.locator('[part="text"]') }).first();
    expect(await mexico.locator('[part="text"]').textContent()).toMatch(
      /celular[\s\S]*computadora|computadora[\s\S]*celular/,
    );
    expect(await mexico.locator('button[part="change"]').allTextContents()).toContain("celular");
    // Each change is explained, and the source column marks what the markets changed.
    expect(await mexico.locator('[part="changes"] li').allTextContents()).toContainEqual(
      expect.stringMatching(/“móvil” became “celular”/),
    );
    const source = page.locator('#results frontier-variant-preview [part="source-change"]');
    expect(await source.allTextContents()).toContain("móvil");
    // Side by side: the source and both markets share a row.
    const tops = await page
      .locator(
        '#results frontier-variant-preview section[part="variant"], #results frontier-variant-preview [part="source"]',
      )
      .evaluateAll((nodes) => nodes.map((node) => Math.round(node.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await page.close();
  }, 60_000);

  it("moves between changes and markets with the keyboard", async () => {
    const page = await openPlayground(playground, "elements");
    await localizeIntoMexicoAndArgentina(page, "Buscáis un ordenador y un móvil: comprad hoy.");
    await page.evaluate(() => {
      const selected: string[] = [];
      (globalThis as unknown as { selected: string[] }).selected = selected;
      document.addEventListener("frontier-change-select", (event: Event) => {
        const { locale, adaptation } = event as unknown as { locale: string; adaptation: { to: string } };
        selected.push(`${locale}:${adaptation.to}`);
      });
    });
    const focused = () =>
      page.evaluate(() => {
        const root = document.querySelector("frontier-variant-preview")?.shadowRoot;
        const active = root?.activeElement;
        return { locale: active?.closest("section")?.getAttribute("data-locale"), text: active?.textContent };
      });
    // The preview is one tab stop after the form: its first change (once Lit has rendered it).
    await page.locator('frontier-variant-preview button[part="change"][tabindex="0"]').waitFor();
    await page.focus('#localize-form button[type="submit"]');
    await page.keyboard.press("Tab");
    const first = await focused();
    expect(first.locale).toBe("es-MX");
    await page.keyboard.press("ArrowDown");
    const second = await focused();
    expect(second.locale).toBe("es-MX");
    expect(second.text).not.toBe(first.text);
    await page.keyboard.press("ArrowRight");
    expect((await focused()).locale).toBe("es-AR");
    const selected = await page.evaluate(() => (globalThis as unknown as { selected: string[] }).selected);
    expect(selected.at(-1)).toMatch(/^es-AR:/);
    expect(selected).toContain(`es-MX:${second.text}`);
    await page.close();
  }, 60_000);

  it("generates copy for two markets in the Generate view with the session's token", async () => {
    const page = await openPlayground(playground, "elements");
    await page.click("#tab-generate");
    expect(await page.locator("#localize-view").isHidden()).toBe(true);
    const generator = page.locator("#generate-view frontier-copy-generator");
    await generator.locator('[part="generate-button"]').click();
    const results = generator.locator('[part="result"]');
    await results.nth(1).locator('[part="score"]').waitFor({ timeout: 20_000 });
    expect(await results.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-market")))).toEqual([
      "es-MX",
      "es-AR",
    ]);
    for (const index of [0, 1]) {
      const output = results.nth(index).locator('[part="output"]');
      expect((await output.textContent())?.trim().length).toBeGreaterThan(20);
      expect(await output.getAttribute("aria-busy")).toBe("false");
    }
    expect(await generator.locator('[part="error"]').count()).toBe(0);
    // The tabs answer the arrow keys.
    await page.focus("#tab-generate");
    await page.keyboard.press("ArrowLeft");
    expect(await page.locator("#localize-view").isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-localize");
    await page.close();
  }, 60_000);

  it("falls back to the plain rendering when the bundle does not load", async () => {
    const page = await playground.context.newPage();
    await page.route("**/playground/elements.js", (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto(`${playground.url}/`);
    await page.locator('body[data-rendering="plain"]').waitFor();
    expect(await page.locator("#views").isHidden()).toBe(true);
    await localizeIntoMexicoAndArgentina(page, "Coged el coche y comprad gafas de sol.");
    expect(await page.locator("#results article.result").count()).toBe(2);
    expect(await page.locator("#results frontier-variant-preview").count()).toBe(0);
    await page.close();
  }, 60_000);

  it("has no serious or critical axe-core violations with the elements, before and after localizing", async () => {
    const page = await openPlayground(playground, "elements");
    expect(await violations(page)).toEqual([]);
    await localizeIntoMexicoAndArgentina(page, "¿Tenéis móvil? Pedid el ordenador y os lo enviamos.");
    await page.locator('frontier-variant-preview button[part="change"]').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.click("#tab-generate");
    await page.locator('#generate-view frontier-copy-generator [part="generate-button"]').click();
    await page.locator('#generate-view frontier-copy-generator [part="score"]').first().waitFor({ timeout: 20_000 });
    expect(await violations(page)).toEqual([]);
    await page.close();
  }, 60_000);
});
