/** A Frontier server call failed; `isRetryable` decides whether a bulk job tries the item again later. */
export class FrontierApiError extends Error {
  override readonly name = "FrontierApiError";
  readonly code: string;
  readonly status: number;
  readonly isRetryable: boolean;

  constructor(message: string, details: { code: string; status: number; cause?: unknown }) {
    super(message, { cause: details.cause });
    this.code = details.code;
    this.status = details.status;
    this.isRetryable =
      details.status === 0 || details.status === 408 || details.status === 429 || details.status >= 500;
  }
}
