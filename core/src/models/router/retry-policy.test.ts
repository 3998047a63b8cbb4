import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CircuitOpenError } from "../errors/circuit-open-error.ts";
import { ProviderApiError } from "../errors/provider-api-error.ts";
import { StructuredOutputError } from "../errors/structured-output-error.ts";
import { fullJitterDelay } from "./backoff.ts";
import { decideRetry, type RetryPolicy } from "./retry-policy.ts";

const policy: RetryPolicy = {
  maxRetries: 3,
  backoff: { initialDelayMs: 100, maxDelayMs: 1000, factor: 2 },
  maxRetryAfterMs: 5000,
};
const failure = (status: number | undefined, retryAfterMs?: number) =>
  new ProviderApiError({ message: "x", provider: "p", status, ...(retryAfterMs !== undefined && { retryAfterMs }) });

describe("fullJitterDelay", () => {
  it("stays within [0, min(max, initial × factor^retry))", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.double({ min: 0, max: 0.999_999, noNaN: true }),
        (retry, draw) => {
          const delay = fullJitterDelay(retry, policy.backoff, () => draw);
          const ceiling = Math.min(policy.backoff.maxDelayMs, policy.backoff.initialDelayMs * 2 ** retry);
          return delay >= 0 && delay < ceiling;
        },
      ),
    );
  });
});

describe("decideRetry", () => {
  it("retries retryable errors until the budget of retries is spent", () => {
    expect(decideRetry(failure(503), 0, policy, () => 0.5)).toEqual({ retry: true, delayMs: 50 });
    expect(decideRetry(failure(503), 2, policy, () => 0.5)).toEqual({ retry: true, delayMs: 200 });
    expect(decideRetry(failure(503), 3, policy, () => 0.5)).toEqual({ retry: false });
  });

  it("waits at least what the provider asked, and not at all when it asks too much", () => {
    expect(decideRetry(failure(429, 3000), 0, policy, () => 0.5)).toEqual({ retry: true, delayMs: 3000 });
    expect(decideRetry(failure(429, 10), 2, policy, () => 0.5)).toEqual({ retry: true, delayMs: 200 });
    expect(decideRetry(failure(429, 6000), 0, policy)).toEqual({ retry: false });
  });

  it("does not retry final errors, open circuits or foreign errors", () => {
    expect(decideRetry(failure(400), 0, policy)).toEqual({ retry: false });
    expect(decideRetry(new CircuitOpenError({ provider: "p", model: "m", retryAfterMs: 10 }), 0, policy)).toEqual({
      retry: false,
    });
    expect(decideRetry(new TypeError("bug"), 0, policy)).toEqual({ retry: false });
    expect(
      decideRetry(new StructuredOutputError({ provider: "p", text: "{", message: "bad" }), 0, policy),
    ).toMatchObject({
      retry: true,
    });
  });
});

describe("ProviderApiError.isRetryable", () => {
  it("is true for 408, 409, 429, 5xx, 529 and network errors, false otherwise", () => {
    for (const status of [408, 409, 429, 500, 502, 503, 504, 529, undefined])
      expect(failure(status).isRetryable).toBe(true);
    for (const status of [400, 401, 403, 404, 422]) expect(failure(status).isRetryable).toBe(false);
  });
});
