import { readFile } from "node:fs/promises";
import { listProfiles } from "@frontier-ai/cultural-profiles";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { issueAccessToken } from "../auth/access-token.ts";
import { createApiKey } from "../auth/key-service.ts";
import { grantedPermissions } from "../auth/permissions.ts";
import type { Principal } from "../auth/principal.ts";
import type { Services } from "../context.ts";
import { ForbiddenError } from "../errors.ts";

const assets = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/playground/playground.js": { file: "playground.js", type: "text/javascript; charset=utf-8" },
  "/playground/playground.css": { file: "playground.css", type: "text/css; charset=utf-8" },
} as const;

const playgroundKeyName = "playground (local browser sessions)";
const sessionSeconds = 15 * 60;

function isLoopback(address: string | undefined): boolean {
  return (
    address !== undefined && (address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127."))
  );
}

/** The editor key the playground's tokens are issued for, created once per tenant. */
async function playgroundPrincipal(services: Services, tenantId: string): Promise<Principal> {
  const keys = await services.repository.apiKeys.list(tenantId);
  let key = keys.find((candidate) => candidate.name === playgroundKeyName && candidate.revokedAt === null);
  if (!key) {
    const created = await createApiKey(services.repository, services.keys, tenantId, {
      name: playgroundKeyName,
      kind: "secret",
      role: "editor",
    });
    key = (await services.repository.apiKeys.get(tenantId, created.key.id)) ?? undefined;
  }
  if (!key) throw new Error("could not create the playground key");
  return {
    tenantId,
    keyId: key.id,
    kind: "secret",
    role: key.role,
    permissions: new Set(grantedPermissions(key.kind, key.role, key.scopes)),
    via: "token",
    quotaPerMinute: key.quotaPerMinute,
  };
}

/**
 * The playground at `/`: a page where a person pastes copy and sees it localized side by side. Its session
 * endpoint hands out a 15-minute editor token for the default tenant, and only to a browser on this
 * machine (a loopback peer); from anywhere else the page asks for nothing and explains why.
 */
export function registerPlayground(app: FastifyInstance, services: Services, tenantName: string): void {
  const directory = new URL("./assets/", import.meta.url);
  for (const [path, asset] of Object.entries(assets)) {
    app.get(path, async (_request, reply) => {
      const body = await readFile(new URL(asset.file, directory));
      return reply
        .type(asset.type)
        .header("cache-control", "no-cache")
        .header(
          "content-security-policy",
          "default-src 'self'; style-src 'self'; script-src 'self'; connect-src 'self'",
        )
        .send(body);
    });
  }
  app.post("/playground/session", async (request: FastifyRequest) => {
    if (!isLoopback(request.socket.remoteAddress)) {
      throw new ForbiddenError(
        "the playground hands out sessions only to a browser on the server's machine",
        "loopback",
      );
    }
    const tenant = await services.repository.tenants.findByName(tenantName);
    if (!tenant) throw new ForbiddenError(`the ${tenantName} tenant does not exist`, tenantName);
    const principal = await playgroundPrincipal(services, tenant.id);
    const scopes = [...principal.permissions].filter((permission) => permission.startsWith("content:"));
    return {
      token: await issueAccessToken(services.keys.tokenKey, principal, scopes, sessionSeconds, services.now()),
      expires_in: sessionSeconds,
      markets: listProfiles().map((profile) => ({ locale: profile.locale, name: profile.name })),
      providers: services.models.providers,
    };
  });
}
