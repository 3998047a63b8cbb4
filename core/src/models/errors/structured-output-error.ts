import { ModelError } from "./model-error.ts";

/** The model's structured answer was not valid JSON or did not pass the request's validator. */
export class StructuredOutputError extends ModelError {
  override readonly name = "StructuredOutputError";
  readonly code = "structured_output_invalid";
  /** Another sample (or another model) may well succeed. */
  readonly isRetryable = true;
  readonly provider: string;
  /** The text the model produced. */
  readonly text: string;

  constructor(options: { provider: string; text: string; message: string; cause?: unknown }) {
    super(options.message, { cause: options.cause });
    this.provider = options.provider;
    this.text = options.text;
  }
}
