// The playground in real headless Chromium (Debian's, driven by playwright-core): the real server in-process on
// 127.0.0.1 with a temporary SQLite file and the offline rules provider. Nothing leaves the machine.
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

describe("the playground in headless Chromium", () => {
  let directory: string;
  let profile: string;
  let server: Awaited<ReturnType<typeof prepareServer>>;
  let context: BrowserContext;
  let url: string;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), "frontier-e2e-"));
    profile = await mkdtemp(join(tmpdir(), "frontier-chromium-"));
    const config = loadConfig({
      DATABASE_URL: join(directory, "frontier.db"),
      FRONTIER_SECRET: "e2e-secret-that-is-long-enough-0123456789",
      HOST: "127.0.0.1",
      PORT: "0",
      LOG_LEVEL: "silent",
    });
    // No provider variables: the router holds only the offline rules provider.
    server = await prepareServer(config, { environment: {} });
    url = await server.app.listen({ host: "127.0.0.1", port: 0 });
    context = await chromium.launchPersistentContext(profile, {
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
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await rm(profile, { recursive: true, force: true });
    await rm(directory, { recursive: true, force: true });
  });

  async function uncheckAll(page: Page): Promise<void> {
    const checked = await page
      .locator("#targets input:checked")
      .evaluateAll((boxes) => boxes.map((box) => box.getAttribute("value")));
    for (const value of checked) await page.uncheck(`#targets input[value="${value}"]`);
  }

  async function openPlayground(): Promise<Page> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${url}/`);
    await page.locator('#targets input[value="es-AR"]').waitFor();
    expect(errors).toEqual([]);
    return page;
  }

  it("localizes pasted copy into the picked markets, side by side, with changes highlighted", async () => {
    const page = await openPlayground();
    await page.fill("#content", "Coged el móvil y comprad un ordenador nuevo hoy.");
    await page.selectOption("#source", "es-ES");
    await page.selectOption("#format", "text");
    await uncheckAll(page);
    await page.check('#targets input[value="es-MX"]');
    await page.check('#targets input[value="es-AR"]');
    await page.click('button[type="submit"]');
    await page.locator("#status", { hasText: "Localized into 2 markets" }).waitFor({ timeout: 20_000 });

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

  it("shows the server's message when the request cannot be served", async () => {
    const page = await openPlayground();
    await uncheckAll(page);
    await page.check('#targets input[value="pt-BR"]');
    await page.click('button[type="submit"]');
    await page.locator("#status.error").waitFor({ timeout: 20_000 });
    expect(await page.locator("#status").textContent()).toMatch(/openai|anthropic|compatible/);
    await page.close();
  }, 60_000);

  it("has no serious or critical axe-core violations, before and after localizing", async () => {
    const page = await openPlayground();
    const violations = async () => {
      await page.addScriptTag({ path: axePath });
      return page.evaluate(async () => {
        const { axe } = globalThis as unknown as { axe: typeof import("axe-core") };
        const results = await axe.run({ resultTypes: ["violations"] });
        return results.violations
          .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
          .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
      });
    };
    expect(await violations()).toEqual([]);
    await page.click('button[type="submit"]');
    await page.locator("#status", { hasText: "Localized into" }).waitFor({ timeout: 20_000 });
    // Results fade in: axe measures contrast with the opacity of the moment, so let the animation end first.
    await page.evaluate(() => {
      const { document } = globalThis as unknown as { document: { getAnimations(): { finished: Promise<unknown> }[] } };
      return Promise.all(document.getAnimations().map((animation) => animation.finished));
    });
    expect(await violations()).toEqual([]);
    await page.close();
  }, 60_000);
});
