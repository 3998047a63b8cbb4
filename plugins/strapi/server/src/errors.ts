/** A Frontier server call failed; `status` is the HTTP status (0 when the server could not be reached). */
export class FrontierRequestError extends Error {
  override readonly name = "FrontierRequestError";
  readonly code: string;
  readonly status: number;
  constructor(message: string, options: { code: string; status: number; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.code = options.code;
    this.status = options.status;
  }
}

/** The request asks for something the plugin cannot do (unknown locale, missing document, no settings). */
export class LocalizeInputError extends Error {
  override readonly name = "LocalizeInputError";
  readonly code: "unknown_locale" | "not_found" | "not_localized" | "not_configured";
  constructor(code: LocalizeInputError["code"], message: string) {
    super(message);
    this.code = code;
  }
}
