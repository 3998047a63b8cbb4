import { ModelError } from "./model-error.ts";

/** A spend budget cannot hold a call: the tenant's (no provider was called) or a provider's (it was skipped). */
export class BudgetExceededError extends ModelError {
  override readonly name = "BudgetExceededError";
  readonly code = "budget_exceeded";
  readonly isRetryable = false;
  /** The tenant whose budget is spent; undefined for a provider's budget. */
  readonly tenant: string | undefined;
  /** The provider whose budget is spent; undefined for a tenant's budget. */
  readonly provider: string | undefined;
  readonly limitUsd: number;
  /** Spent in the budget's period, holds of calls still running included. */
  readonly spentUsd: number;
  /** The most the refused call could have cost (what it tried to hold); undefined when not known. */
  readonly requestedUsd: number | undefined;

  constructor(
    options: ({ tenant: string; provider?: never } | { provider: string; tenant?: never }) & {
      limitUsd: number;
      spentUsd: number;
      requestedUsd?: number;
    },
  ) {
    const who = options.tenant !== undefined ? `Tenant "${options.tenant}"` : `Provider "${options.provider}"`;
    const call =
      options.requestedUsd !== undefined && options.requestedUsd > 0
        ? `; a call that may cost up to ${options.requestedUsd.toFixed(4)} USD does not fit`
        : "";
    super(
      `${who} has spent ${options.spentUsd.toFixed(4)} USD of its ${options.limitUsd.toFixed(4)} USD budget${call}`,
    );
    this.tenant = options.tenant;
    this.provider = options.provider;
    this.limitUsd = options.limitUsd;
    this.spentUsd = options.spentUsd;
    this.requestedUsd = options.requestedUsd;
  }
}
