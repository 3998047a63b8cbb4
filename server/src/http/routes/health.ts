import { z } from "zod";
import { defineRestRoute } from "../rest-route.ts";

export const providerHealthSchema = z.object({
  name: z.string(),
  status: z.enum(["available", "unavailable"]),
});
export type ProviderHealth = z.infer<typeof providerHealthSchema>;

export const healthResponse = z.object({
  status: z.enum(["healthy", "degraded"]),
  timestamp: z.iso.datetime(),
  version: z.string(),
  database: z.object({ dialect: z.enum(["sqlite", "mysql"]), status: z.enum(["ok", "unreachable"]) }),
  providers: z.array(providerHealthSchema),
});

/** Degraded when the database does not answer, or when providers are listed and none is available. */
export function healthRoute(providers: () => Promise<ProviderHealth[]>) {
  return defineRestRoute({
    method: "GET",
    path: "/api/v1/health",
    summary: "Liveness and readiness: database and providers",
    tags: ["operations"],
    auth: { kind: "none" },
    responses: {
      200: { description: "The server answers; `status` says whether it can do its work", schema: healthResponse },
    },
    handler: async ({ services }): Promise<z.output<typeof healthResponse>> => {
      const database = await services.repository.ping().then(
        () => "ok" as const,
        () => "unreachable" as const,
      );
      const listed = await providers();
      const providersOk = listed.length === 0 || listed.some((provider) => provider.status === "available");
      return {
        status: database === "ok" && providersOk ? "healthy" : "degraded",
        timestamp: new Date(services.now()).toISOString(),
        version: services.version,
        database: { dialect: services.repository.dialect, status: database },
        providers: listed,
      };
    },
  });
}
