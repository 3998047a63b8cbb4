// Debian's Chromium driven by playwright-core: a fresh profile per run, no network beyond 127.0.0.1 (every
// other request is aborted before it leaves), and helpers for the block editor.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

export interface EditorBrowser {
  context: BrowserContext;
  page: Page;
  blockedRequests: string[];
  close(): Promise<void>;
}

export async function openBrowser(): Promise<EditorBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "frontier-wordpress-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.FRONTIER_CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const blockedRequests: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "data:" || url.protocol === "blob:" || url.hostname === "127.0.0.1") {
      return route.continue();
    }
    blockedRequests.push(url.href);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    blockedRequests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function logIn(page: Page, siteUrl: string, user: string, password: string): Promise<void> {
  await page.goto(`${siteUrl}/wp-login.php`);
  await page.fill("#user_login", user);
  await page.fill("#user_pass", password);
  // Logged in once WordPress redirects to the dashboard; waiting for the dashboard's every asset to load is not
  // needed (the next step opens its own page) and on a busy machine took longer than the default timeout.
  await Promise.all([page.waitForURL(/wp-admin/, { waitUntil: "commit", timeout: 60_000 }), page.click("#wp-submit")]);
}

/** Opens the block editor (a new post, or an existing one) and waits until its blocks are parsed. */
export async function openEditor(page: Page, siteUrl: string, postId?: number): Promise<void> {
  await page.goto(
    postId ? `${siteUrl}/wp-admin/post.php?post=${postId}&action=edit` : `${siteUrl}/wp-admin/post-new.php`,
  );
  await page.waitForFunction(() => {
    const wp = (window as unknown as { wp?: WpGlobal }).wp;
    return Boolean(wp?.data?.select("core/editor")?.getCurrentPostId?.() && wp.blocks?.getBlockType("core/paragraph"));
  });
  await page.waitForFunction(() => {
    const wp = (window as unknown as { wp: WpGlobal }).wp;
    return wp.data.select("core/editor").__unstableIsEditorReady?.() !== false;
  });
}

export interface BlockReport {
  name: string;
  isValid: boolean;
  validationIssues: unknown[];
}

/** Every block of the editor, nested ones included, with what the editor's validation said. */
export function blockReports(page: Page): Promise<BlockReport[]> {
  return page.evaluate(() => {
    const wp = (window as unknown as { wp: WpGlobal }).wp;
    const reports: Array<{ name: string; isValid: boolean; validationIssues: unknown[] }> = [];
    const walk = (blocks: WpBlock[]) => {
      for (const block of blocks) {
        reports.push({ name: block.name, isValid: block.isValid, validationIssues: block.validationIssues ?? [] });
        walk(block.innerBlocks);
      }
    };
    walk(wp.data.select("core/block-editor").getBlocks?.() as WpBlock[]);
    return reports;
  });
}

/** The editor canvas (an iframe when every block is apiVersion 3). */
export function canvas(page: Page) {
  return page.frameLocator('iframe[name="editor-canvas"]');
}

// The slice of the editor's globals the helpers read.
export interface WpBlock {
  name: string;
  isValid: boolean;
  validationIssues?: unknown[];
  innerBlocks: WpBlock[];
  attributes: Record<string, unknown>;
}

export interface WpGlobal {
  data: {
    select(store: string): Record<string, (...args: unknown[]) => unknown>;
    dispatch(store: string): Record<string, (...args: unknown[]) => Promise<unknown>>;
  };
  blocks: {
    getBlockType(name: string): unknown;
    createBlock(name: string, attributes?: Record<string, unknown>, inner?: unknown[]): WpBlock;
    serialize(blocks: unknown[]): string;
  };
}
