// The "Frontier copy" block in the real block editor (headless Chromium): insert it from the inserter,
// generate through the plugin's proxy (the Frontier server's rules provider), insert the copy as
// paragraphs, save, reload, and find the same valid blocks.
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import {
  blockReports,
  canvas,
  type EditorBrowser,
  logIn,
  openBrowser,
  openEditor,
  type WpGlobal,
} from "./support/browser.ts";

const site = inject("site");
let browser: EditorBrowser;

beforeAll(async () => {
  browser = await openBrowser();
  await logIn(browser.page, site.url, "editor", site.users.editor);
});

afterAll(async () => {
  await browser?.close();
});

it("generates copy with the block, inserts it as paragraphs, and keeps it after saving and reloading", async () => {
  const { page } = browser;
  await openEditor(page, site.url);

  await page.getByRole("button", { name: "Toggle block inserter" }).click();
  await page.getByPlaceholder("Search").fill("Frontier copy");
  await page.getByRole("option", { name: "Frontier copy" }).click();

  const editorCanvas = canvas(page);
  await editorCanvas.getByLabel("What is the copy about?").fill("zapatillas de running");
  await editorCanvas.getByLabel("Market").selectOption("es-MX");
  await editorCanvas.getByLabel("Tone").selectOption("enthusiastic");
  await editorCanvas.getByRole("button", { name: "Generate", exact: true }).click();
  await expect.poll(() => editorCanvas.getByText(/^Score: \d+\/100$/).count(), { timeout: 20_000 }).toBe(1);
  await expect(editorCanvas.getByText(/^zapatillas → tenis \(/).count()).resolves.toBe(1);

  await editorCanvas.getByRole("button", { name: "Insert below" }).click();
  const paragraphs = editorCanvas.locator("p.wp-block-paragraph");
  await expect.poll(() => paragraphs.count()).toBeGreaterThan(0);
  const inserted = await paragraphs.allTextContents();
  expect(inserted.join(" ")).toContain("tenis de running");

  await editorCanvas.getByLabel("Add title").fill("Zapatillas para correr");
  await page.keyboard.press("Control+s");
  await page.waitForFunction(() => {
    const editor = (window as unknown as { wp: WpGlobal }).wp.data.select("core/editor");
    return (
      editor.isSavingPost?.() === false &&
      editor.isEditedPostDirty?.() === false &&
      editor.isEditedPostNew?.() === false
    );
  });
  const postId = await page.evaluate(() =>
    Number((window as unknown as { wp: WpGlobal }).wp.data.select("core/editor").getCurrentPostId?.()),
  );

  await openEditor(page, site.url, postId);
  const reports = await blockReports(page);
  expect(reports.map((report) => report.name)).toEqual(["frontier/copy", ...inserted.map(() => "core/paragraph")]);
  expect(reports.every((report) => report.isValid)).toBe(true);
  await expect(canvas(page).locator("p.wp-block-paragraph").allTextContents()).resolves.toEqual(inserted);
  expect(browser.blockedRequests).toEqual([]);
});
