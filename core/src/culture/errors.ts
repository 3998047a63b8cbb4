// Domain errors of the cultural engine.

/** transfer() between languages (Spanish ↔ Portuguese): that is translation, not regional adaptation. */
export class UnsupportedTransferError extends Error {
  override readonly name = "UnsupportedTransferError";
  readonly code = "UNSUPPORTED_TRANSFER";
  readonly from: string;
  readonly to: string;

  constructor(from: string, to: string, options?: { cause?: unknown }) {
    super(`Cannot adapt ${from} to ${to}: regional transfer works within one language; translate instead.`, options);
    this.from = from;
    this.to = to;
  }
}
