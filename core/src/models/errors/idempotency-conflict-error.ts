import { ModelError } from "./model-error.ts";

/** The idempotency key was already used for a different request. */
export class IdempotencyConflictError extends ModelError {
  override readonly name = "IdempotencyConflictError";
  readonly code = "idempotency_conflict";
  readonly isRetryable = false;
  readonly idempotencyKey: string;

  constructor(options: { idempotencyKey: string }) {
    super(`Idempotency key "${options.idempotencyKey}" was already used with a different request`);
    this.idempotencyKey = options.idempotencyKey;
  }
}
