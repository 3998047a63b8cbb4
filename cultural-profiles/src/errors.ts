/** A market query (locale, ISO code or name) that names none of the supported markets. */
export class UnknownMarketError extends Error {
  override readonly name = "UnknownMarketError";
  readonly code = "UNKNOWN_MARKET";
  readonly query: string;
  /** Every accepted value: locales, ISO codes and names. */
  readonly supported: readonly string[];

  constructor(query: string, supported: readonly string[], options?: { cause?: unknown }) {
    super(`Unknown market "${query}". Supported: ${supported.join(", ")}`, options);
    this.query = query;
    this.supported = supported;
  }
}
