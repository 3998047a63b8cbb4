import { z } from "zod";
import { permissionProcedure, router } from "../trpc.ts";

const day = 86_400_000;

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export const analyticsRouter = router({
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
