// The standalone files are what a page loads with one <script type="module"> tag: they must carry
// Lit and i18next inside, stay within the storefront budget, and work in a browser as they are.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../testing/browser.ts";
import { type MockApiServer, serveMockApi } from "../testing/serve-mock-api.ts";
import { standaloneCode } from "./bundles.ts";

let full: string;
let localized: string;

beforeAll(async () => {
  [full, localized] = await Promise.all([standaloneCode("index"), standaloneCode("frontier-localized")]);
});

describe("standalone bundles", () => {
  it("keeps <frontier-localized> within 10 KB min+gzip, Lit included", () => {
    const size = gzipSync(localized, { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(10 * 1024);
    expect(size).toBeLessThan(gzipSync(full, { level: 9 }).length);
  });
});

describe("one <script type=module> tag", () => {
  let api: MockApiServer;
  let page: { url: string; close(): Promise<void> };
  const served: string[] = [];

  beforeAll(async () => {
    api = await serveMockApi();
    const server = createServer((request, response) => {
      served.push(request.url ?? "");
      if (request.url === "/frontier.js") {
        response.writeHead(200, { "Content-Type": "text/javascript" }).end(full);
        return;
      }
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(`<!doctype html>
        <html lang="es-MX"><head><meta charset="utf-8"><title>Store</title>
        <script type="module" src="/frontier.js"></script></head>
        <body><p><frontier-localized content-id="free-shipping-banner" api-base="${api.url}" publishable-key="fk_pub_test">Envío gratis</frontier-localized></p></body></html>`);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    page = {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  });
  afterAll(async () => {
    await page?.close();
    await api?.close();
  });

  it("defines every element and shows published copy", async () => {
    const browser = await launchChromium();
    try {
      const tab = await browser.context.newPage();
      await tab.goto(page.url);
      await tab.waitForFunction(() => document.querySelector("frontier-localized")?.getAttribute("state") === "loaded");
      expect(await tab.locator("frontier-localized [part=content]").textContent()).toBe(
        "¡Envío gratis a toda la República!",
      );
      const defined = await tab.evaluate(() =>
        ["frontier-localized", "frontier-copy-generator", "frontier-variant-preview", "frontier-consent"].map(
          (tag) => customElements.get(tag) !== undefined,
        ),
      );
      expect(defined).toEqual([true, true, true, true]);
      // Self-contained: nothing but the page and the one file (Lit and i18next are inside).
      expect(served.filter((url) => url !== "/favicon.ico")).toEqual(["/", "/frontier.js"]);
    } finally {
      await browser.close();
    }
  });
});
