// Acceptance: a post with 17 block types (columns, buttons, image with alt and caption, list, quote, table,
// details, media & text, a custom static block and a dynamic one with text attributes …) localized es-ES →
// es-AR and es-MX from the "Localize for market" panel, and every block of every draft valid in the editor.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { blockReports, canvas, type EditorBrowser, logIn, openBrowser, openEditor } from "./support/browser.ts";
import { createPost } from "./support/site-tool.ts";

const site = inject("site");
const showcase = readFileSync(join(import.meta.dirname, "fixtures", "showcase.html"), "utf8");
let browser: EditorBrowser;
let sourceId: number;
let draftIds: number[] = [];

beforeAll(async () => {
  browser = await openBrowser();
  await logIn(browser.page, site.url, "editor", site.users.editor);
  sourceId = await createPost(site, "editor", "Compra tu ordenador", showcase);
});

afterAll(async () => {
  await browser?.close();
});

async function openPanel(): Promise<void> {
  const toggle = browser.page.getByRole("button", { name: "Localize for market" });
  if ((await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
}

describe("localizing a rich post for Argentina and Mexico", () => {
  it("starts from a post whose 17 block types are valid", async () => {
    await openEditor(browser.page, site.url, sourceId);
    const reports = await blockReports(browser.page);
    expect(new Set(reports.map((report) => report.name)).size).toBeGreaterThanOrEqual(17);
    expect(reports.filter((report) => !report.isValid)).toEqual([]);
  });

  it("creates an es-AR and an es-MX draft whose every block is valid in the editor", async () => {
    const { page } = browser;
    // The source is still open from the previous test.
    await openPanel();
    await page.getByLabel("From").selectOption("es-ES");
    await page.getByLabel("Spanish (Argentina)").check();
    await page.getByLabel("Spanish (Mexico)").check();
    await page.getByRole("button", { name: "Create drafts" }).click();

    const links = page.locator(".frontier-localize__drafts a");
    await expect.poll(() => links.count(), { timeout: 30_000 }).toBe(2);
    await expect(links.allTextContents()).resolves.toEqual([
      expect.stringMatching(/es-AR draft \(score \d+\)/),
      expect.stringMatching(/es-MX draft \(score \d+\)/),
    ]);
    draftIds = (await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")))).map(
      (href) => Number(new URL(href ?? "", site.url).searchParams.get("post")),
    );

    for (const [index, draftId] of draftIds.entries()) {
      await openEditor(page, site.url, draftId);
      const reports = await blockReports(page);
      expect(new Set(reports.map((report) => report.name)).size).toBeGreaterThanOrEqual(17);
      expect(reports.filter((report) => !report.isValid)).toEqual([]);
      await expect(canvas(page).locator(".block-editor-warning").count()).resolves.toBe(0);
      const text = (await canvas(page).locator(".is-root-container").textContent()) ?? "";
      expect(text).toContain("computadora");
      // Our own block's fallback (shown in the canvas) is localized too: the plugin names it to the server.
      expect(text).not.toContain("ordenador");
      expect(text).toContain(index === 0 ? "Comprá ahora" : "Compra ahora");
    }
    expect(browser.blockedRequests).toEqual([]);
  });

  it("localized again: updates the es-MX draft and leaves the published es-AR post alone, with a link to it", async () => {
    const { page } = browser;
    await openEditor(page, site.url, draftIds[0]);
    await page.evaluate(
      (id) =>
        (window as unknown as { wp: { apiFetch: (options: object) => Promise<unknown> } }).wp.apiFetch({
          path: `/wp/v2/posts/${id}`,
          method: "POST",
          data: { status: "publish" },
        }),
      draftIds[0],
    );

    await openEditor(page, site.url, sourceId);
    await openPanel();
    await page.getByLabel("From").selectOption("es-ES");
    await page.getByLabel("Spanish (Argentina)").check();
    await page.getByLabel("Spanish (Mexico)").check();
    await page.getByRole("button", { name: "Create drafts" }).click();

    const items = page.locator(".frontier-localize__drafts li");
    await expect.poll(() => items.count(), { timeout: 30_000 }).toBe(2);
    const [published, updated] = await items.allTextContents();
    expect(published).toContain("The es-AR version is already published and was left as it is.");
    expect(published).toContain("Open it and use Preview and replace there");
    expect(updated).toMatch(/es-MX draft updated \(score \d+\)/);
    const hrefs = await items
      .locator("a")
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
    expect(hrefs.map((href) => Number(new URL(href ?? "", site.url).searchParams.get("post")))).toEqual(draftIds);
    expect(browser.blockedRequests).toEqual([]);
  });

  it("replaces the content in place after a preview of the changes", async () => {
    const { page } = browser;
    await openEditor(page, site.url, sourceId);
    await openPanel();
    await page.getByLabel("From").selectOption("es-ES");
    await page.getByLabel("Spanish (Mexico)").check();
    await page.getByRole("button", { name: "Preview and replace" }).click();

    const dialog = page.getByRole("dialog", { name: "Preview the localized content" });
    await expect.poll(() => dialog.locator("tbody tr").count(), { timeout: 30_000 }).toBeGreaterThan(5);
    await expect(dialog.locator("tbody tr").first().textContent()).resolves.toContain("Tu nueva computadora");
    await dialog.getByRole("button", { name: "Replace content" }).click();

    const reports = await blockReports(page);
    expect(reports.filter((report) => !report.isValid)).toEqual([]);
    const text = (await canvas(page).locator(".is-root-container").textContent()) ?? "";
    expect(text).toContain("carro");
    expect(text).not.toContain("coche");
  });
});
