import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppHarness, apiKey, apiSecret, shop, startAppHarness } from "../testing/app-harness.ts";
import { catalog, locales, markets, mexico, productId } from "../testing/fixtures.ts";
import { sessionToken } from "../testing/shopify-requests.ts";

/**
 * The equivalent of `shopify app build` for the web part: Remix's production build (`remix vite:build`),
 * which needs no Shopify account. The built server is then loaded and answers requests.
 */
const appRoot = fileURLToPath(new URL("..", import.meta.url));
const buildDirectory = join(appRoot, "build");
let harness: AppHarness;
let buildOutput = "";
let buildStatus: number | null = null;
let buildSeconds = 0;

beforeAll(async () => {
  harness = await startAppHarness({ locales, markets, products: catalog(2) });
  rmSync(buildDirectory, { recursive: true, force: true });
  const remixCli = join(
    createRequire(join(appRoot, "package.json")).resolve("@remix-run/dev/package.json"),
    "..",
    "dist",
    "cli.js",
  );
  const started = performance.now();
  const result = spawnSync(process.execPath, [remixCli, "vite:build"], {
    cwd: appRoot,
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "production" },
  });
  buildSeconds = (performance.now() - started) / 1000;
  buildStatus = result.status;
  buildOutput = `${result.stdout}\n${result.stderr}`;
}, 600_000);
afterAll(() => harness.close());

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe("production build", () => {
  it("builds the client and the server bundle", () => {
    expect(buildStatus, buildOutput).toBe(0);
    console.info(`remix vite:build took ${buildSeconds.toFixed(1)} s`);
    expect(filesUnder(join(buildDirectory, "client")).some((file) => file.endsWith(".js"))).toBe(true);
  });

  it("ships no server code to the browser (no Frontier key exchange, no database)", () => {
    const clientCode = filesUnder(join(buildDirectory, "client"))
      .filter((file) => file.endsWith(".js"))
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    expect(clientCode).not.toContain("client_credentials");
    expect(clientCode).not.toContain("FRONTIER_SECRET_KEY");
    expect(clientCode).not.toContain("node:sqlite");
  });

  it("serves the landing page and refuses a forged webhook from the built server", async () => {
    const { createRequestHandler } = await import("@remix-run/node");
    const build = (await import(pathToFileURL(join(buildDirectory, "server", "index.js")).href)) as ServerBuild;
    const handle = createRequestHandler(build, "production");

    const landing = await handle(new Request("https://frontier-app.test/"));
    expect(landing.status).toBe(200);
    expect(await landing.text()).toContain("Frontier for Shopify");

    const forged = harness.webhook("/webhooks/products/update", "products/update", { id: 1 }, { secret: "forged" });
    expect((await handle(forged)).status).toBe(401);
    const signed = harness.webhook("/webhooks/compliance", "customers/redact", { customer: { id: 1 } });
    expect((await handle(signed)).status).toBe(200);
    expect(harness.refused).toEqual([]);
  });

  it("renders the embedded Polaris pages with the shop's data on the server", async () => {
    const { appDatabase } = await import("../app/context.server.ts");
    const { saveSettings } = await import("../app/settings.server.ts");
    saveSettings(appDatabase, shop, { sourceLocale: "en", targetLocales: ["es-MX", "es-AR"], translateHandles: false });
    for (const key of ["title", "body_html", "product_type", "meta_description"]) {
      harness.admin.seedTranslation(productId(1), "es", mexico, key, `mx ${key}`);
    }
    const { createRequestHandler } = await import("@remix-run/node");
    const build = (await import(pathToFileURL(join(buildDirectory, "server", "index.js")).href)) as ServerBuild;
    const handle = createRequestHandler(build, "production");
    const embedded = (path: string) => {
      const query = new URLSearchParams({
        embedded: "1",
        shop,
        host: Buffer.from(`${shop}/admin`).toString("base64"),
        id_token: sessionToken({ shop, apiKey, apiSecret }),
      });
      return new Request(`https://frontier-app.test${path}?${query}`);
    };

    const products = await handle(embedded("/app"));
    const html = await products.text();
    expect(products.status, html.slice(0, 500)).toBe(200);
    expect(html).toContain("Laptop computer 1");
    expect(html).toMatch(/es-MX[\s\S]*es-AR/);
    expect(html).toContain(">done<");
    expect(html).toContain(">missing<");

    const preview = await handle(embedded("/app/products/1002"));
    const previewHtml = await preview.text();
    expect(preview.status, previewHtml.slice(0, 500)).toBe(200);
    expect(previewHtml).toContain("Laptop computadora 2");
    expect(previewHtml).toContain("regional word for computer");
    expect(previewHtml).not.toContain("fk_live_");
  });
});
