import { ModelError } from "./model-error.ts";

/** A spend budget is used up: the tenant's (no provider was called) or a provider's (it was skipped). */
export class BudgetExceededError extends ModelError {
  override readonly name = "BudgetExceededError";
  readonly code = "budget_exceeded";
  readonly isRetryable = false;
  /** The tenant whose budget is spent; undefined for a provider's budget. */
  readonly tenant: string | undefined;
  /** The provider whose budget is spent; undefined for a tenant's budget. */
  readonly provider: string | undefined;
  readonly limitUsd: number;
  readonly spentUsd: number;

  constructor(
    options: ({ tenant: string; provider?: never } | { provider: string; tenant?: never }) & {
      limitUsd: number;
      spentUsd: number;
    },
  ) {
    const who = options.tenant !== undefined ? `Tenant "${options.tenant}"` : `Provider "${options.provider}"`;
    super(`${who} has spent ${options.spentUsd.toFixed(4)} USD of its ${options.limitUsd.toFixed(4)} USD budget`);
    this.tenant = options.tenant;
    this.provider = options.provider;
    this.limitUsd = options.limitUsd;
    this.spentUsd = options.spentUsd;
  }
}
