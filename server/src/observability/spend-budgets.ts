import type { SpendBudgets, SpendLedger } from "@frontier-ai/core";
import { z } from "zod";
import type { Config } from "../config.ts";
import type { SpendRepository } from "../db/learning-repository.ts";
import type { TenantSettingsRepository } from "../db/repository.ts";
import { createExpiringReads } from "../expiring-reads.ts";

export type SpendPeriod = Config["spendBudgets"]["period"];

/** The period a moment falls in, in UTC: `2026-05` for a month, `2026-05-14` for a day. */
export function spendPeriod(at: number, period: SpendPeriod): string {
  return new Date(at).toISOString().slice(0, period === "month" ? 7 : 10);
}

/** The ledger's scope of a provider's budget, and the `scope` label of `frontier_spend_budget_used_ratio`. */
export const providerScope = (provider: string) => `provider:${provider}`;
/** The ledger's scope of a tenant's spend (recorded with or without a budget). */
export const tenantScope = (tenantId: string) => `tenant:${tenantId}`;

/** A tenant's own spend limit (`null`: none) and the period it covers; the `spend_budget` tenant setting. */
export const tenantBudgetSchema = z.strictObject({
  limitUsd: z.number().positive().max(1_000_000_000).nullable(),
  period: z.enum(["month", "day"]),
});
export type TenantBudget = z.infer<typeof tenantBudgetSchema>;
export const tenantBudgetSetting = "spend_budget";

/** The tenant's budget setting; without one (or an unreadable one), no limit over the server's period. */
export async function readTenantBudget(
  settings: TenantSettingsRepository,
  tenantId: string,
  defaultPeriod: SpendPeriod,
): Promise<TenantBudget> {
  const parsed = tenantBudgetSchema.safeParse(await settings.get(tenantId, tenantBudgetSetting));
  return parsed.success ? parsed.data : { limitUsd: null, period: defaultPeriod };
}

/**
 * Each tenant's budget as the model calls read it: from memory for `ttlMs` (so another process's change applies
 * within it), and at once on the process that saved it. A model call then costs no settings read.
 */
export interface TenantBudgets {
  read(tenantId: string): Promise<TenantBudget>;
  save(tenantId: string, budget: TenantBudget): Promise<void>;
}

export function createTenantBudgets(
  settings: TenantSettingsRepository,
  defaultPeriod: SpendPeriod,
  options: { now: () => number; ttlMs?: number },
): TenantBudgets {
  const reads = createExpiringReads<TenantBudget>({
    ttlMs: options.ttlMs ?? 10_000,
    maxEntries: 10_000,
    now: options.now,
  });
  return {
    read: (tenantId) => reads.get(tenantId, () => readTenantBudget(settings, tenantId, defaultPeriod)),
    async save(tenantId, budget) {
      await settings.put(tenantId, tenantBudgetSetting, budget);
      reads.forget(tenantId);
    },
  };
}

/**
 * A router ledger in the database: every process of a deployment adds to the same sums, and a restart forgets
 * nothing. A hold is one conditional statement (`SpendRepository.reserve`); settling adds the difference between
 * the call's cost and its hold to the period the hold was taken in. The sums cover the current period.
 */
export function databaseSpendLedger(
  spend: SpendRepository,
  options: { scope: (key: string) => string; period: (key: string) => SpendPeriod | Promise<SpendPeriod> },
  now: () => number,
): SpendLedger {
  const periodOf = async (key: string) => spendPeriod(now(), await options.period(key));
  return {
    spentUsd: async (key) => spend.spentUsd(options.scope(key), await periodOf(key)),
    async reserve(key, usd, limitUsd) {
      const period = await periodOf(key);
      // Without a limit nothing can be refused and nothing needs holding: settling records what the call cost.
      if (limitUsd === Number.POSITIVE_INFINITY) return { scope: key, usd: 0, period };
      return (await spend.reserve(options.scope(key), period, usd, limitUsd)) ? { scope: key, usd, period } : undefined;
    },
    async settle(hold, usd) {
      if (usd === hold.usd) return;
      await spend.add(options.scope(hold.scope), hold.period ?? (await periodOf(hold.scope)), usd - hold.usd);
    },
  };
}

export interface ServerSpendLedgers {
  providers: SpendLedger;
  tenants: SpendLedger;
}

export function serverSpendLedgers(
  spend: SpendRepository,
  tenantBudgets: TenantBudgets,
  period: SpendPeriod,
  now: () => number,
): ServerSpendLedgers {
  return {
    providers: databaseSpendLedger(spend, { scope: providerScope, period: () => period }, now),
    tenants: databaseSpendLedger(
      spend,
      { scope: tenantScope, period: async (tenantId) => (await tenantBudgets.read(tenantId)).period },
      now,
    ),
  };
}

/**
 * The router's budgets: the configured provider limits and each tenant's own (its `spend_budget` setting, applied
 * at once on the process that saves it and within 10 s on the others). Every tenant's spend is recorded, limited
 * or not.
 */
export function serverBudgets(
  config: Config["spendBudgets"],
  tenantBudgets: TenantBudgets,
  ledgers: ServerSpendLedgers,
): SpendBudgets {
  const limits: Readonly<Record<string, number | undefined>> = config.providersUsd;
  return {
    limitUsd: async (tenantId) => (await tenantBudgets.read(tenantId)).limitUsd ?? undefined,
    ledger: ledgers.tenants,
    providerLimitUsd: (provider) => limits[provider],
    providerLedger: ledgers.providers,
  };
}

/** Each configured provider budget's share used in the current period, for the gauge read at every scrape. */
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
