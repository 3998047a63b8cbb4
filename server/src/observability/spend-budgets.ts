import type { SpendBudgets, SpendLedger } from "@frontier-ai/core";
import type { Config } from "../config.ts";
import type { SpendRepository } from "../db/learning-repository.ts";

/** The period a moment falls in, in UTC: `2026-05` for a month, `2026-05-14` for a day. */
export function spendPeriod(at: number, period: Config["spendBudgets"]["period"]): string {
  return new Date(at).toISOString().slice(0, period === "month" ? 7 : 10);
}

/** The ledger's scope of a provider's budget, and the `scope` label of `frontier_spend_budget_used_ratio`. */
export const providerScope = (provider: string) => `provider:${provider}`;

/**
 * The router's provider ledger in the database: every process of a deployment adds to the same sums, and a restart
 * forgets nothing. The sums cover the current period; a new one starts from zero.
 */
export function databaseSpendLedger(
  spend: SpendRepository,
  period: Config["spendBudgets"]["period"],
  now: () => number,
): SpendLedger {
  return {
    spentUsd: (provider) => spend.spentUsd(providerScope(provider), spendPeriod(now(), period)),
    record: (provider, usd) => spend.add(providerScope(provider), spendPeriod(now(), period), usd),
  };
}

/** The router's budgets for the configured provider limits; undefined when none is configured. */
export function providerBudgets(config: Config["spendBudgets"], ledger: SpendLedger): SpendBudgets | undefined {
  const limits: Readonly<Record<string, number | undefined>> = config.providersUsd;
  if (Object.keys(limits).length === 0) return undefined;
  return { providerLimitUsd: (provider) => limits[provider], providerLedger: ledger };
}

/** Each configured budget's share used in the current period, for the gauge read at every scrape. */
export async function budgetUsage(
  config: Config["spendBudgets"],
  ledger: SpendLedger,
): Promise<{ scope: string; ratio: number }[]> {
  return Promise.all(
    Object.entries(config.providersUsd).map(async ([provider, limitUsd]) => ({
      scope: providerScope(provider),
      ratio: (await ledger.spentUsd(provider)) / (limitUsd ?? Number.POSITIVE_INFINITY),
    })),
  );
}
