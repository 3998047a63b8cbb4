// Builds the static Storybook (as `pnpm --filter @frontier-ai/stories build` does) and loads stories
// in Chromium: the elements run against the fetch mock that the preview installs.
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { launchChromium } from "@frontier-ai/web-components/testing/browser";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveDirectory } from "./static-server.ts";

const storiesRoot = fileURLToPath(new URL("..", import.meta.url));
const outputDir = fileURLToPath(new URL("../storybook-static/", import.meta.url));

let server: { url: string; close(): Promise<void> };
let browser: { context: BrowserContext; close(): Promise<void> };

function buildStorybook(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("pnpm", ["run", "build"], {
      cwd: storiesRoot,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: "1" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`storybook build failed (${code}):\n${errors}`)),
    );
  });
}

beforeAll(async () => {
  const started = performance.now();
  await buildStorybook();
  console.log(`static Storybook built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  [server, browser] = await Promise.all([serveDirectory(outputDir), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openStory(id: string) {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story`);
  return page;
}

describe("static Storybook", () => {
  it("has a story for every element and state", async () => {
    const index: unknown = JSON.parse(await readFile(`${outputDir}index.json`, "utf8"));
    const ids = Object.keys(
      typeof index === "object" && index !== null && "entries" in index ? Object(index.entries) : {},
    );
    for (const element of [
      "frontier-localized",
      "frontier-copy-generator",
      "frontier-variant-preview",
      "frontier-consent",
    ]) {
      const states = ids.filter((id) => id.includes(`-${element}--`)).map((id) => id.split("--")[1]);
      expect(states, element).toEqual(expect.arrayContaining(["loading", "server-error"]));
      expect(states.length, element).toBeGreaterThanOrEqual(6);
    }
  });

  it("renders the Colombian fallback story from the mock API (es-CO → es-419)", async () => {
    const page = await openStory("storefront-frontier-localized--colombia-falls-back-to-es-419");
    await expect.poll(() => page.locator("frontier-localized").getAttribute("state")).toBe("loaded");
    expect(await page.locator("frontier-localized [part=content]").textContent()).toBe("¡Envío gratis a todo el país!");
    await page.close();
  });

  it("streams a generation in the Argentina story and shows its score", async () => {
    const page = await openStory("admin-frontier-copy-generator--argentina");
    await expect.poll(() => page.locator("frontier-copy-generator [part=score]").count()).toBe(1);
    expect(await page.locator("frontier-copy-generator [part=output]").textContent()).toContain("cuotas sin interés");
    await page.close();
  });

  it("feeds controls from the Custom Elements Manifest", async () => {
    const page = await openStory("storefront-frontier-consent--brazil");
    await expect.poll(() => page.locator("frontier-consent [part=law]").textContent()).toContain("LGPD");
    const manifestAttributes = await page.evaluate(() => {
      const manifest = (
        globalThis as {
          __STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__?: {
            modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
          };
        }
      ).__STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__;
      const declaration = manifest?.modules
        .flatMap((module) => module.declarations ?? [])
        .find((d) => d.tagName === "frontier-consent");
      return declaration?.attributes?.map((attribute) => attribute.name) ?? [];
    });
    expect(manifestAttributes).toEqual(expect.arrayContaining(["market", "publishable-key", "subject-id", "ui-lang"]));
    await page.close();
  });
});
