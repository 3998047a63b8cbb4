import "@shopify/shopify-app-remix/adapters/node";
import { ApiVersion, AppDistribution, type ShopifyApp, shopifyApp } from "@shopify/shopify-app-remix/server";
import { appConfig, appDatabase } from "./context.server.ts";
import { SqliteSessionStorage } from "./session-storage.server.ts";

const appOptions = {
  apiKey: appConfig.shopifyApiKey,
  apiSecretKey: appConfig.shopifyApiSecret,
  apiVersion: ApiVersion.July26,
  scopes: [...appConfig.scopes],
  appUrl: appConfig.appUrl,
  authPathPrefix: "/auth",
  sessionStorage: new SqliteSessionStorage(appDatabase),
  distribution: AppDistribution.AppStore,
  future: { unstable_newEmbeddedAuthStrategy: true as const },
  customShopDomains: [...appConfig.customShopDomains],
};

const shopify: ShopifyApp<typeof appOptions> = shopifyApp(appOptions);

export default shopify;
export const apiVersion = ApiVersion.July26;
export const addDocumentResponseHeaders = shopify.addDocumentResponseHeaders;
export const authenticate: ShopifyApp<typeof appOptions>["authenticate"] = shopify.authenticate;
export const unauthenticated: ShopifyApp<typeof appOptions>["unauthenticated"] = shopify.unauthenticated;
export const login: ShopifyApp<typeof appOptions>["login"] = shopify.login;
export const sessionStorage: SqliteSessionStorage = appOptions.sessionStorage;
