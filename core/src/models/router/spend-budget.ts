import { BudgetExceededError } from "../errors/budget-exceeded-error.ts";

/**
 * Where spend is recorded, by scope (a tenant, or a provider id). In memory by default; the server supplies one
 * backed by its database, which also decides the window (a calendar month, a day) the sums cover.
 */
export interface SpendLedger {
  spentUsd(scope: string): number | Promise<number>;
  record(scope: string, usd: number): void | Promise<void>;
}

export function createMemorySpendLedger(): SpendLedger {
  const spent = new Map<string, number>();
  return {
    spentUsd: (scope) => spent.get(scope) ?? 0,
    record: (scope, usd) => {
      spent.set(scope, (spent.get(scope) ?? 0) + usd);
    },
  };
}

export interface SpendBudgets {
  /** USD limit per tenant; tenants without a limit (undefined) are not limited. */
  limitUsd?: (tenant: string) => number | undefined;
  ledger?: SpendLedger;
  /**
   * USD limit per provider id, across tenants. A provider whose budget is spent is skipped (`skipped:budget_spent`),
   * so the route falls back to its next candidate; providers without a limit are neither checked nor recorded.
   */
  providerLimitUsd?: (provider: string) => number | undefined;
  /** Where provider spend is recorded, apart from tenants'. */
  providerLedger?: SpendLedger;
}

/** Throws `BudgetExceededError` when the tenant has nothing left, before any provider is called. */
export async function assertWithinBudget(
  budgets: SpendBudgets | undefined,
  ledger: SpendLedger,
  tenant: string | undefined,
) {
  if (!budgets?.limitUsd || tenant === undefined) return;
  const limitUsd = budgets.limitUsd(tenant);
  if (limitUsd === undefined) return;
  const spentUsd = await ledger.spentUsd(tenant);
  if (spentUsd >= limitUsd) throw new BudgetExceededError({ tenant, limitUsd, spentUsd });
}

/** The error of a provider whose budget is spent, or undefined when it may be called. */
export async function providerOverBudget(
  budgets: SpendBudgets | undefined,
  ledger: SpendLedger,
  provider: string,
): Promise<BudgetExceededError | undefined> {
  const limitUsd = budgets?.providerLimitUsd?.(provider);
  if (limitUsd === undefined) return undefined;
  const spentUsd = await ledger.spentUsd(provider);
  return spentUsd >= limitUsd ? new BudgetExceededError({ provider, limitUsd, spentUsd }) : undefined;
}
