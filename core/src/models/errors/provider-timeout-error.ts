import { ModelError } from "./model-error.ts";

export type TimeoutPhase = "connect" | "first-byte" | "idle" | "total";

/** One of the call's timeouts fired; the upstream request was aborted. */
export class ProviderTimeoutError extends ModelError {
  override readonly name = "ProviderTimeoutError";
  readonly code = "provider_timeout";
  readonly isRetryable = true;
  readonly provider: string;
  readonly phase: TimeoutPhase;
  readonly timeoutMs: number;

  constructor(options: { provider: string; phase: TimeoutPhase; timeoutMs: number }) {
    super(`${options.provider}: no ${options.phase} within ${options.timeoutMs} ms`);
    this.provider = options.provider;
    this.phase = options.phase;
    this.timeoutMs = options.timeoutMs;
  }
}
