import type { FastifyReply, FastifyRequest } from "fastify";
import { normaliseOrigin } from "../auth/authenticator.ts";
import type { Repository } from "../db/repository.ts";

/**
 * CORS only for publishable keys' origins. A preflight carries no credentials, so it is answered for any origin
 * some active publishable key allows (cached briefly); the real response gets CORS headers only when it was
 * authenticated by a publishable key whose own allow-list holds the origin (checked at authentication).
 */
export function createCorsPolicy(repository: Repository, now: () => number) {
  const cache = new Map<string, { allowed: boolean; until: number }>();
  const ttlMs = 30_000;

  async function originAllowed(origin: string): Promise<boolean> {
    const cached = cache.get(origin);
    if (cached && cached.until > now()) return cached.allowed;
    const allowed = await repository.apiKeys.isOriginAllowed(origin);
    if (cache.size > 10_000) cache.clear();
    cache.set(origin, { allowed, until: now() + ttlMs });
    return allowed;
  }

  return {
    async preflight(request: FastifyRequest, reply: FastifyReply) {
      const origin = request.headers.origin;
      const normalised = origin === undefined ? null : normaliseOrigin(origin);
      reply.header("vary", "Origin");
      if (normalised !== null && (await originAllowed(normalised))) {
        reply
          .header("access-control-allow-origin", normalised)
          .header("access-control-allow-methods", "GET, POST")
          .header("access-control-allow-headers", "authorization, content-type")
          .header("access-control-max-age", "600");
      }
      return reply.status(204).send();
    },
    decorate(request: FastifyRequest, reply: FastifyReply) {
      const origin = request.headers.origin;
      if (request.principal?.kind !== "publishable" || origin === undefined) return;
      const normalised = normaliseOrigin(origin);
      if (normalised === null) return;
      reply.header("access-control-allow-origin", normalised);
      // A route may vary on more than the origin (the storefront read on Authorization too): add to what it said.
      const vary = reply.getHeader("vary");
      if (typeof vary !== "string" || vary === "") reply.header("vary", "Origin");
      else if (!/(^|,)\s*origin\s*(,|$)/i.test(vary)) reply.header("vary", `${vary}, Origin`);
    },
  };
}
