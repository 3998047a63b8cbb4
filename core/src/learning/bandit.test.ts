import { describe, expect, it } from "vitest";
import { chooseVariant, NoVariantsError, type VariantStats } from "./bandit.ts";
import { seededRandom } from "./random.ts";

/** Cumulative stats, and how many of the last 2,000 visitors saw each variant (the allocation at the end). */
function simulate(seed: number, visitors: number, rates: Record<string, number>) {
  const random = seededRandom(seed);
  const stats = new Map<string, VariantStats>(
    Object.keys(rates).map((id) => [id, { id, impressions: 0, conversions: 0 }]),
  );
  const late = new Map<string, number>();
  for (let visitor = 0; visitor < visitors; visitor += 1) {
    const chosen = chooseVariant(`visitor-${seed}-${visitor}`, [...stats.values()]);
    if (visitor >= visitors - 2000) late.set(chosen, (late.get(chosen) ?? 0) + 1);
    const current = stats.get(chosen);
    if (current === undefined) throw new Error(`unknown variant ${chosen}`);
    const converted = random() < (rates[chosen] ?? 0);
    stats.set(chosen, {
      id: chosen,
      impressions: current.impressions + 1,
      conversions: current.conversions + (converted ? 1 : 0),
    });
  }
  return { stats, late };
}

describe("chooseVariant", () => {
  it("sends at least 80% of 20,000 visitors to the 5% variant over the 4% one", () => {
    const { stats, late } = simulate(2026, 20_000, { control: 0.04, challenger: 0.05 });
    expect((stats.get("challenger")?.impressions ?? 0) / 20_000).toBeGreaterThanOrEqual(0.8);
    // And the allocation at the end, which is what the next visitors get.
    expect((late.get("challenger") ?? 0) / 2000).toBeGreaterThanOrEqual(0.8);
  });

  it("gives one visitor the same variant for the same posteriors, whatever the order of the set", () => {
    const variants = [
      { id: "a", impressions: 100, conversions: 5 },
      { id: "b", impressions: 100, conversions: 6 },
      { id: "c", impressions: 10, conversions: 0 },
    ];
    for (let visitor = 0; visitor < 50; visitor += 1) {
      const first = chooseVariant(`v${visitor}`, variants);
      expect(chooseVariant(`v${visitor}`, [...variants].reverse())).toBe(first);
    }
  });

  it("splits traffic evenly while nothing is known", () => {
    const variants = [
      { id: "a", impressions: 0, conversions: 0 },
      { id: "b", impressions: 0, conversions: 0 },
    ];
    let a = 0;
    for (let visitor = 0; visitor < 2000; visitor += 1)
      if (chooseVariant(`visitor ${visitor}`, variants) === "a") a += 1;
    expect(a / 2000).toBeGreaterThan(0.45);
    expect(a / 2000).toBeLessThan(0.55);
  });

  it("refuses an empty set", () => {
    expect(() => chooseVariant("v", [])).toThrow(NoVariantsError);
  });
});
