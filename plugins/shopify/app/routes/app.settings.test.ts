import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppHarness, settle, startAppHarness } from "../../testing/app-harness.ts";
import { catalog, locales, markets } from "../../testing/fixtures.ts";

let harness: AppHarness;
let route: typeof import("./app.settings.tsx");

beforeAll(async () => {
  harness = await startAppHarness({ locales, markets, products: catalog(1) });
  route = await import("./app.settings.tsx");
});
afterAll(() => harness.close());

describe("markets page", () => {
  it("maps each target onto the shop's locales and markets, naming what is missing", async () => {
    const data = await route.loader({ request: harness.adminRequest("/app/settings"), params: {}, context: {} });
    expect(data.primaryLocale).toBe("en");
    const byLocale = Object.fromEntries(data.availability.map((market) => [market.locale, market]));
    expect(byLocale["es-MX"]).toMatchObject({ shopLocale: "es", marketScoped: true, problem: null });
    expect(byLocale["es-PE"]?.problem).toBeNull();
    expect(byLocale["es-CL"]?.problem).toBe("No market includes CL.");
    expect(byLocale["pt-BR"]).toMatchObject({ shopLocale: "pt-BR", marketScoped: false, problem: null });
    expect(harness.refused).toEqual([]);
  });

  it("saves the source, the markets and the handle opt-in, and reads them back", async () => {
    const saved = await route.action({
      request: harness.adminRequest("/app/settings", {
        form: { sourceLocale: "en", targetLocales: ["es-MX", "es-AR"], translateHandles: "on" },
      }),
      params: {},
      context: {},
    });
    expect(saved).toEqual({ saved: true, errors: [] });
    const data = await route.loader({ request: harness.adminRequest("/app/settings"), params: {}, context: {} });
    expect(data.settings).toEqual({ sourceLocale: "en", targetLocales: ["es-MX", "es-AR"], translateHandles: true });
  });

  it("refuses unknown markets instead of dropping them", async () => {
    const result = await route.action({
      request: harness.adminRequest("/app/settings", { form: { sourceLocale: "en", targetLocales: ["es-XX"] } }),
      params: {},
      context: {},
    });
    expect(result).toEqual({ saved: false, errors: ["Unknown target markets: es-XX"] });
  });

  it("refuses a request without a valid session token", async () => {
    const forged = new Request("https://frontier-app.test/app/settings", {
      headers: { authorization: "Bearer not-a-token" },
    });
    const result = await settle(() => route.loader({ request: forged, params: {}, context: {} }));
    expect(result).toBeInstanceOf(Response);
    expect((result as Response).status).toBe(401);
  });
});
