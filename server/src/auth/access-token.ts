import { errors, jwtVerify, SignJWT } from "jose";
import { z } from "zod";
import { UnauthenticatedError } from "../errors.ts";
import { roles } from "../types.ts";
import type { Permission } from "./permissions.ts";
import { isPermission } from "./permissions.ts";
import type { Principal } from "./principal.ts";

const issuer = "frontier";
const audience = "frontier-api";

const claimsSchema = z.object({
  sub: z.string().min(1),
  tenant: z.string().min(1),
  role: z.enum(roles),
  scope: z.string(),
});

/** Issues a short-lived HS256 access token for a secret key's principal, limited to `scopes`. */
export async function issueAccessToken(
  key: Uint8Array,
  principal: Principal,
  scopes: readonly Permission[],
  ttlSeconds: number,
  now: number = Date.now(),
): Promise<string> {
  const issuedAt = Math.floor(now / 1000);
  return new SignJWT({ tenant: principal.tenantId, role: principal.role, scope: scopes.join(" ") })
    .setProtectedHeader({ alg: "HS256", typ: "at+jwt" })
    .setSubject(principal.keyId)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(key);
}

/**
 * Verifies signature, issuer, audience and expiry. Tokens are not checked against revocation: they live
 * minutes (FRONTIER_ACCESS_TOKEN_TTL_SECONDS), which bounds how long a revoked key's token still works.
 */
export async function verifyAccessToken(key: Uint8Array, token: string, now: number = Date.now()): Promise<Principal> {
  try {
    const { payload } = await jwtVerify(token, key, {
      issuer,
      audience,
      algorithms: ["HS256"],
      typ: "at+jwt",
      currentDate: new Date(now),
    });
    const claims = claimsSchema.parse(payload);
    const permissions = claims.scope.split(" ").filter(isPermission);
    return {
      tenantId: claims.tenant,
      keyId: claims.sub,
      kind: "secret",
      role: claims.role,
      permissions: new Set(permissions),
      via: "token",
      quotaPerMinute: null,
    };
  } catch (error) {
    const reason = error instanceof errors.JWTExpired ? "the access token has expired" : "the access token is invalid";
    throw new UnauthenticatedError(reason, { cause: error });
  }
}
