import { ModelError } from "./model-error.ts";

/** The breaker for this provider+model is open after repeated failures; it half-opens after `retryAfterMs`. */
export class CircuitOpenError extends ModelError {
  override readonly name = "CircuitOpenError";
  readonly code = "circuit_open";
  readonly isRetryable = true;
  readonly provider: string;
  readonly model: string;
  readonly retryAfterMs: number;

  constructor(options: { provider: string; model: string; retryAfterMs: number }) {
    super(`Circuit open for ${options.provider}/${options.model}; next trial in ${options.retryAfterMs} ms`);
    this.provider = options.provider;
    this.model = options.model;
    this.retryAfterMs = options.retryAfterMs;
  }
}
