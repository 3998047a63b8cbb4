import type { Repository } from "../db/repository.ts";
import { ForbiddenError, UnauthenticatedError } from "../errors.ts";
import { verifyAccessToken } from "./access-token.ts";
import { hashKey, parseKey } from "./key-format.ts";
import { grantedPermissions } from "./permissions.ts";
import type { Principal } from "./principal.ts";
import type { ServerKeys } from "./secrets.ts";

export interface Authenticator {
  /** The principal for an `Authorization` header, or null when there is none. Throws on a bad credential. */
  authenticate(authorization: string | undefined, origin: string | undefined): Promise<Principal | null>;
  /** Resolves a secret key itself (for `POST /oauth/token`), never a token or a publishable key. */
  authenticateSecretKey(plaintext: string): Promise<Principal>;
  /** Drops a key from the cache at once (after revoking it); other processes drop it within the cache's TTL. */
  forget(keyId: string): void;
}

/** How long a looked-up key is trusted without asking the database again: bounds a revocation's delay elsewhere. */
export const keyCacheTtlMs = 10_000;

/** Normalises an origin the way browsers send it (`scheme://host[:port]`), or null when it is not one. */
export function normaliseOrigin(value: string): string | null {
  const url = URL.parse(value);
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) return null;
  return url.origin;
}

export function createAuthenticator(options: {
  repository: Repository;
  keys: ServerKeys;
  now?: () => number;
}): Authenticator {
  const { repository, keys } = options;
  const now = options.now ?? Date.now;
  // Writing last-used on every request would turn each read into a write; once a minute per key is enough.
  const touched = new Map<string, number>();
  const cache = new Map<string, { until: number; resolved: { principal: Principal; allowedOrigins: string[] } }>();

  // Publishable keys are public (they ship in storefront pages), so their cache may be keyed by the key itself:
  // the storefront's hot path then skips the HMAC. Secret keys are only ever held by their hash.
  const publicCache = new Map<
    string,
    { until: number; resolved: { principal: Principal; allowedOrigins: string[] } }
  >();

  async function resolveKey(plaintext: string): Promise<{ principal: Principal; allowedOrigins: string[] }> {
    const at = now();
    const known = publicCache.get(plaintext);
    if (known && known.until > at) return known.resolved;
    const kind = parseKey(plaintext);
    if (!kind) throw new UnauthenticatedError("the API key is malformed");
    const hash = hashKey(keys.keyPepper, plaintext);
    const cached = cache.get(hash);
    if (cached && cached.until > at) {
      if (kind === "publishable") publicCache.set(plaintext, cached);
      return cached.resolved;
    }
    const record = await repository.apiKeys.findActiveByHash(hash);
    if (!record) throw new UnauthenticatedError("the API key is unknown or revoked");
    if ((touched.get(record.id) ?? 0) < at - 60_000) {
      touched.set(record.id, at);
      await repository.apiKeys.touch(record.tenantId, record.id, at);
    }
    const principal: Principal = {
      tenantId: record.tenantId,
      keyId: record.id,
      kind: record.kind,
      role: record.role,
      permissions: new Set(grantedPermissions(record.kind, record.role, record.scopes)),
      via: "key",
      quotaPerMinute: record.quotaPerMinute,
    };
    const resolved = { principal, allowedOrigins: record.allowedOrigins };
    if (cache.size >= 10_000) cache.clear();
    if (publicCache.size >= 10_000) publicCache.clear();
    const entry = { until: at + keyCacheTtlMs, resolved };
    cache.set(hash, entry);
    if (record.kind === "publishable") publicCache.set(plaintext, entry);
    return resolved;
  }

  return {
    async authenticate(authorization, origin) {
      if (authorization === undefined) return null;
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      const credential = match?.[1];
      if (!credential) throw new UnauthenticatedError("the Authorization header must be `Bearer <key or token>`");
      if (!credential.startsWith("fk_")) return verifyAccessToken(keys.tokenKey, credential, now());
      const { principal, allowedOrigins } = await resolveKey(credential);
      if (principal.kind === "publishable") {
        const normalised = origin === undefined ? null : normaliseOrigin(origin);
        if (normalised === null || !allowedOrigins.includes(normalised)) {
          throw new ForbiddenError("a publishable key is only accepted from one of its allowed origins", "origin");
        }
      }
      return principal;
    },
    async authenticateSecretKey(plaintext) {
      const { principal } = await resolveKey(plaintext);
      if (principal.kind !== "secret") throw new UnauthenticatedError("only a secret key can obtain an access token");
      return principal;
    },
    forget(keyId) {
      for (const [hash, entry] of cache) if (entry.resolved.principal.keyId === keyId) cache.delete(hash);
      for (const [key, entry] of publicCache) if (entry.resolved.principal.keyId === keyId) publicCache.delete(key);
    },
  };
}
