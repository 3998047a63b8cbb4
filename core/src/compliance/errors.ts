/** Raised by `restore` when the tokens in a model's output do not match the vault or the source. */
export class PiiRestoreError extends Error {
  override readonly name = "PiiRestoreError";
  readonly code: "unknown_token" | "missing_token";
  readonly missing: readonly string[];
  readonly unknown: readonly string[];

  constructor(details: { missing: readonly string[]; unknown: readonly string[]; cause?: unknown }) {
    const parts = [
      details.unknown.length > 0 ? `unknown tokens ${details.unknown.join(", ")}` : "",
      details.missing.length > 0 ? `missing tokens ${details.missing.join(", ")}` : "",
    ].filter(Boolean);
    super(`Cannot restore personal data: ${parts.join("; ")}`, { cause: details.cause });
    this.code = details.unknown.length > 0 ? "unknown_token" : "missing_token";
    this.missing = details.missing;
    this.unknown = details.unknown;
  }
}

/** Raised when a serialized vault does not have the expected shape. */
export class PiiVaultError extends Error {
  override readonly name = "PiiVaultError";
  readonly code = "invalid_vault";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
