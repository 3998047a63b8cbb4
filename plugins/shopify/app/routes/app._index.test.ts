import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppHarness, shop, startAppHarness } from "../../testing/app-harness.ts";
import { catalog, locales, markets, mexico, productId } from "../../testing/fixtures.ts";

let harness: AppHarness;
let route: typeof import("./app._index.tsx");

const translatedKeys = ["title", "body_html", "product_type", "meta_description"];

beforeAll(async () => {
  harness = await startAppHarness({ locales, markets, products: catalog(25) });
  route = await import("./app._index.tsx");
});
afterAll(() => harness.close());

async function load(path = "/app") {
  return route.loader({ request: harness.adminRequest(path), params: {}, context: {} });
}

describe("products page", () => {
  it("asks for markets before anything is chosen", async () => {
    const data = await load();
    expect(data.configured).toBe(false);
  });

  it("shows missing / outdated / done per market from translations and their outdated flag", async () => {
    const { appDatabase } = await import("../context.server.ts");
    const { saveSettings } = await import("../settings.server.ts");
    saveSettings(appDatabase, shop, {
      sourceLocale: "en",
      targetLocales: ["es-MX", "es-CL", "pt-BR"],
      translateHandles: false,
    });
    for (const key of translatedKeys) {
      harness.admin.seedTranslation(productId(1), "es", mexico, key, `mx ${key}`);
      harness.admin.seedTranslation(productId(2), "es", mexico, key, `mx ${key}`);
      harness.admin.seedTranslation(productId(1), "pt-BR", null, key, `br ${key}`);
    }
    // A language-level Spanish translation does not count for Mexico's market-specific copy.
    for (const key of translatedKeys) harness.admin.seedTranslation(productId(3), "es", null, key, `es ${key}`);
    harness.admin.editProduct(productId(2), "title", "Laptop computer 2, now lighter");

    const data = await load();
    expect(data.configured).toBe(true);
    expect(data.markets.map((market) => market.locale)).toEqual(["es-MX", "es-CL", "pt-BR"]);
    expect(data.markets[1]?.problem).toBe("No market includes CL.");
    const statuses = Object.fromEntries(data.rows.map((row) => [row.numericId, row.statuses]));
    expect(statuses["1001"]).toEqual(["done", "unavailable", "done"]);
    expect(statuses["1002"]).toEqual(["outdated", "unavailable", "missing"]);
    expect(statuses["1003"]).toEqual(["missing", "unavailable", "missing"]);
    expect(data.rows[1]?.title).toBe("Laptop computer 2, now lighter");
  });

  it("pages through the catalog with the cursor", async () => {
    const first = await load();
    expect(first.rows).toHaveLength(route.pageSize);
    expect(first.nextCursor).not.toBeNull();
    const second = await load(`/app?after=${encodeURIComponent(first.nextCursor ?? "")}`);
    expect(second.rows.map((row) => row.numericId)).toEqual(["1021", "1022", "1023", "1024", "1025"]);
    expect(second.nextCursor).toBeNull();
    expect(harness.refused).toEqual([]);
  });
});
