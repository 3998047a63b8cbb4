/** One field the server rejected (only on 400 responses). */
export interface FrontierApiIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * Anything that went wrong talking to the Frontier server: an error response, a network failure,
 * a malformed body, or a credential the element refuses to send.
 */
export class FrontierApiError extends Error {
  override readonly name = "FrontierApiError";
  /** The server's `error.code`, or one of ours: `network_error`, `invalid_response`, `secret_key_refused`. */
  readonly code: string;
  /** HTTP status; 0 when no response arrived. */
  readonly status: number;
  readonly issues: readonly FrontierApiIssue[];

  constructor(
    message: string,
    details: { code: string; status: number; issues?: readonly FrontierApiIssue[]; cause?: unknown },
  ) {
    super(message, { cause: details.cause });
    this.code = details.code;
    this.status = details.status;
    this.issues = details.issues ?? [];
  }

  /** Worth retrying later: no response at all, rate limited, or a server-side failure. */
  get isRetryable(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}
