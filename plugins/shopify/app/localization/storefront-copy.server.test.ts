import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FrontierServer, startFrontierServer } from "../../testing/frontier-server.ts";
import { openAppDatabase } from "../db.server.ts";
import { createFrontierClient } from "../frontier/client.server.ts";
import {
  publishStorefrontCopy,
  queueStorefrontCopy,
  storefrontCopyOf,
  storefrontDocumentId,
} from "./storefront-copy.server.ts";

const shop = "frontier-test.myshopify.com";
const product = {
  resourceId: "gid://shopify/Product/555",
  content: [{ key: "title", value: "Laptop", digest: "d", locale: "en", type: "SINGLE_LINE_TEXT_FIELD" }],
  translations: [],
};

let editorServer: FrontierServer;
let adminServer: FrontierServer;

beforeAll(async () => {
  [editorServer, adminServer] = await Promise.all([startFrontierServer({ role: "editor" }), startFrontierServer()]);
});
afterAll(() => Promise.all([editorServer.close(), adminServer.close()]));

describe("storefront copy", () => {
  it("names the document after the numeric product id the theme block renders", () => {
    expect(storefrontDocumentId("gid://shopify/Product/8123456789")).toBe("shopify-product-8123456789");
    expect(() => storefrontDocumentId("gid://shopify/Collection/1")).toThrow(/not a product id/);
  });

  it("marks copy failed, not pending, when the key may not publish, and pending again when it is queued again", async () => {
    const database = openAppDatabase(":memory:");
    const frontier = createFrontierClient({ serverUrl: editorServer.url, secretKey: editorServer.secretKey });
    const entry = { shop, resourceId: product.resourceId, locale: "es-AR", content: "<p>Hola</p>" };
    queueStorefrontCopy(database, { ...entry, origin: "localized" });

    const outcome = await publishStorefrontCopy({ frontier, database, shop }, product, "en");
    expect(outcome).toMatchObject({ published: 0, pending: 0, failed: 1, retryable: false });
    const [copy] = storefrontCopyOf(database, shop, product.resourceId);
    expect(copy).toMatchObject({ locale: "es-AR", status: "failed", version: null });
    expect(copy?.error).toMatch(/content:publish/);
    expect((await editorServer.readStorefront("shopify-product-555", "es-AR")).status).toBe(404);

    // A failed copy is not sent on every pass, only once it is queued again (the merchant saves again).
    expect(await publishStorefrontCopy({ frontier, database, shop }, product, "en")).toMatchObject({ failed: 0 });
    queueStorefrontCopy(database, { ...entry, origin: "localized" });
    expect(storefrontCopyOf(database, shop, product.resourceId)[0]?.status).toBe("pending");
  });

  it("publishes a product's passes one after another, so the newest text is the one served", async () => {
    const database = openAppDatabase(":memory:");
    const entry = { shop, resourceId: product.resourceId, locale: "es-AR", origin: "localized" as const };
    // While the first pass's publish request is on its way (and slow), the text changes and a second pass starts:
    // without ordering, the newer text would reach the server first and the older one would win.
    let second: Promise<unknown> | undefined;
    const frontier = createFrontierClient({
      serverUrl: adminServer.url,
      secretKey: adminServer.secretKey,
      fetch: async (input, init) => {
        if (second === undefined && String(input).includes("/published/")) {
          queueStorefrontCopy(database, { ...entry, content: "<p>Segunda</p>" });
          second = publishStorefrontCopy({ frontier, database, shop }, product, "en");
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        return fetch(input, init);
      },
    });
    queueStorefrontCopy(database, { ...entry, content: "<p>Primera</p>" });
    await publishStorefrontCopy({ frontier, database, shop }, product, "en");
    await second;

    expect(await adminServer.readStorefront("shopify-product-555", "es-AR")).toMatchObject({
      content: "<p>Segunda</p>",
    });
    expect(storefrontCopyOf(database, shop, product.resourceId)).toMatchObject([
      { locale: "es-AR", status: "published", version: 2 },
    ]);
  });
});
