import { z } from "zod";
import { issueAccessToken } from "../../auth/access-token.ts";
import type { Authenticator } from "../../auth/authenticator.ts";
import type { Permission } from "../../auth/permissions.ts";
import { isPermission } from "../../auth/permissions.ts";
import { ForbiddenError, UnauthenticatedError } from "../../errors.ts";
import { defineRestRoute } from "../rest-route.ts";

export const tokenRequest = z.object({
  grant_type: z.literal("client_credentials"),
  client_id: z.string().min(1).max(64).optional(),
  client_secret: z.string().min(1).max(128).optional(),
  scope: z.string().max(2048).optional(),
});

export const tokenResponse = z.object({
  access_token: z.string(),
  token_type: z.literal("Bearer"),
  expires_in: z.number().int(),
  scope: z.string(),
});

/** `Basic base64(client_id:client_secret)` (RFC 6749 §2.3.1) or `Basic base64(secret_key:)`. */
function basicCredentials(header: string | undefined): { id?: string; secret: string } | null {
  const match = header === undefined ? null : /^Basic\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const user = decodeURIComponent(colon < 0 ? decoded : decoded.slice(0, colon));
  const password = colon < 0 ? "" : decodeURIComponent(decoded.slice(colon + 1));
  return password === "" ? { secret: user } : { id: user, secret: password };
}

/**
 * OAuth 2.0 client credentials: a secret key (the client secret; its id is the client id) buys a short-lived
 * JWT access token, optionally narrowed to some scopes, so plugins and browsers never hold the secret key.
 */
export function oauthTokenRoute(authenticator: Authenticator) {
  return defineRestRoute({
    method: "POST",
    path: "/oauth/token",
    summary: "Exchange a secret key for a short-lived access token (client credentials)",
    tags: ["auth"],
    auth: { kind: "none" },
    errorStyle: "oauth",
    body: tokenRequest,
    responses: { 200: { description: "An access token", schema: tokenResponse } },
    handler: async ({ body, request, reply, services }): Promise<z.output<typeof tokenResponse>> => {
      const basic = basicCredentials(request.headers.authorization);
      const secret = basic?.secret ?? body.client_secret;
      const clientId = basic?.id ?? body.client_id;
      if (secret === undefined) throw new UnauthenticatedError("client authentication is missing");
      const principal = await authenticator.authenticateSecretKey(secret);
      if (clientId !== undefined && clientId !== principal.keyId) {
        throw new UnauthenticatedError("client_id does not match the client secret");
      }
      const requested = body.scope?.split(" ").filter(Boolean);
      let scopes: Permission[] = [...principal.permissions];
      if (requested !== undefined && requested.length > 0) {
        const refused = requested.filter((scope) => !isPermission(scope) || !principal.permissions.has(scope));
        if (refused.length > 0) throw new ForbiddenError(`scope not granted: ${refused.join(" ")}`, "scope");
        scopes = requested.filter(isPermission);
      }
      const ttl = services.config.accessTokenTtlSeconds;
      const token = await issueAccessToken(services.keys.tokenKey, principal, scopes, ttl, services.now());
      reply.header("cache-control", "no-store");
      return { access_token: token, token_type: "Bearer", expires_in: ttl, scope: scopes.join(" ") };
    },
  });
}
