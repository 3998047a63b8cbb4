import { createHash } from "node:crypto";
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from "fastify";
import type { IdempotencyKeyScope, IdempotencyRepository } from "../db/idempotency-repository.ts";
import { IdempotencyKeyInUseError, IdempotencyKeyReusedError, ValidationError } from "../errors.ts";
import type { Metrics } from "../observability/metrics.ts";

/**
 * `Idempotency-Key` on the REST routes that cost money or create things (draft-ietf-httpapi-idempotency-key-header,
 * as Stripe runs it): the first request with a key claims it in the database, its answer is stored, and a retry
 * with the same key and body gets that answer back (`Idempotent-Replayed: true`) without running again, on any
 * process and after a restart. Keys are scoped per tenant and route and kept 24 hours.
 */
export const idempotencyHeader = "idempotency-key";
export const replayedHeader = "idempotent-replayed";
/** How long an answer is replayed. */
export const retentionMs = 24 * 60 * 60 * 1000;
/** How long a claim whose request never finished (its process died) blocks the key before a retry may take it. */
export const inFlightLeaseMs = 10 * 60 * 1000;
/** Told to a caller whose first request is still running. */
export const inFlightRetryAfterSeconds = 1;
const purgeEveryMs = 60_000;

// Statuses a retry may fix (the server, an upstream or a limit was the problem): the key is released rather than
// the answer stored. 402 is here because a spent budget comes back with the next period or a raised limit.
const retryable = new Set([402, 408, 409, 425, 429]);

export function releasesKey(status: number): boolean {
  return status >= 500 || retryable.has(status);
}

const headerIssue = (message: string) =>
  new ValidationError([{ path: `headers.${idempotencyHeader}`, message: `Idempotency-Key: ${message}` }]);

/** A stream cannot be replayed: the header is refused rather than silently ignored. */
export function keyOnStreamError(): ValidationError {
  return headerIssue(
    "not accepted on a streamed (text/event-stream) answer, which cannot be replayed; ask for JSON or send no key",
  );
}

/**
 * The request's key, or undefined without the header. The draft sends it as a structured-field string (quoted);
 * Stripe's clients send it bare: both are accepted.
 */
export function readIdempotencyKey(request: FastifyRequest): string | undefined {
  const raw = request.headers[idempotencyHeader];
  if (raw === undefined) return undefined;
  const value = Array.isArray(raw) ? raw.join(", ") : raw;
  const key = /^"[^"\\]*"$/.test(value) ? value.slice(1, -1) : value;
  // Spaces only inside: MySQL's collations ignore trailing ones, so `a ` and `a` would be one key there.
  if (key.length > 255 || !/^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/.test(key)) {
    throw headerIssue(
      "1 to 255 printable ASCII characters, not starting or ending with a space (a UUID is a good choice)",
    );
  }
  return key;
}

/** JSON with object keys sorted at every level, so `{a, b}` and `{b, a}` are one request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** SHA-256 of method, path, query and body: the request itself is never stored, only this digest. */
export function requestFingerprint(request: Pick<FastifyRequest, "method" | "url" | "query" | "body">): string {
  const [path] = request.url.split("?");
  return createHash("sha256")
    .update(`${request.method}\n${path}\n${canonicalJson(request.query ?? {})}\n${canonicalJson(request.body ?? null)}`)
    .digest("hex");
}

interface PendingClaim {
  scope: IdempotencyKeyScope;
  claimId: string;
  settled: boolean;
}

declare module "fastify" {
  interface FastifyRequest {
    idempotencyClaim: PendingClaim | null;
  }
}

/** The database side of idempotency keys for the app: claims, replays and settling an answer. */
export function createIdempotency(
  repository: IdempotencyRepository,
  options: { now: () => number; log: FastifyBaseLogger; metrics: Pick<Metrics, "countCacheLookup"> },
) {
  const { now, log, metrics } = options;
  let lastPurge = 0;

  function purgeNow(at: number): void {
    if (at - lastPurge < purgeEveryMs) return;
    lastPurge = at;
    repository.purgeExpired(at).catch((error: unknown) => log.warn({ err: error }, "idempotency purge failed"));
  }

  return {
    /**
     * Claims the key for this request, or answers for it: the stored answer (replayed), 422 when the key went with
     * another request, 409 while the first is running. Resolves to true when the reply was sent here.
     */
    async begin(request: FastifyRequest, reply: FastifyReply, scope: IdempotencyKeyScope): Promise<boolean> {
      const at = now();
      purgeNow(at);
      const fingerprint = requestFingerprint(request);
      const outcome = await repository.claim(scope, { fingerprint, now: at, expiresAt: at + inFlightLeaseMs });
      if (outcome.outcome === "claimed") {
        request.idempotencyClaim = { scope, claimId: outcome.claimId, settled: false };
        metrics.countCacheLookup("idempotency", false);
        return false;
      }
      const { record } = outcome;
      if (record.fingerprint !== fingerprint) {
        throw new IdempotencyKeyReusedError(
          `Idempotency-Key ${scope.key} was already used with a different request on ${scope.route}; use a new key for a new request`,
        );
      }
      if (record.response === null) {
        throw new IdempotencyKeyInUseError(
          `Idempotency-Key ${scope.key}: the first request with this key is still running; retry after ${inFlightRetryAfterSeconds}s`,
          inFlightRetryAfterSeconds,
        );
      }
      metrics.countCacheLookup("idempotency", true);
      const { status, headers, body } = record.response;
      reply.code(status).headers(headers).header(replayedHeader, "true").send(body);
      return true;
    },

    /** Stores the answer about to be sent, or releases the key when a retry could fare better. Never throws. */
    async settle(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<void> {
      const claim = request.idempotencyClaim;
      if (!claim || claim.settled) return;
      claim.settled = true;
      try {
        if (releasesKey(reply.statusCode) || typeof payload !== "string") {
          await repository.release(claim.scope, claim.claimId);
          return;
        }
        const contentType = reply.getHeader("content-type");
        const headers: Record<string, string> = typeof contentType === "string" ? { "content-type": contentType } : {};
        const at = now();
        const stored = await repository.complete(
          claim.scope,
          claim.claimId,
          { status: reply.statusCode, headers, body: payload },
          at + retentionMs,
        );
        if (!stored) request.log.warn("idempotency claim was taken over before its answer was stored");
      } catch (error) {
        // The answer still goes out; the claim then lapses after its lease and a retry runs again.
        request.log.error({ err: error }, "could not store the idempotent answer");
      }
    },

    /** A request that ended without a response (the client left mid-way) frees its key. */
    async abandon(request: FastifyRequest): Promise<void> {
      const claim = request.idempotencyClaim;
      if (!claim || claim.settled) return;
      claim.settled = true;
      await repository
        .release(claim.scope, claim.claimId)
        .catch((error: unknown) => request.log.error({ err: error }, "could not release an idempotency key"));
    },
  };
}

export type Idempotency = ReturnType<typeof createIdempotency>;
