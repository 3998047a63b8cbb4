import { CircuitOpenError } from "../errors/circuit-open-error.ts";
import { isModelError } from "../errors/model-error.ts";
import { ProviderApiError } from "../errors/provider-api-error.ts";
import { type BackoffOptions, defaultBackoff, fullJitterDelay } from "./backoff.ts";

export interface RetryPolicy {
  /** Retries on the same candidate before falling back to the next one. */
  maxRetries: number;
  backoff: BackoffOptions;
  /** A provider asking to wait longer than this is skipped (fallback) instead of waited for. */
  maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxRetries: 2, backoff: defaultBackoff, maxRetryAfterMs: 20_000 };

export type RetryDecision = { retry: true; delayMs: number } | { retry: false };

/**
 * Whether to retry the same candidate after `error`, and after how long. Reads the error's own
 * verdict (`isRetryable`, which already folds in `x-should-retry`) and the provider's requested wait
 * (`retryAfterMs`, from `retry-after-ms` / `retry-after`); the backoff mechanism supplies the rest.
 */
export function decideRetry(
  error: unknown,
  retriesSoFar: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): RetryDecision {
  if (!isModelError(error) || !error.isRetryable || error instanceof CircuitOpenError) return { retry: false };
  if (retriesSoFar >= policy.maxRetries) return { retry: false };
  const jitter = fullJitterDelay(retriesSoFar, policy.backoff, random);
  const requested = error instanceof ProviderApiError ? error.retryAfterMs : undefined;
  if (requested === undefined) return { retry: true, delayMs: jitter };
  if (requested > policy.maxRetryAfterMs) return { retry: false };
  return { retry: true, delayMs: Math.max(requested, jitter) };
}
