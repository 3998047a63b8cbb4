import { ModelError } from "./model-error.ts";

export interface FailedAttempt {
  provider: string;
  model: string;
  /** The `code` of the error, or `skipped:<why>` when the candidate was not called. */
  outcome: string;
  message: string;
}

/** Every candidate of the route failed or was skipped. `cause` is the last error; `attempts` lists them all. */
export class NoProviderAvailableError extends ModelError {
  override readonly name = "NoProviderAvailableError";
  readonly code = "no_provider_available";
  readonly isRetryable = false;
  readonly task: string;
  readonly attempts: readonly FailedAttempt[];

  constructor(options: { task: string; attempts: readonly FailedAttempt[]; cause?: unknown }) {
    const tried = options.attempts.map((attempt) => `${attempt.provider}/${attempt.model}: ${attempt.outcome}`);
    super(`No provider could serve task "${options.task}" (${tried.join("; ") || "no candidates"})`, {
      cause: options.cause,
    });
    this.task = options.task;
    this.attempts = options.attempts;
  }
}
