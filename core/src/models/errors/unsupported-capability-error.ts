import { ModelError } from "./model-error.ts";

/**
 * The provider cannot do what was asked (e.g. the offline rules provider and Spanish → Portuguese).
 * Not retryable on the same provider; the router moves on to the next candidate.
 */
export class UnsupportedCapabilityError extends ModelError {
  override readonly name = "UnsupportedCapabilityError";
  readonly code = "unsupported_capability";
  readonly isRetryable = false;
  readonly provider: string;
  readonly capability: string;
  /** Provider ids that can do it, when known. */
  readonly alternatives: readonly string[];

  constructor(options: { provider: string; capability: string; message: string; alternatives?: readonly string[] }) {
    super(options.message);
    this.provider = options.provider;
    this.capability = options.capability;
    this.alternatives = options.alternatives ?? [];
  }
}
