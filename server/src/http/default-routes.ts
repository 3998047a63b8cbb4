import type { ModelCaller } from "@frontier-ai/core";
import type { RestRoute } from "./rest-route.ts";
import { complianceRoutes } from "./routes/compliance.ts";
import { contentRoutes } from "./routes/content.ts";
import { documentRoutes } from "./routes/documents.ts";
import { learningStorefrontRoutes } from "./routes/events.ts";
import type { ProviderHealth } from "./routes/health.ts";
import { jobRoutes } from "./routes/jobs.ts";
import { storefrontRoutes } from "./routes/storefront.ts";

/** Every REST route of the server beyond the built-in ones (health, OpenAPI, OAuth token). */
export function defaultRoutes(): RestRoute[] {
  return [
    ...contentRoutes(),
    ...storefrontRoutes(),
    ...documentRoutes(),
    ...jobRoutes(),
    ...learningStorefrontRoutes(),
    ...complianceRoutes(),
  ];
}

/** Configured providers are available as far as the server can tell without calling them. */
export async function providerHealth(models: ModelCaller): Promise<ProviderHealth[]> {
  return models.providers.map((name) => ({ name, status: "available" as const }));
}
