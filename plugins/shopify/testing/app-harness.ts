import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Session } from "@shopify/shopify-api";
import { setAbstractFetchFunc } from "@shopify/shopify-api/runtime";
import { type FakeAdmin, type FakeAdminOptions, startFakeAdmin } from "./fake-admin.ts";
import { type FrontierServer, startFrontierServer } from "./frontier-server.ts";
import { sessionToken, webhookRequest } from "./shopify-requests.ts";

export const shop = "frontier-test.myshopify.com";
export const apiKey = "test-client-id";
export const apiSecret = "test-client-secret";
export const apiVersion = "2026-07";
export const accessToken = "shpat_offline_test_token";
export const scopes = "read_products,read_translations,write_translations,read_locales,read_markets";
const appUrl = "https://frontier-app.test";

export type AppHarness = {
  admin: FakeAdmin;
  /** The real Frontier server, its model provider faked at the network edge. */
  frontier: FrontierServer;
  /** Requests the app tried to send anywhere but the fakes: must stay empty. */
  refused: string[];
  /** A request from the embedded admin (App Bridge's fetch carries the session token). */
  adminRequest(path: string, init?: { method?: string; form?: Record<string, string | string[]> }): Request;
  webhook(path: string, topic: string, payload: unknown, options?: { secret?: string; eventId?: string }): Request;
  close(): Promise<void>;
};

/**
 * Starts the fake Admin API and the real Frontier server on 127.0.0.1, configures the app through its
 * environment (as in production), and sends the library's Admin API traffic to the fake through
 * `setAbstractFetchFunc`, the runtime seam its platform adapters use. Import app modules after this.
 */
export async function startAppHarness(
  adminOptions: Omit<FakeAdminOptions, "apiVersion" | "accessToken">,
): Promise<AppHarness> {
  const admin = await startFakeAdmin({ ...adminOptions, apiVersion, accessToken });
  const frontier = await startFrontierServer();
  const directory = mkdtempSync(join(tmpdir(), "frontier-shopify-"));
  Object.assign(process.env, {
    SHOPIFY_API_KEY: apiKey,
    SHOPIFY_API_SECRET: apiSecret,
    SHOPIFY_APP_URL: appUrl,
    SCOPES: scopes,
    FRONTIER_SERVER_URL: frontier.url,
    FRONTIER_SECRET_KEY: frontier.secretKey,
    FRONTIER_APP_DATABASE: join(directory, "app.sqlite"),
  });

  const { sessionStorage } = await import("../app/shopify.server.ts");
  const refused: string[] = [];
  const shopOrigin = `https://${shop}/`;
  setAbstractFetchFunc(async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(shopOrigin)) {
      refused.push(url);
      throw new Error(`test network: refused ${url}`);
    }
    return fetch(`${admin.url}/${url.slice(shopOrigin.length)}`, init);
  });
  await sessionStorage.storeSession(
    new Session({ id: `offline_${shop}`, shop, state: "", isOnline: false, accessToken, scope: scopes }),
  );

  return {
    admin,
    frontier,
    refused,
    adminRequest(path, init = {}) {
      const headers = { authorization: `Bearer ${sessionToken({ shop, apiKey, apiSecret })}` };
      if (!init.form) return new Request(`${appUrl}${path}`, { method: init.method ?? "GET", headers });
      const body = new URLSearchParams();
      for (const [name, value] of Object.entries(init.form)) {
        for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
      }
      return new Request(`${appUrl}${path}`, { method: "POST", headers, body });
    },
    webhook(path, topic, payload, options = {}) {
      return webhookRequest({
        url: `${appUrl}${path}`,
        topic,
        shop,
        payload,
        apiVersion,
        secret: options.secret ?? apiSecret,
        ...(options.eventId ? { eventId: options.eventId } : {}),
      });
    },
    async close() {
      await Promise.all([admin.close(), frontier.close()]);
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** Loader and action results are plain data or a Response; thrown Responses are returned for assertions. */
export async function settle(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run();
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}
