/** What a provider can do, declared so the router can skip it instead of failing at call time. */
export interface ProviderCapabilities {
  structuredOutput: boolean;
  streaming: boolean;
  /**
   * Whether it can translate `from` → `to` (BCP 47 locales). A model provider usually answers
   * `true`; the offline rules provider answers only for the Spanish variants it knows.
   */
  translates(from: string, to: string): boolean;
  /** Whether the provider reaches the network (third-party data processing, privacy rules apply). */
  remote: boolean;
}
