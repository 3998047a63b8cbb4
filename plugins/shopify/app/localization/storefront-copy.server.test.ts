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

beforeAll(async () => {
  editorServer = await startFrontierServer({ role: "editor" });
});
afterAll(() => editorServer.close());

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
});
