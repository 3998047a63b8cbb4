import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppHarness, shop, startAppHarness } from "../../testing/app-harness.ts";
import { argentina, catalog, locales, markets, mexico, productId } from "../../testing/fixtures.ts";
import type { BulkJob } from "../localization/bulk-job.server.ts";

let harness: AppHarness;
let route: typeof import("./app.bulk.tsx");

const keys = ["title", "body_html", "product_type", "meta_description"];

beforeAll(async () => {
  harness = await startAppHarness({
    locales,
    markets,
    products: catalog(7),
    bucket: { maximumAvailable: 1000, restoreRate: 1000 },
  });
  route = await import("./app.bulk.tsx");
  const { appDatabase } = await import("../context.server.ts");
  const { saveSettings } = await import("../settings.server.ts");
  saveSettings(appDatabase, shop, { sourceLocale: "en", targetLocales: ["es-MX", "es-AR"], translateHandles: false });
});
afterAll(() => harness.close());

async function submit(intent: string): Promise<BulkJob | null> {
  const result = await route.action({
    request: harness.adminRequest("/app/bulk", { form: { intent } }),
    params: {},
    context: {},
  });
  expect(result.error).toBeNull();
  return result.job;
}

async function runToEnd(): Promise<BulkJob[]> {
  const seen: BulkJob[] = [];
  for (let step = 0; step < 10; step++) {
    const job = await submit("step");
    if (!job) throw new Error("no job");
    seen.push(job);
    if (job.status !== "running") break;
  }
  return seen;
}

describe("bulk localization", () => {
  it("localizes the catalog page by page, skipping what is done, with progress saved", async () => {
    for (const key of keys) {
      harness.admin.seedTranslation(productId(1), "es", mexico, key, `mx ${key}`);
      harness.admin.seedTranslation(productId(1), "es", argentina, key, `ar ${key}`);
    }
    const started = await submit("start");
    expect(started).toMatchObject({ status: "running", total: 7, processed: 0 });

    const steps = await runToEnd();
    expect(steps.map((job) => [job.status, job.processed])).toEqual([
      ["running", 5],
      ["completed", 7],
    ]);
    expect(steps.at(-1)).toMatchObject({ written: 6 * 4 * 2, requeued: 0, failed: 0 });
    expect(harness.frontier.calls.some((call) => call.content === "Laptop computer 1")).toBe(false);
    expect(harness.admin.translation(productId(7), "es", argentina, "title")?.value).toBe("Laptop computadora 7");

    const loaded = await route.loader({ request: harness.adminRequest("/app/bulk"), params: {}, context: {} });
    expect(loaded.job).toMatchObject({ status: "completed", processed: 7 });

    // What the job localized is the storefront copy the theme block reads, one document per product.
    expect(await harness.frontier.readStorefront("shopify-product-1007", "es-AR")).toEqual({
      status: 200,
      content: "<p>A fast <strong>computadora</strong> with a celular dock.</p><p>Recibís free shipping.</p>",
      version: 1,
    });
    expect((await harness.frontier.readStorefront("shopify-product-1002", "es-MX")).content).toContain("Recibes");
    // Product 1 was translated outside Frontier: nothing of it is published.
    expect((await harness.frontier.readStorefront("shopify-product-1001", "es-MX")).status).toBe(404);
  });

  it("re-queues a product whose source changed mid-translation and finishes it on a later pass", async () => {
    harness.admin.editProduct(productId(4), "title", "Laptop computer 4 Pro");
    harness.admin.editProduct(productId(5), "title", "Laptop computer 5 Pro");
    let edited = false;
    harness.frontier.onLocalize = (call) => {
      if (edited || call.content !== "Laptop computer 5 Pro") return;
      edited = true;
      harness.admin.editProduct(productId(5), "title", "Laptop computer 5 Max");
    };
    await submit("start");
    const steps = await runToEnd();
    harness.frontier.onLocalize = null;
    expect(steps.at(-1)).toMatchObject({ status: "completed", processed: 7, requeued: 1, failed: 0 });
    // Only the changed title was outdated: 2 products x 1 field x 2 markets.
    expect(steps.at(-1)?.written).toBe(4);
    expect(harness.admin.translation(productId(5), "es", mexico, "title")?.value).toBe("Laptop computadora 5 Max");
  });

  it("waits out Shopify's throttling using extensions.cost and carries on", async () => {
    harness.admin.editProduct(productId(6), "title", "Laptop computer 6 Air");
    await submit("start");
    harness.admin.drainBucket();
    const steps = await runToEnd();
    expect(steps.at(-1)).toMatchObject({ status: "completed", failed: 0, written: 2 });
    expect(harness.admin.requests.some((request) => request.throttled)).toBe(true);
  });

  it("keeps the job running when Frontier's model is down, retrying the products later", async () => {
    harness.admin.editProduct(productId(2), "title", "Laptop computer 2 Mini");
    await submit("start");
    // English to Spanish needs the model: with it failing, Frontier answers 503 (upstream unavailable).
    harness.frontier.providerFailure = 503;
    const first = await submit("step");
    harness.frontier.providerFailure = null;
    expect(first).toMatchObject({ status: "running", failed: 0 });
    expect(first?.lastError).toMatch(/^No provider could serve task "localize"/);
    const steps = await runToEnd();
    expect(steps.at(-1)).toMatchObject({ status: "completed", failed: 0, written: 2 });
    expect(harness.refused).toEqual([]);
  });

  it("keeps the job running when the Frontier server is unreachable, resuming once it is back", async () => {
    harness.admin.editProduct(productId(4), "title", "Laptop computer 4 Plus");
    await submit("start");
    await harness.frontier.stopListening();
    const first = await submit("step");
    await harness.frontier.listenAgain();
    expect(first).toMatchObject({ status: "running", failed: 0, written: 0 });
    expect(first?.lastError).toBe(`Frontier server unreachable at ${harness.frontier.url}`);
    const steps = await runToEnd();
    expect(steps.at(-1)).toMatchObject({ status: "completed", failed: 0, written: 2 });
    expect(harness.admin.translation(productId(4), "es", mexico, "title")?.value).toBe("Laptop computadora 4 Plus");
  });

  it("keeps the translations when publishing fails and publishes on a later pass", async () => {
    harness.admin.editProduct(productId(3), "body_html", "<p>A quiet computer.</p>");
    await submit("start");
    harness.frontier.publishFailure = 503;
    const first = await submit("step");
    harness.frontier.publishFailure = null;
    expect(first).toMatchObject({ status: "running", failed: 0, written: 2 });
    expect(first?.lastError).toMatch(/^storefront copy .*database unavailable/);
    expect(harness.admin.translation(productId(3), "es", argentina, "body_html")?.value).toBe(
      "<p>A quiet computadora.</p>",
    );
    expect((await harness.frontier.readStorefront("shopify-product-1003", "es-AR")).version).toBe(1);

    const steps = await runToEnd();
    expect(steps.at(-1)).toMatchObject({ status: "completed", failed: 0, written: 2 });
    expect(await harness.frontier.readStorefront("shopify-product-1003", "es-AR")).toEqual({
      status: 200,
      content: "<p>A quiet computadora.</p>",
      version: 2,
    });
  });

  it("reports a failed step and stays resumable from the saved cursor", async () => {
    harness.admin.editProduct(productId(3), "title", "Laptop computer 3 Slim");
    await submit("start");
    harness.admin.failNextRequest("Internal error. Looks like something went wrong on our end.");
    const failed = await route.action({
      request: harness.adminRequest("/app/bulk", { form: { intent: "step" } }),
      params: {},
      context: {},
    });
    expect(failed.error).toBe("Internal error. Looks like something went wrong on our end.");
    expect(failed.job).toMatchObject({ status: "running", processed: 0 });
    const steps = await runToEnd();
    expect(steps.at(-1)).toMatchObject({ status: "completed", processed: 7, written: 2 });
  });

  it("stops on request", async () => {
    await submit("start");
    expect(await submit("cancel")).toMatchObject({ status: "cancelled" });
    expect(await submit("step")).toMatchObject({ status: "cancelled" });
  });
});
