import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppHarness, settle, startAppHarness } from "../../testing/app-harness.ts";
import { catalog, locales, markets } from "../../testing/fixtures.ts";

let harness: AppHarness;
let route: typeof import("./auth.login.tsx");

beforeAll(async () => {
  harness = await startAppHarness({ locales, markets, products: catalog(1) });
  route = await import("./auth.login.tsx");
});
afterAll(() => harness.close());

const post = (shop: string) =>
  new Request("https://frontier-app.test/auth/login", { method: "POST", body: new URLSearchParams({ shop }) });

describe("login page", () => {
  it("asks for a shop domain, and a valid one", async () => {
    expect(await route.action({ request: post(""), params: {}, context: {} })).toEqual({
      error: "Please enter your shop domain to log in.",
    });
    expect(await route.action({ request: post("not a shop!"), params: {}, context: {} })).toEqual({
      error: "Please enter a valid shop domain to log in.",
    });
  });

  it("sends a valid shop on to Shopify's install and auth flow", async () => {
    const result = await settle(() => route.action({ request: post("frontier-test"), params: {}, context: {} }));
    expect(result).toBeInstanceOf(Response);
    const location = (result as Response).headers.get("location") ?? "";
    expect((result as Response).status).toBe(302);
    expect(location).toContain("frontier-test");
    expect(harness.refused).toEqual([]);
  });
});
