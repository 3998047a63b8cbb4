/**
 * Idempotency keys of REST requests (`Idempotency-Key`), per tenant and route: the claim that makes a retry safe and
 * the stored answer a retry gets back. Implemented once per dialect (`sqlite/idempotency-repository.ts`,
 * `mysql/idempotency-repository.ts`) and checked by `idempotency-contract.ts`.
 */
export interface IdempotencyKeyScope {
  tenantId: string;
  /** The route pattern (`/api/v1/jobs`): one key may be used once per route. */
  route: string;
  key: string;
}

export interface StoredResponse {
  status: number;
  /** Only the headers a replay needs (content type); never credentials. */
  headers: Record<string, string>;
  body: string;
}

export interface IdempotencyRecord extends IdempotencyKeyScope {
  /** Hex SHA-256 of method, path and the canonical JSON body: a different request under the same key differs. */
  fingerprint: string;
  /** Random per claim, so only the claimant (not one that took over an abandoned claim) can complete or release it. */
  claimId: string;
  state: "in_flight" | "completed";
  response: StoredResponse | null;
  createdAt: number;
  /** In flight: when the claim counts as abandoned. Completed: when the stored answer is forgotten. */
  expiresAt: number;
}

export type ClaimOutcome = { outcome: "claimed"; claimId: string } | { outcome: "exists"; record: IdempotencyRecord };

export interface IdempotencyRepository {
  /**
   * Claims a key in one insert under the unique (tenant, route, key) index, so of concurrent claims, in one process
   * or many, exactly one wins. A row past its `expiresAt` (a forgotten answer or an abandoned claim) is deleted first
   * and the key claimed anew. Otherwise the row that holds the key is returned.
   */
  claim(
    scope: IdempotencyKeyScope,
    claim: { fingerprint: string; now: number; expiresAt: number },
  ): Promise<ClaimOutcome>;
  /** Stores the answer of a claim; false when the claim is no longer this one's (it expired and was taken over). */
  complete(scope: IdempotencyKeyScope, claimId: string, response: StoredResponse, expiresAt: number): Promise<boolean>;
  /** Deletes an in-flight claim so the key can be used again (the request failed in a way a retry may fix). */
  release(scope: IdempotencyKeyScope, claimId: string): Promise<boolean>;
  /** Deletes every row expired at `now`; returns how many. */
  purgeExpired(now: number): Promise<number>;
}

/** A stored row in either dialect. */
export interface IdempotencyRow extends IdempotencyKeyScope {
  fingerprint: string;
  claimId: string;
  state: "in_flight" | "completed";
  responseStatus: number | null;
  responseHeaders: Record<string, string> | null;
  responseBody: string | null;
  createdAt: number;
  expiresAt: number;
}

export function toIdempotencyRecord(row: IdempotencyRow): IdempotencyRecord {
  const { responseStatus, responseHeaders, responseBody, ...rest } = row;
  const response =
    row.state === "completed" && responseStatus !== null && responseBody !== null
      ? { status: responseStatus, headers: responseHeaders ?? {}, body: responseBody }
      : null;
  return { ...rest, response };
}

/** Claim attempts before giving up: each lost round means another claimant deleted or inserted in between. */
export const claimAttempts = 3;
