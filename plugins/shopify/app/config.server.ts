import { z } from "zod";

/** The app's configuration, parsed once from the environment at start-up. */
export type AppConfig = {
  readonly shopifyApiKey: string;
  readonly shopifyApiSecret: string;
  readonly appUrl: string;
  readonly scopes: readonly string[];
  readonly customShopDomains: readonly string[];
  readonly frontierServerUrl: string;
  /** A Frontier secret key (`fk_live_...`): exchanged for short-lived tokens, never sent to the browser. */
  readonly frontierSecretKey: string;
  /** SQLite file holding sessions, settings, bulk jobs and the digests of what was localized. */
  readonly appDatabasePath: string;
};

export class ConfigurationError extends Error {
  override readonly name = "ConfigurationError";
  readonly code = "invalid_configuration";
  readonly issues: readonly { path: string; message: string }[];

  constructor(issues: readonly { path: string; message: string }[], options?: { cause?: unknown }) {
    super(
      `Invalid Shopify app configuration: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ")}`,
      options,
    );
    this.issues = issues;
  }
}

const environmentSchema = z.object({
  SHOPIFY_API_KEY: z.string().min(1),
  SHOPIFY_API_SECRET: z.string().min(1),
  SHOPIFY_APP_URL: z.url(),
  SCOPES: z.string().min(1),
  SHOP_CUSTOM_DOMAIN: z.string().optional(),
  FRONTIER_SERVER_URL: z.url().default("http://127.0.0.1:8787"),
  FRONTIER_SECRET_KEY: z
    .string()
    .regex(/^fk_(?!pub_)\w+$/, "must be a Frontier secret key (fk_live_...), not a publishable key"),
  FRONTIER_APP_DATABASE: z.string().min(1).default("data/shopify-app.sqlite"),
});

export function parseAppConfig(environment: Record<string, string | undefined>): AppConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    throw new ConfigurationError(
      parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
      { cause: parsed.error },
    );
  }
  const env = parsed.data;
  return {
    shopifyApiKey: env.SHOPIFY_API_KEY,
    shopifyApiSecret: env.SHOPIFY_API_SECRET,
    appUrl: env.SHOPIFY_APP_URL,
    scopes: env.SCOPES.split(",").map((scope) => scope.trim()),
    customShopDomains: env.SHOP_CUSTOM_DOMAIN ? [env.SHOP_CUSTOM_DOMAIN] : [],
    frontierServerUrl: env.FRONTIER_SERVER_URL.replace(/\/+$/, ""),
    frontierSecretKey: env.FRONTIER_SECRET_KEY,
    appDatabasePath: env.FRONTIER_APP_DATABASE,
  };
}
