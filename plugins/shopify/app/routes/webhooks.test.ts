import type { ActionFunctionArgs } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppHarness, shop, startAppHarness } from "../../testing/app-harness.ts";
import { catalog, locales, markets, mexico, productId } from "../../testing/fixtures.ts";

let harness: AppHarness;
let productsUpdate: typeof import("./webhooks.products.update.tsx");
let uninstalled: typeof import("./webhooks.app.uninstalled.tsx");
let compliance: typeof import("./webhooks.compliance.tsx");
let context: typeof import("../context.server.ts");
let shopify: typeof import("../shopify.server.ts");
let settleBackgroundWork: () => Promise<void>;

beforeAll(async () => {
  harness = await startAppHarness({ locales, markets, products: catalog(3) });
  productsUpdate = await import("./webhooks.products.update.tsx");
  uninstalled = await import("./webhooks.app.uninstalled.tsx");
  compliance = await import("./webhooks.compliance.tsx");
  context = await import("../context.server.ts");
  shopify = await import("../shopify.server.ts");
  ({ settleBackgroundWork } = await import("../localization/background.server.ts"));
  const { saveSettings } = await import("../settings.server.ts");
  saveSettings(context.appDatabase, shop, {
    sourceLocale: "en",
    targetLocales: ["es-MX", "es-AR"],
    translateHandles: false,
  });

  // Product 1 was localized earlier through the app.
  const { localizeProduct } = await import("../localization/localize-product.server.ts");
  const { readProduct, readShopContext, resolveTargets } = await import("../admin/resources.server.ts");
  const { admin } = await shopify.unauthenticated.admin(shop);
  const targets = resolveTargets(await readShopContext(admin.graphql), ["es-MX", "es-AR"]);
  const product = await readProduct(admin.graphql, targets, productId(1));
  if (!product) throw new Error("fixture product missing");
  const dependencies = { graphql: admin.graphql, frontier: context.frontier, database: context.appDatabase, shop };
  await localizeProduct(
    dependencies,
    product,
    targets,
    { sourceLocale: "en", translateHandles: false },
    { kind: "all" },
  );
});
afterAll(() => harness.close());

const payloadOf = (n: number) => ({ id: 1000 + n, admin_graphql_api_id: productId(n), title: `Laptop computer ${n}` });

async function deliver(
  route: { action: (args: ActionFunctionArgs) => Promise<Response> },
  request: Request,
): Promise<Response> {
  try {
    const response = await route.action({ request, params: {}, context: {} });
    await settleBackgroundWork();
    return response;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

describe("products/update", () => {
  it("re-localizes only the fields whose source digest changed", async () => {
    const bodyBefore = harness.admin.translation(productId(1), "es", mexico, "body_html");
    harness.admin.editProduct(productId(1), "title", "Laptop computer 1 Pro");
    const callsBefore = harness.frontier.calls.length;

    const response = await deliver(
      productsUpdate,
      harness.webhook("/webhooks/products/update", "products/update", payloadOf(1)),
    );
    expect(response.status).toBe(200);
    const calls = harness.frontier.calls.slice(callsBefore);
    expect(calls.map((call) => call.content)).toEqual(["Laptop computer 1 Pro"]);
    expect(harness.admin.translation(productId(1), "es", mexico, "title")?.value).toBe("Laptop computadora 1 Pro");
    expect(harness.admin.translation(productId(1), "es", mexico, "body_html")).toEqual(bodyBefore);
    // The description did not change, so the storefront copy stays as published.
    expect(harness.frontier.publishCalls).toEqual([
      "shopify-product-1001 en",
      "shopify-product-1001 es-AR",
      "shopify-product-1001 es-MX",
    ]);
  });

  it("does nothing when the update was our own translation write (no source changed)", async () => {
    const callsBefore = harness.frontier.calls.length;
    const response = await deliver(
      productsUpdate,
      harness.webhook("/webhooks/products/update", "products/update", payloadOf(1)),
    );
    expect(response.status).toBe(200);
    expect(harness.frontier.calls.length).toBe(callsBefore);
  });

  it("publishes the localized description where the theme block reads it, and an edit re-publishes it", async () => {
    const document = "shopify-product-1001";
    const original = "<p>A fast <strong>computer</strong> with a cell phone dock.</p><p>You get free shipping.</p>";
    // Published when the product was first localized: each market's copy and the source.
    expect(await harness.frontier.readStorefront(document, "es-AR")).toEqual({
      status: 200,
      content: "<p>A fast <strong>computadora</strong> with a celular dock.</p><p>Recibís free shipping.</p>",
      version: 1,
    });
    expect((await harness.frontier.readStorefront(document, "es-MX")).content).toContain("Recibes free shipping");
    expect(await harness.frontier.readStorefront(document, "en")).toEqual({
      status: 200,
      content: original,
      version: 1,
    });

    harness.admin.editProduct(productId(1), "body_html", "<p>A new <em>computer</em>. You get it tomorrow.</p>");
    const publishesBefore = harness.frontier.publishCalls.length;
    await deliver(productsUpdate, harness.webhook("/webhooks/products/update", "products/update", payloadOf(1)));
    expect(harness.admin.translation(productId(1), "es", null, "body_html")).toBeUndefined();
    expect(await harness.frontier.readStorefront(document, "es-AR")).toEqual({
      status: 200,
      content: "<p>A new <em>computadora</em>. Recibís it tomorrow.</p>",
      version: 2,
    });
    expect((await harness.frontier.readStorefront(document, "en")).version).toBe(2);
    expect(harness.frontier.publishCalls.slice(publishesBefore).sort()).toEqual([
      `${document} en`,
      `${document} es-AR`,
      `${document} es-MX`,
    ]);

    // The update our own write triggers publishes nothing again.
    await deliver(productsUpdate, harness.webhook("/webhooks/products/update", "products/update", payloadOf(1)));
    expect(harness.frontier.publishCalls.length).toBe(publishesBefore + 3);
    expect((await harness.frontier.readStorefront(document, "es-AR")).version).toBe(2);
  });

  it("keeps the written translation when publishing fails, and publishes on the next update", async () => {
    const document = "shopify-product-1001";
    harness.frontier.publishFailure = 503;
    harness.admin.editProduct(productId(1), "body_html", "<p>The best computer.</p>");
    await deliver(productsUpdate, harness.webhook("/webhooks/products/update", "products/update", payloadOf(1)));
    harness.frontier.publishFailure = null;

    expect(harness.admin.translation(productId(1), "es", mexico, "body_html")?.value).toBe(
      "<p>The best computadora.</p>",
    );
    expect((await harness.frontier.readStorefront(document, "es-AR")).version).toBe(2);
    const { storefrontCopyOf } = await import("../localization/storefront-copy.server.ts");
    const pending = storefrontCopyOf(context.appDatabase, shop, productId(1));
    expect(pending.map((copy) => [copy.locale, copy.status])).toEqual([
      ["en", "pending"],
      ["es-AR", "pending"],
      ["es-MX", "pending"],
    ]);
    expect(pending[0]?.error).toMatch(/database unavailable/);

    // Shopify sends products/update after our translation write: no source changed, the pending copy goes out.
    const callsBefore = harness.frontier.calls.length;
    await deliver(productsUpdate, harness.webhook("/webhooks/products/update", "products/update", payloadOf(1)));
    expect(harness.frontier.calls.length).toBe(callsBefore);
    expect(await harness.frontier.readStorefront(document, "es-AR")).toEqual({
      status: 200,
      content: "<p>The best computadora.</p>",
      version: 3,
    });
    expect(storefrontCopyOf(context.appDatabase, shop, productId(1)).map((copy) => copy.status)).toEqual([
      "published",
      "published",
      "published",
    ]);
  });

  it("ignores a duplicate delivery of the same event", async () => {
    harness.admin.editProduct(productId(1), "product_type", "Laptops");
    const first = harness.webhook("/webhooks/products/update", "products/update", payloadOf(1), { eventId: "event-1" });
    const again = harness.webhook("/webhooks/products/update", "products/update", payloadOf(1), { eventId: "event-1" });
    const callsBefore = harness.frontier.calls.length;
    expect((await deliver(productsUpdate, first)).status).toBe(200);
    expect((await deliver(productsUpdate, again)).status).toBe(200);
    expect(harness.frontier.calls.length).toBe(callsBefore + 1);
  });

  it("leaves products Frontier never localized alone", async () => {
    harness.admin.editProduct(productId(2), "title", "Laptop computer 2 Pro");
    const callsBefore = harness.frontier.calls.length;
    const response = await deliver(
      productsUpdate,
      harness.webhook("/webhooks/products/update", "products/update", payloadOf(2)),
    );
    expect(response.status).toBe(200);
    expect(harness.frontier.calls.length).toBe(callsBefore);
  });

  it("refuses a forged signature with 401 and does no work", async () => {
    harness.admin.editProduct(productId(1), "title", "Laptop computer 1 Forged");
    const callsBefore = harness.frontier.calls.length;
    const forged = harness.webhook("/webhooks/products/update", "products/update", payloadOf(1), {
      secret: "not-the-app-secret",
    });
    expect((await deliver(productsUpdate, forged)).status).toBe(401);

    // A valid signature over a different body is refused too.
    const signed = harness.webhook("/webhooks/products/update", "products/update", payloadOf(1));
    const tampered = new Request(signed.url, {
      method: "POST",
      headers: signed.headers,
      body: JSON.stringify({ ...payloadOf(1), title: "tampered" }),
    });
    expect((await deliver(productsUpdate, tampered)).status).toBe(401);
    expect(harness.frontier.calls.length).toBe(callsBefore);
  });
});

describe("compliance topics", () => {
  const topics = ["customers/data_request", "customers/redact"];

  it.each(topics)("%s: answers 200 when signed, 401 when forged", async (topic) => {
    const payload = { shop_domain: shop, customer: { id: 7, email: "cliente@example.com" }, orders_requested: [] };
    const valid = await deliver(compliance, harness.webhook("/webhooks/compliance", topic, payload));
    expect(valid.status).toBe(200);
    const forged = await deliver(compliance, harness.webhook("/webhooks/compliance", topic, payload, { secret: "x" }));
    expect(forged.status).toBe(401);
  });
});

describe("app/scopes_update", () => {
  it("stores the scopes the merchant granted on the shop's session", async () => {
    const route = await import("./webhooks.app.scopes_update.tsx");
    const granted = [
      "read_products",
      "read_translations",
      "write_translations",
      "read_locales",
      "read_markets",
      "read_themes",
    ];
    const response = await deliver(
      route,
      harness.webhook("/webhooks/app/scopes_update", "app/scopes_update", { id: 1, previous: [], current: granted }),
    );
    expect(response.status).toBe(200);
    const session = await shopify.sessionStorage.loadSession(`offline_${shop}`);
    expect(session?.scope).toBe(granted.join(","));
  });
});

describe("app/uninstalled and shop/redact", () => {
  it("drops the shop's sessions on uninstall; later product updates find no session and do nothing", async () => {
    const response = await deliver(
      uninstalled,
      harness.webhook("/webhooks/app/uninstalled", "app/uninstalled", { id: 1 }),
    );
    expect(response.status).toBe(200);
    expect(await shopify.sessionStorage.findSessionsByShop(shop)).toEqual([]);

    harness.admin.editProduct(productId(1), "title", "Laptop computer 1 After");
    const callsBefore = harness.frontier.calls.length;
    const update = await deliver(
      productsUpdate,
      harness.webhook("/webhooks/products/update", "products/update", payloadOf(1)),
    );
    expect(update.status).toBe(200);
    expect(harness.frontier.calls.length).toBe(callsBefore);
  });

  it("shop/redact erases the shop's settings and digests; forged redaction is refused", async () => {
    const { readSettings, defaultSettings } = await import("../settings.server.ts");
    const payload = { shop_id: 1, shop_domain: shop };
    const forged = await deliver(
      compliance,
      harness.webhook("/webhooks/compliance", "shop/redact", payload, { secret: "x" }),
    );
    expect(forged.status).toBe(401);
    expect(readSettings(context.appDatabase, shop).targetLocales).toEqual(["es-MX", "es-AR"]);

    const valid = await deliver(compliance, harness.webhook("/webhooks/compliance", "shop/redact", payload));
    expect(valid.status).toBe(200);
    expect(readSettings(context.appDatabase, shop)).toEqual(defaultSettings);
    const digests = context.appDatabase.prepare("SELECT COUNT(*) AS n FROM localized_fields WHERE shop = ?").get(shop);
    expect(digests?.n).toBe(0);
    const copies = context.appDatabase.prepare("SELECT COUNT(*) AS n FROM storefront_copy WHERE shop = ?").get(shop);
    expect(copies?.n).toBe(0);
    expect(harness.refused).toEqual([]);
  });
});
