import { CircuitOpenError, ProviderApiError, ProviderTimeoutError } from "@frontier-ai/core";

export interface FailureKind {
  retryable: boolean;
  /** The provider said it is over its quota (429): pause every call to it, not only this item. */
  rateLimited: boolean;
  /** How long the provider asked to wait, when it said. */
  retryAfterMs: number | undefined;
}

/** Reads a failure and the causes it wraps (the router wraps the last provider error). */
export function classifyFailure(error: unknown): FailureKind {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (current instanceof ProviderApiError) {
      return {
        retryable: current.isRetryable,
        rateLimited: current.status === 429,
        retryAfterMs: current.retryAfterMs,
      };
    }
    if (current instanceof ProviderTimeoutError)
      return { retryable: true, rateLimited: false, retryAfterMs: undefined };
    if (current instanceof CircuitOpenError) {
      return { retryable: true, rateLimited: false, retryAfterMs: current.retryAfterMs };
    }
    current = current.cause;
  }
  return { retryable: false, rateLimited: false, retryAfterMs: undefined };
}
