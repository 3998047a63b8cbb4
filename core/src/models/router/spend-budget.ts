import type { ModelRequest } from "../contract/model-request.ts";
import type { ModelResult } from "../contract/model-result.ts";
import type { TokenUsage } from "../contract/token-usage.ts";
import { BudgetExceededError } from "../errors/budget-exceeded-error.ts";
import { costOf, type PriceTable } from "./price-table.ts";

/** Spend held for one call: its maximum cost until the call settles. `period` is the ledger's own window, if any. */
export interface SpendHold {
  readonly scope: string;
  readonly usd: number;
  readonly period?: string;
}

/**
 * Where spend is recorded, by scope (a tenant, or a provider id). In memory by default; the server supplies one
 * backed by its database, which also decides the window (a calendar month, a day) the sums cover. A scope's sum
 * counts settled costs and the holds of calls still running.
 */
export interface SpendLedger {
  spentUsd(scope: string): number | Promise<number>;
  /**
   * Adds `usd` to the scope's sum in one atomic step if the sum stays within `limitUsd` (a hold of 0 fits while
   * the sum is below the limit); undefined, and nothing added, when it does not fit.
   */
  reserve(scope: string, usd: number, limitUsd: number): SpendHold | undefined | Promise<SpendHold | undefined>;
  /** Replaces a hold by what the call cost: 0 releases it. */
  settle(hold: SpendHold, usd: number): void | Promise<void>;
}

/**
 * Whether a hold of `usd` fits a budget of which `committedUsd` is spent or held, compared in whole micro-dollars:
 * a sum of doubles depends on the order of its additions (0.7 + 0.6 reads 1.2999999999999998), and a budget must
 * not pass or refuse a call on that noise. Stores that sum in SQL compare the same way.
 */
export function fitsBudget(committedUsd: number, usd: number, limitUsd: number): boolean {
  if (!Number.isFinite(limitUsd)) return true;
  const limit = Math.round(limitUsd * 1e6);
  return usd > 0 ? Math.round((committedUsd + usd) * 1e6) <= limit : Math.round(committedUsd * 1e6) < limit;
}

export function createMemorySpendLedger(): SpendLedger {
  const spent = new Map<string, number>();
  const add = (scope: string, usd: number) => spent.set(scope, (spent.get(scope) ?? 0) + usd);
  return {
    spentUsd: (scope) => spent.get(scope) ?? 0,
    // Synchronous: no other call can run between the check and the addition.
    reserve: (scope, usd, limitUsd) => {
      if (!fitsBudget(spent.get(scope) ?? 0, usd, limitUsd)) return undefined;
      add(scope, usd);
      return { scope, usd };
    },
    settle: (hold, usd) => {
      add(hold.scope, usd - hold.usd);
    },
  };
}

export interface SpendBudgets {
  /** USD limit per tenant; tenants without a limit (undefined) are not limited, though their spend is recorded. */
  limitUsd?: (tenant: string) => number | undefined | Promise<number | undefined>;
  ledger?: SpendLedger;
  /**
   * USD limit per provider id, across tenants. A provider whose budget cannot hold the call is skipped
   * (`skipped:budget_spent`), so the route falls back to its next candidate; providers without a limit are neither
   * checked nor recorded.
   */
  providerLimitUsd?: (provider: string) => number | undefined | Promise<number | undefined>;
  /** Where provider spend is recorded, apart from tenants'. */
  providerLedger?: SpendLedger;
}

/** Output tokens a call may produce when the request sets no `maxTokens` (Anthropic's adapter default too). */
export const defaultReservedOutputTokens = 4096;

/**
 * The most a call may use, for its hold: input from its characters (3 per token, denser than the 4 the rate
 * limiter assumes, because Spanish and Portuguese tokenize denser than English) and its `maxTokens`.
 */
export function maximumUsage(request: ModelRequest): TokenUsage {
  let characters = request.system?.length ?? 0;
  for (const message of request.messages) characters += message.content.length;
  if (request.output) characters += JSON.stringify(request.output.schema).length;
  return { inputTokens: Math.ceil(characters / 3), outputTokens: request.maxTokens ?? defaultReservedOutputTokens };
}

/** The holds of one call to one candidate; `settle` with its result on success, without on failure (releases). */
export interface CallReservation {
  settle(result?: Pick<ModelResult, "provider" | "model" | "usage">): Promise<void>;
}

export interface SpendLedgers {
  budgets: SpendBudgets;
  tenants: SpendLedger;
  providers: SpendLedger;
  prices: PriceTable;
}

/**
 * Holds a call's maximum cost on the tenant's budget and then the provider's. A tenant whose budget cannot hold it
 * gets `BudgetExceededError` thrown (the call is refused); a provider's is returned (the candidate is skipped). A
 * model without a price holds 0: it is refused only once the budget is spent, and costs nothing when settled.
 */
export async function reserveCall(
  ledgers: SpendLedgers,
  tenant: string | undefined,
  provider: string,
  model: string,
  request: ModelRequest,
): Promise<CallReservation | BudgetExceededError> {
  const { budgets, prices } = ledgers;
  const maximumUsd = costOf(prices, provider, model, maximumUsage(request)) ?? 0;
  const holds: { ledger: SpendLedger; hold: SpendHold }[] = [];
  const release = () => Promise.all(holds.map(({ ledger, hold }) => ledger.settle(hold, 0)));

  if (tenant !== undefined) {
    const limitUsd = (await budgets.limitUsd?.(tenant)) ?? Number.POSITIVE_INFINITY;
    const hold = await ledgers.tenants.reserve(tenant, maximumUsd, limitUsd);
    if (!hold) {
      const spentUsd = await ledgers.tenants.spentUsd(tenant);
      throw new BudgetExceededError({ tenant, limitUsd, spentUsd, requestedUsd: maximumUsd });
    }
    holds.push({ ledger: ledgers.tenants, hold });
  }
  try {
    const providerLimitUsd = await budgets.providerLimitUsd?.(provider);
    if (providerLimitUsd !== undefined) {
      const hold = await ledgers.providers.reserve(provider, maximumUsd, providerLimitUsd);
      if (!hold) {
        await release();
        const spentUsd = await ledgers.providers.spentUsd(provider);
        return new BudgetExceededError({ provider, limitUsd: providerLimitUsd, spentUsd, requestedUsd: maximumUsd });
      }
      holds.push({ ledger: ledgers.providers, hold });
    }
  } catch (error) {
    await release();
    throw error;
  }
  return {
    async settle(result) {
      const usd = result ? (costOf(prices, result.provider, result.model, result.usage) ?? 0) : 0;
      await Promise.all(holds.map(({ ledger, hold }) => ledger.settle(hold, usd)));
    },
  };
}
