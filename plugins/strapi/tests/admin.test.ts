import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ARTICLE, login } from "./strapi-client.ts";

// Debian's Chromium, kept off the network: only the local Strapi may be reached.
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let context: BrowserContext;
let page: Page;
let profile: string;

beforeAll(async () => {
  profile = await mkdtemp(join(tmpdir(), "frontier-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    // The workspace bootstrap installs Debian's chromium, or names another build in FRONTIER_CHROMIUM.
    executablePath: process.env.FRONTIER_CHROMIUM ?? "/usr/bin/chromium",
    args: CHROMIUM_FLAGS,
    locale: "en-US",
    viewport: { width: 1400, height: 1000 },
  });
  const local = new URL(inject("strapiUrl")).host;
  await context.route(
    (url) => url.host !== local,
    (route) => route.abort(),
  );
  page = context.pages()[0] ?? (await context.newPage());
});

afterAll(async () => {
  await context?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe("the content manager in Chromium", () => {
  it("runs “Localize with Frontier” on an entry and shows the target locale filled", async () => {
    const admin = await login("admin@frontier.test");
    await admin.configure({ serverUrl: inject("frontierUrl"), secretKey: inject("frontierKey") });
    const documentId = await admin.createArticle({ title: "Vendemos el ordenador", summary: "Coge el móvil." });
    const base = inject("strapiUrl");
    const entry = (locale: string) =>
      `${base}/admin/content-manager/collection-types/${ARTICLE}/${documentId}?plugins[i18n][locale]=${locale}`;

    try {
      await page.goto(`${base}/admin/auth/login`);
      await page.getByLabel(/email/i).fill("admin@frontier.test");
      await page.getByLabel(/^password/i).fill(inject("password"));
      await page.getByRole("button", { name: /login/i }).click();
      await page.waitForURL(/\/admin(?!\/auth)/, { timeout: 60_000 });

      await page.goto(entry("es-ES"));
      await expect
        .poll(() => page.locator('input[name="title"]').inputValue(), { timeout: 60_000 })
        .toBe("Vendemos el ordenador");
      const direct = page.getByRole("button", { name: "Localize with Frontier" });
      if (!(await direct.isVisible())) await page.getByRole("button", { name: /more document actions/i }).click();
      await page.getByRole("menuitem", { name: "Localize with Frontier" }).or(direct).first().click();

      const dialog = page.getByRole("dialog");
      await dialog.getByRole("checkbox", { name: /es-AR/ }).click();
      await dialog.getByRole("button", { name: /^Localize$/ }).click();
      await expect
        .poll(() => dialog.getByRole("status").textContent(), { timeout: 60_000 })
        .toBe("Localized into es-AR");

      await page.goto(entry("es-AR"));
      await expect
        .poll(() => page.locator('input[name="title"]').inputValue(), { timeout: 60_000 })
        .toMatch(/computadora/);
      await expect.poll(() => page.locator('textarea[name="summary"]').inputValue()).toMatch(/celular/);
    } catch (error) {
      await page.screenshot({ path: join(tmpdir(), "frontier-strapi-admin-failure.png") }).catch(() => undefined);
      throw error;
    }
  });
});
