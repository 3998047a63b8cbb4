import { describe, expect, it } from "vitest";
import { ConfigurationError, parseAppConfig } from "./config.server.ts";

const valid = {
  SHOPIFY_API_KEY: "key",
  SHOPIFY_API_SECRET: "secret",
  SHOPIFY_APP_URL: "https://app.example.com",
  SCOPES: "read_products, write_translations",
  FRONTIER_SECRET_KEY: "fk_live_abc",
};

describe("parseAppConfig", () => {
  it("parses the environment with defaults for the Frontier URL and the app database", () => {
    expect(parseAppConfig(valid)).toEqual({
      shopifyApiKey: "key",
      shopifyApiSecret: "secret",
      appUrl: "https://app.example.com",
      scopes: ["read_products", "write_translations"],
      customShopDomains: [],
      frontierServerUrl: "http://127.0.0.1:8787",
      frontierSecretKey: "fk_live_abc",
      appDatabasePath: "data/shopify-app.sqlite",
    });
  });

  it("refuses a publishable key where the secret key belongs, naming the variable", () => {
    const error = (() => {
      try {
        parseAppConfig({ ...valid, FRONTIER_SECRET_KEY: "fk_pub_abc" });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).issues.map((issue) => issue.path)).toEqual(["FRONTIER_SECRET_KEY"]);
  });

  it("lists every missing variable", () => {
    expect(() => parseAppConfig({})).toThrow(
      /SHOPIFY_API_KEY.*SHOPIFY_API_SECRET.*SHOPIFY_APP_URL.*SCOPES.*FRONTIER_SECRET_KEY/,
    );
  });
});
