import { ModelError } from "./model-error.ts";

/** The tenant's spend budget is used up; no provider was called. */
export class BudgetExceededError extends ModelError {
  override readonly name = "BudgetExceededError";
  readonly code = "budget_exceeded";
  readonly isRetryable = false;
  readonly tenant: string;
  readonly limitUsd: number;
  readonly spentUsd: number;

  constructor(options: { tenant: string; limitUsd: number; spentUsd: number }) {
    super(
      `Tenant "${options.tenant}" has spent ${options.spentUsd.toFixed(4)} USD of its ${options.limitUsd.toFixed(4)} USD budget`,
    );
    this.tenant = options.tenant;
    this.limitUsd = options.limitUsd;
    this.spentUsd = options.spentUsd;
  }
}
