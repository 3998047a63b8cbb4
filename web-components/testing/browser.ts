// Drives Debian's Chromium with playwright-core against the package's TypeScript served by Vite:
// no build step and no downloaded browser. Every address involved is on 127.0.0.1.
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { createServer, type ViteDevServer } from "vite";
import { type MockApiServer, serveMockApi } from "./serve-mock-api.ts";

const packageRoot = fileURLToPath(new URL("..", import.meta.url));
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export const chromiumPath = process.env.FRONTIER_CHROMIUM ?? "/usr/bin/chromium";
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A fresh Chromium profile; `javaScriptEnabled: false` shows what a visitor without JavaScript sees. */
export async function launchChromium(options: { javaScriptEnabled?: boolean; locale?: string } = {}) {
  const profile = await mkdtemp(join(tmpdir(), "frontier-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ...(options.locale === undefined ? {} : { locale: options.locale }),
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Serves the package root (sources, fixture page) over HTTP on 127.0.0.1, TypeScript compiled on the fly. */
export async function serveSources(): Promise<{ url: string; close(): Promise<void> }> {
  const server: ViteDevServer = await createServer({
    root: packageRoot,
    configFile: false,
    logLevel: "error",
    server: { host: "127.0.0.1", port: 0, hmr: false, ws: false },
    // Lit and i18next are plain ES modules: served as they are, no pre-bundling that could reload the page.
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error("Vite did not report the address it listens on");
  return { url: url.replace(/\/$/, ""), close: () => server.close() };
}

export interface BrowserHarness {
  readonly context: BrowserContext;
  readonly api: MockApiServer;
  /** A new tab on the fixture page, elements defined, `api` as the server. */
  openFixture(): Promise<Page>;
  close(): Promise<void>;
}

export async function startBrowserHarness(options: { locale?: string } = {}): Promise<BrowserHarness> {
  const [sources, api, browser] = await Promise.all([serveSources(), serveMockApi(), launchChromium(options)]);
  return {
    context: browser.context,
    api,
    async openFixture() {
      const page = await browser.context.newPage();
      await page.goto(`${sources.url}/testing/fixture.html`);
      await page.waitForFunction(() => document.body.dataset.ready === "true");
      return page;
    },
    async close() {
      await browser.close();
      await Promise.all([sources.close(), api.close()]);
    },
  };
}

/**
 * Puts markup into the fixture page, inside a shadow root when `inShadowRoot` (to prove events
 * leave it), and waits until every frontier element rendered.
 */
export async function mount(page: Page, markup: string, options: { inShadowRoot?: boolean } = {}): Promise<void> {
  await page.evaluate(
    async ({ markup, inShadowRoot }) => {
      const main = document.querySelector("main");
      if (main === null) throw new Error("fixture page has no <main>");
      main.replaceChildren();
      const host = document.createElement("div");
      host.id = "host";
      main.append(host);
      const root = inShadowRoot ? host.attachShadow({ mode: "open" }) : host;
      root.innerHTML = markup;
      for (const element of root.querySelectorAll("*")) {
        if (element.localName.startsWith("frontier-") && "updateComplete" in element) {
          await (element as { updateComplete: Promise<unknown> }).updateComplete;
        }
      }
    },
    { markup, inShadowRoot: options.inShadowRoot ?? false },
  );
}

/** Serious and critical axe-core violations on the page (or under `selector`). */
export async function seriousAxeViolations(page: Page, selector = "main"): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (context) => {
    const { axe } = globalThis as unknown as { axe: typeof import("axe-core") };
    const results = await axe.run(context, { resultTypes: ["violations"] });
    return results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(" ")).join(", ")})`,
      );
  }, selector);
}
