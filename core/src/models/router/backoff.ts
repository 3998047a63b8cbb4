import { CallAbortedError } from "../errors/call-aborted-error.ts";

/** Exponential backoff: the ceiling doubles (by `factor`) each retry up to `maxDelayMs`. */
export interface BackoffOptions {
  initialDelayMs: number;
  maxDelayMs: number;
  factor: number;
}

export const defaultBackoff: BackoffOptions = { initialDelayMs: 200, maxDelayMs: 8_000, factor: 2 };

/**
 * "Full jitter": a uniform draw between 0 and the exponential ceiling, so clients that failed
 * together do not retry together. `retry` counts from 0.
 */
export function fullJitterDelay(retry: number, options: BackoffOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.initialDelayMs * options.factor ** retry);
  return Math.floor(random() * ceiling);
}

/** Waits, unless `signal` fires first (then rejects with `CallAbortedError`). */
export function sleep(milliseconds: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(new CallAbortedError({ cause: signal.reason }));
  if (milliseconds <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new CallAbortedError({ cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, milliseconds);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
