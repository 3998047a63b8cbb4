import { ModelError } from "./model-error.ts";

/** The caller's abort signal fired; the upstream request was cancelled. */
export class CallAbortedError extends ModelError {
  override readonly name = "CallAbortedError";
  readonly code = "aborted";
  readonly isRetryable = false;

  constructor(options: { cause?: unknown } = {}) {
    super("The model call was aborted by the caller", { cause: options.cause });
  }
}
