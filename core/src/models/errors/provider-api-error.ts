import { ModelError } from "./model-error.ts";

export interface ProviderApiErrorOptions {
  message: string;
  provider: string;
  model?: string;
  /** HTTP status; absent for network failures (refused, reset, cut stream). */
  status?: number;
  /** Lower-cased response headers, when there was a response. */
  headers?: Readonly<Record<string, string>>;
  /** Overrides the status-based default (e.g. from Anthropic's `x-should-retry`). */
  isRetryable?: boolean;
  /** How long the provider asked us to wait, from `retry-after-ms` / `retry-after`. */
  retryAfterMs?: number;
  cause?: unknown;
}

const retryableStatuses = new Set([408, 409, 429, 529]);

/** True for 408, 409, 429, 5xx, 529 and for network errors (no status). */
export function isRetryableStatus(status: number | undefined): boolean {
  return status === undefined || retryableStatuses.has(status) || status >= 500;
}

/** A provider answered with an error status, or the connection failed before or during the answer. */
export class ProviderApiError extends ModelError {
  override readonly name = "ProviderApiError";
  readonly code = "provider_api_error";
  readonly provider: string;
  readonly model: string | undefined;
  readonly status: number | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly isRetryable: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(options: ProviderApiErrorOptions) {
    super(options.message, { cause: options.cause });
    this.provider = options.provider;
    this.model = options.model;
    this.status = options.status;
    this.headers = options.headers ?? {};
    this.isRetryable = options.isRetryable ?? isRetryableStatus(options.status);
    this.retryAfterMs = options.retryAfterMs;
  }
}
