// @frontier-ai/server's public surface: the tRPC router type for clients, and the pieces to embed the server.

export { keyPattern, keyPrefixes } from "./auth/key-format.ts";
export type { Permission } from "./auth/permissions.ts";
export { permissions, publishableScopes } from "./auth/permissions.ts";
export type { Principal } from "./auth/principal.ts";
export { createSecretBox, type SecretBox } from "./auth/secret-box.ts";
export type { CliFlags, Config, DatabaseTarget } from "./config.ts";
export { loadConfig } from "./config.ts";
export type { Context, Services } from "./context.ts";
export type { Storage } from "./db/open.ts";
export { openStorage } from "./db/open.ts";
export type * from "./db/repository.ts";
export * from "./errors.ts";
export { type AppOptions, buildApp } from "./http/app.ts";
export { buildOpenApiDocument } from "./http/openapi.ts";
export { defineRestRoute, type RestRoute, type RouteAuth } from "./http/rest-route.ts";
export type { ProviderHealth } from "./http/routes/health.ts";
export { Metrics } from "./observability/metrics.ts";
export { type AppRouter, appRouter } from "./routers/_app.ts";
export { type PreparedServer, prepareServer } from "./server.ts";
export type { ApiKeyKind, Role } from "./types.ts";
