import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppHarness, shop, startAppHarness } from "../../testing/app-harness.ts";
import { digestOf } from "../../testing/fake-admin.ts";
import { andean, catalog, locales, markets, mexico, productId } from "../../testing/fixtures.ts";

let harness: AppHarness;
let route: typeof import("./app.products.$id.tsx");
let context: typeof import("../context.server.ts");
let settings: typeof import("../settings.server.ts");

beforeAll(async () => {
  harness = await startAppHarness({ locales, markets, products: catalog(4) });
  route = await import("./app.products.$id.tsx");
  context = await import("../context.server.ts");
  settings = await import("../settings.server.ts");
  settings.saveSettings(context.appDatabase, shop, {
    sourceLocale: "en",
    targetLocales: ["es-MX", "es-CO", "pt-BR"],
    translateHandles: false,
  });
});
afterAll(() => harness.close());

const args = (id: string, method = "GET") => ({
  request: harness.adminRequest(`/app/products/${id}`, method === "POST" ? { form: {} } : {}),
  params: { id },
  context: {},
});

describe("product preview", () => {
  it("shows each market's copy with the adaptations, body_html localized as html", async () => {
    const data = await route.loader(args("1001"));
    const mx = data.markets.find((market) => market.locale === "es-MX");
    const co = data.markets.find((market) => market.locale === "es-CO");
    expect(mx?.fields.find((field) => field.key === "title")?.localized).toBe("Laptop computadora 1");
    expect(co?.fields.find((field) => field.key === "title")?.localized).toBe("Laptop computador 1");
    expect(mx?.fields.find((field) => field.key === "title")?.adaptations).toEqual([
      { from: "computer", to: "computadora", reason: "regional word for computer" },
    ]);
    expect(mx?.fields.map((field) => field.key)).not.toContain("handle");
    expect(mx?.status).toBe("missing");

    const bodyCall = harness.frontier.calls.find((call) => call.content.startsWith("<p>"));
    expect(bodyCall).toMatchObject({
      format: "html",
      source_locale: "en",
      target_locales: ["es-MX", "es-CO", "pt-BR"],
    });
    // The secret key was exchanged once for a token; localize calls carry the token, never the key.
    expect(harness.frontier.tokenRequests).toBe(1);
    expect(harness.frontier.calls.every((call) => !call.authorization.includes(harness.frontier.secretKey))).toBe(true);
  });

  it("writes with the source digest, the market id for regional Spanish and none for pt-BR", async () => {
    const result = await route.action(args("1001", "POST"));
    expect(result).toMatchObject({ written: 12, requeued: false, errors: [] });
    const id = productId(1);
    expect(harness.admin.translation(id, "es", mexico, "title")).toMatchObject({
      value: "Laptop computadora 1",
      sourceDigest: digestOf("Laptop computer 1"),
    });
    expect(harness.admin.translation(id, "es", andean, "title")?.value).toBe("Laptop computador 1");
    expect(harness.admin.translation(id, "pt-BR", null, "title")?.value).toBe("Laptop computador 1");
    expect(harness.admin.translation(id, "es", null, "title")).toBeUndefined();
    expect(harness.admin.translation(id, "es", mexico, "body_html")?.value).toBe(
      "<p>A fast <strong>computadora</strong> with a celular dock.</p><p>Recibes free shipping.</p>",
    );
    expect(harness.admin.translation(id, "es", mexico, "handle")).toBeUndefined();
    const after = await route.loader(args("1001"));
    expect(after.markets.map((market) => market.status)).toEqual(["done", "done", "done"]);
  });

  it("publishes the description as the storefront copy per market and shows it; saving again adds no version", async () => {
    const document = "shopify-product-1001";
    expect(await harness.frontier.readStorefront(document, "es-CO")).toEqual({
      status: 200,
      content: "<p>A fast <strong>computador</strong> with a celular dock.</p><p>Usted recibe free shipping.</p>",
      version: 1,
    });
    expect((await harness.frontier.readStorefront(document, "pt-BR")).content).toContain("Você recebe");
    expect((await harness.frontier.readStorefront(document, "en")).content).toContain("cell phone dock");
    const page = await route.loader(args("1001"));
    expect(page.storefront.documentId).toBe(document);
    expect(page.storefront.locales.map((copy) => [copy.locale, copy.status, copy.version])).toEqual([
      ["en", "published", 1],
      ["es-MX", "published", 1],
      ["es-CO", "published", 1],
      ["pt-BR", "published", 1],
    ]);

    const publishesBefore = harness.frontier.publishCalls.length;
    const again = await route.action(args("1001", "POST"));
    expect(again).toMatchObject({ written: 12, storefront: { published: 0, errors: [] } });
    expect(harness.frontier.publishCalls.length).toBe(publishesBefore);
    expect((await harness.frontier.readStorefront(document, "es-MX")).version).toBe(1);
  });

  it("re-queues instead of failing when the source changes while translating", async () => {
    let edited = false;
    harness.frontier.onLocalize = () => {
      if (edited) return;
      edited = true;
      harness.admin.editProduct(productId(2), "title", "Gaming computer 2");
    };
    const result = await route.action(args("1002", "POST"));
    harness.frontier.onLocalize = null;
    expect(result).toMatchObject({ written: 0, requeued: true, errors: [], storefront: { published: 0 } });
    expect(harness.admin.translation(productId(2), "es", mexico, "title")).toBeUndefined();

    // The next pass reads the new source and its digest, and the write goes through.
    const retry = await route.action(args("1002", "POST"));
    expect(retry).toMatchObject({ requeued: false, errors: [] });
    expect(harness.admin.translation(productId(2), "es", mexico, "title")?.value).toBe("Gaming computadora 2");
  });

  it("writes handles only when the merchant opted in, as valid handles", async () => {
    settings.saveSettings(context.appDatabase, shop, {
      sourceLocale: "en",
      targetLocales: ["es-MX"],
      translateHandles: true,
    });
    const result = await route.action(args("1003", "POST"));
    expect(result).toMatchObject({ written: 5, errors: [] });
    expect(harness.admin.translation(productId(3), "es", mexico, "handle")?.value).toBe("laptop-computadora-3");
  });

  it("answers 404 for an id that is not a product", async () => {
    await expect(route.loader(args("not-a-number"))).rejects.toMatchObject({ status: 404 });
    await expect(route.loader(args("999999"))).rejects.toMatchObject({ status: 404 });
    expect(harness.refused).toEqual([]);
  });
});

describe("what Shopify refuses", () => {
  it("reports a market that does not exist and an unpublished locale as errors, writing nothing", async () => {
    const { writeLocalizedFields } = await import("../localization/localize-product.server.ts");
    const { unauthenticated } = await import("../shopify.server.ts");
    const { admin } = await unauthenticated.admin(shop);
    const graphql = admin.graphql;
    const field = {
      key: "title",
      value: "Laptop computer 4",
      digest: digestOf("Laptop computer 4"),
      format: "text" as const,
      localized: "Laptop computadora 4",
      adaptations: [],
    };
    const target = {
      locale: "es-MX",
      shopLocale: "es",
      countryCode: "MX",
      marketScoped: true,
      label: "Spanish (Mexico)",
      localePublished: true,
      problem: null,
    };
    const outcome = await writeLocalizedFields(
      { graphql, frontier: context.frontier, database: context.appDatabase, shop },
      { resourceId: productId(4), content: [], translations: [] },
      [
        { target: { ...target, marketId: "gid://shopify/Market/999" }, fields: [field] },
        { target: { ...target, shopLocale: "fr", marketId: null }, fields: [field] },
      ],
      { sourceLocale: "en", translateHandles: false },
    );
    expect(outcome.written).toBe(0);
    expect(outcome.storefront.published).toBe(0);
    expect(outcome.errors).toEqual([
      "es-MX: Market does not exist (MARKET_DOES_NOT_EXIST)",
      "es-MX: Locale fr is not published (INVALID_LOCALE_FOR_SHOP)",
    ]);
  });
});

describe("when Frontier is down", () => {
  it("still shows the product's status with the reason instead of an error page", async () => {
    // English to Spanish needs the model: with it failing, Frontier answers 503 (upstream unavailable).
    harness.frontier.providerFailure = 503;
    const data = await route.loader(args("1004"));
    harness.frontier.providerFailure = null;
    expect(data.frontierError).toMatch(/^No provider could serve task "localize"/);
    expect(data.markets.map((market) => [market.locale, market.status, market.fields.length])).toEqual([
      ["es-MX", "missing", 0],
    ]);
  });

  it("shows the status with the reason when the server is unreachable, and the copy once it is back", async () => {
    await harness.frontier.stopListening();
    const down = await route.loader(args("1004"));
    await harness.frontier.listenAgain();
    expect(down.frontierError).toBe(`Frontier server unreachable at ${harness.frontier.url}`);
    expect(down.markets.map((market) => [market.locale, market.status, market.fields.length])).toEqual([
      ["es-MX", "missing", 0],
    ]);
    const back = await route.loader(args("1004"));
    expect(back.frontierError).toBeNull();
    expect(back.markets[0]?.fields.find((field) => field.key === "title")?.localized).toBe("Laptop computadora 4");
  });
});
