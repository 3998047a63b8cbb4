import { BudgetExceededError } from "../errors/budget-exceeded-error.ts";

/** Where spend is recorded. In memory by default; the server supplies one backed by its database. */
export interface SpendLedger {
  spentUsd(tenant: string): number | Promise<number>;
  record(tenant: string, usd: number): void | Promise<void>;
}

export function createMemorySpendLedger(): SpendLedger {
  const spent = new Map<string, number>();
  return {
    spentUsd: (tenant) => spent.get(tenant) ?? 0,
    record: (tenant, usd) => {
      spent.set(tenant, (spent.get(tenant) ?? 0) + usd);
    },
  };
}

export interface SpendBudgets {
  /** USD limit per tenant; tenants without a limit (undefined) are not limited. */
  limitUsd: (tenant: string) => number | undefined;
  ledger?: SpendLedger;
}

/** Throws `BudgetExceededError` when the tenant has nothing left, before any provider is called. */
export async function assertWithinBudget(
  budgets: SpendBudgets | undefined,
  ledger: SpendLedger,
  tenant: string | undefined,
) {
  if (!budgets || tenant === undefined) return;
  const limitUsd = budgets.limitUsd(tenant);
  if (limitUsd === undefined) return;
  const spentUsd = await ledger.spentUsd(tenant);
  if (spentUsd >= limitUsd) throw new BudgetExceededError({ tenant, limitUsd, spentUsd });
}
