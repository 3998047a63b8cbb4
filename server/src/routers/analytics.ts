import { z } from "zod";
import type { Services } from "../context.ts";
import { spendPeriod, tenantBudgetSchema, tenantScope } from "../observability/spend-budgets.ts";
import { permissionProcedure, router } from "../trpc.ts";

const day = 86_400_000;

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** The tenant's model spend in its budget's current period, against its limit (null: none). */
async function spendBudget(services: Services, tenantId: string) {
  const { repository } = services;
  const budget = await services.tenantBudgets.read(tenantId);
  const period = spendPeriod(services.now(), budget.period);
  const spentUsd = await repository.spend.spentUsd(tenantScope(tenantId), period);
  return {
    limitUsd: budget.limitUsd,
    period: budget.period,
    current: period,
    spentUsd,
    remainingUsd: budget.limitUsd === null ? null : Math.max(0, budget.limitUsd - spentUsd),
    usedRatio: budget.limitUsd === null ? null : spentUsd / budget.limitUsd,
  };
}

export const analyticsRouter = router({
  /**
   * The tenant's model spend in the current period (`current`: `2026-05` or `2026-05-14`, UTC) against its own
   * budget; spend includes the holds of calls still running. Recorded whether or not a limit is set.
   */
  spendBudget: permissionProcedure("analytics:read").query(({ ctx }) =>
    spendBudget(ctx.services, ctx.principal.tenantId),
  ),

  /**
   * Sets the tenant's spend limit in USD per calendar month or day (UTC), or removes it (`limitUsd: null`). A model
   * call that the rest of the budget cannot hold (its maximum cost) is refused with 402 `budget_exceeded`.
   */
  setSpendBudget: permissionProcedure("budget:write")
    .input(tenantBudgetSchema)
    .mutation(async ({ ctx, input }) => {
      await ctx.services.tenantBudgets.save(ctx.principal.tenantId, input);
      return spendBudget(ctx.services, ctx.principal.tenantId);
    }),

  /**
   * The admin view's numbers for the tenant since `days` ago: requests and units (usage), reviewed volume per
   * market and operation, accepted-as-is vs edited rate, and storefront events with the conversion rate per market.
   * Spend and per-provider volume across tenants live on /metrics (frontier_provider_cost_usd_total).
   */
  overview: permissionProcedure("analytics:read")
    .input(z.strictObject({ days: z.number().int().min(1).max(366).default(30) }))
    .query(async ({ ctx, input }) => {
      const { repository } = ctx.services;
      const tenantId = ctx.principal.tenantId;
      const since = Date.now() - input.days * day;
      const [usage, edits, events] = await Promise.all([
        repository.requests.summarize(tenantId, since),
        repository.learning.listEdits(tenantId, { since }),
        repository.learning.eventCounts(tenantId, since),
      ]);
      const markets = new Map<string, { generate: number; localize: number; accepted: number; edited: number }>();
      for (const edit of edits) {
        const market = markets.get(edit.locale) ?? { generate: 0, localize: 0, accepted: 0, edited: 0 };
        market[edit.kind] += 1;
        market[edit.edited ? "edited" : "accepted"] += 1;
        markets.set(edit.locale, market);
      }
      const conversions = new Map<
        string,
        { impressions: number; clicks: number; addToCart: number; conversions: number }
      >();
      for (const row of events) {
        const market = conversions.get(row.locale) ?? { impressions: 0, clicks: 0, addToCart: 0, conversions: 0 };
        if (row.type === "impression") market.impressions += row.count;
        if (row.type === "click") market.clicks += row.count;
        if (row.type === "add_to_cart") market.addToCart += row.count;
        if (row.type === "conversion") market.conversions += row.count;
        conversions.set(row.locale, market);
      }
      const accepted = edits.filter((edit) => !edit.edited).length;
      return {
        since: new Date(since).toISOString(),
        usage,
        reviewed: {
          segments: edits.length,
          acceptedRate: share(accepted, edits.length),
          editedRate: share(edits.length - accepted, edits.length),
          byMarket: [...markets].map(([locale, market]) => ({
            locale,
            ...market,
            acceptedRate: share(market.accepted, market.accepted + market.edited),
          })),
        },
        storefront: [...conversions].map(([locale, market]) => ({
          locale,
          ...market,
          conversionRate: share(market.conversions, market.impressions),
        })),
      };
    }),
});
