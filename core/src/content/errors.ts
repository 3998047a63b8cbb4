/**
 * A request to a content pipeline names something that does not exist or is out of range. `field` is
 * the request field as the caller wrote it (`target_locales[1]`, `content_type`), `allowed` the values
 * that would have been accepted, so every boundary (CLI, REST, tRPC) can answer with a usage error or a 400.
 */
export class InvalidContentRequestError extends Error {
  override readonly name = "InvalidContentRequestError";
  readonly code = "invalid_request";
  readonly field: string;
  readonly allowed: readonly string[] | undefined;

  constructor(options: { field: string; message: string; allowed?: readonly string[]; cause?: unknown }) {
    super(options.message, { cause: options.cause });
    this.field = options.field;
    this.allowed = options.allowed;
  }
}

/** No configured provider can do what was asked (e.g. Spanish → Portuguese with only the offline rules provider). */
export class UnsupportedByProvidersError extends Error {
  override readonly name = "UnsupportedByProvidersError";
  readonly code = "unsupported_by_providers";
  /** Provider ids that could do it if they were configured. */
  readonly capableProviders: readonly string[];

  constructor(options: { message: string; capableProviders: readonly string[] }) {
    super(options.message);
    this.capableProviders = options.capableProviders;
  }
}

/**
 * A model's answer broke the segment protocol (ids added, dropped, reordered or merged; placeholders or
 * protected tokens lost) on every attempt. Nothing of it was spliced into the document.
 */
export class ModelAnswerRejectedError extends Error {
  override readonly name = "ModelAnswerRejectedError";
  readonly code = "model_answer_rejected";
  readonly problems: readonly string[];

  constructor(options: { problems: readonly string[]; cause?: unknown }) {
    super(`The model's answer was rejected: ${options.problems.slice(0, 5).join("; ")}`, { cause: options.cause });
    this.problems = options.problems;
  }
}
