import { readFile, stat } from "node:fs/promises";
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

/** Where the page finds the web components' bundle, when the server was given one. */
export const elementsPath = "/playground/elements.js";

const contentSecurityPolicy = "default-src 'self'; style-src 'self'; script-src 'self'; connect-src 'self'";

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
 * The web components' bundle at one fixed URL, from the one file the configuration names (no part of the request
 * reaches the file system). Revalidated on every load (ETag from size and time), so a rebuilt bundle shows at once.
 */
function registerElements(app: FastifyInstance, file: string | null): void {
  app.get(elementsPath, async (request, reply) => {
    const info = file === null ? undefined : await stat(file).catch(() => undefined);
    if (file === null || !info?.isFile()) {
      return reply.status(404).send({
        error: {
          code: "not_found",
          message:
            "no web components bundle is configured (FRONTIER_PLAYGROUND_ELEMENTS): the page renders without them",
        },
      });
    }
    const etag = `"${info.size.toString(36)}-${Math.trunc(info.mtimeMs).toString(36)}"`;
    reply
      .type("text/javascript; charset=utf-8")
      .header("cache-control", "no-cache")
      .header("etag", etag)
      .header("x-content-type-options", "nosniff");
    if (request.headers["if-none-match"] === etag) return reply.status(304).send();
    return reply.send(await readFile(file));
  });
}

export interface PlaygroundOptions {
  tenantName: string;
  /** The web components' standalone bundle (`frontier.js`); null: the page renders with its own script. */
  elements: string | null;
}

/**
 * The playground at `/`: a page where a person pastes copy and sees it localized side by side. Its session
 * endpoint hands out a 15-minute editor token for the default tenant, and only to a browser on this
 * machine (a loopback peer); from anywhere else the page asks for nothing and explains why. With a bundle of
 * the web components configured, the page renders with `<frontier-variant-preview>` and adds
 * `<frontier-copy-generator>`, as a developer would embed them.
 */
export function registerPlayground(app: FastifyInstance, services: Services, options: PlaygroundOptions): void {
  const directory = new URL("./assets/", import.meta.url);
  for (const [path, asset] of Object.entries(assets)) {
    app.get(path, async (_request, reply) => {
      const body = await readFile(new URL(asset.file, directory));
      return reply
        .type(asset.type)
        .header("cache-control", "no-cache")
        .header("content-security-policy", contentSecurityPolicy)
        .send(body);
    });
  }
  registerElements(app, options.elements);
  app.post("/playground/session", async (request: FastifyRequest) => {
    if (!isLoopback(request.socket.remoteAddress)) {
      throw new ForbiddenError(
        "the playground hands out sessions only to a browser on the server's machine",
        "loopback",
      );
    }
    const { tenantName } = options;
    const tenant = await services.repository.tenants.findByName(tenantName);
    if (!tenant) throw new ForbiddenError(`the ${tenantName} tenant does not exist`, tenantName);
    const principal = await playgroundPrincipal(services, tenant.id);
    const scopes = [...principal.permissions].filter((permission) => permission.startsWith("content:"));
    return {
      token: await issueAccessToken(services.keys.tokenKey, principal, scopes, sessionSeconds, services.now()),
      expires_in: sessionSeconds,
      markets: listProfiles().map((profile) => ({ locale: profile.locale, name: profile.name })),
      providers: services.models.providers,
      elements: options.elements === null ? null : elementsPath,
    };
  });
}
