// Thompson sampling on two variants (4% vs 5% true conversion), 20,000 visitors, over several seeds.
// Prints the better variant's traffic share per seed and the experiment report of the first run.
import { chooseVariant, experimentReport, seededRandom, type VariantStats } from "../src/learning/index.ts";

const visitors = 20_000;
const rates: Record<string, number> = { control: 0.04, challenger: 0.05 };

/** Cumulative stats, and the challenger's share among the last 2,000 visitors (the allocation at the end). */
function run(seed: number): VariantStats[] & { lateShare?: number } {
  const random = seededRandom(seed);
  const stats = new Map(Object.keys(rates).map((id) => [id, { id, impressions: 0, conversions: 0 }]));
  let late = 0;
  for (let visitor = 0; visitor < visitors; visitor += 1) {
    const chosen = chooseVariant(`visitor-${seed}-${visitor}`, [...stats.values()]);
    if (visitor >= visitors - 2000 && chosen === "challenger") late += 1;
    const current = stats.get(chosen);
    if (current === undefined) throw new Error(chosen);
    current.impressions += 1;
    if (random() < (rates[chosen] ?? 0)) current.conversions += 1;
  }
  return Object.assign([...stats.values()], { lateShare: late / 2000 });
}

const shares: number[] = [];
const lateShares: number[] = [];
for (let seed = 1; seed <= 20; seed += 1) {
  const stats = run(seed);
  const share = (stats.find((variant) => variant.id === "challenger")?.impressions ?? 0) / visitors;
  shares.push(share);
  lateShares.push(stats.lateShare ?? 0);
  console.log(
    `seed ${seed}: challenger share ${(share * 100).toFixed(1)}% overall, ${((stats.lateShare ?? 0) * 100).toFixed(1)}% of the last 2,000  ${JSON.stringify([...stats])}`,
  );
  if (seed === 1) {
    const report = experimentReport(stats, { control: "control", horizon: 1000 });
    console.log(
      JSON.stringify(
        report.variants.map((v) => ({
          id: v.id,
          rate: v.rate.toFixed(4),
          lift: v.lift.toFixed(3),
          liftInterval: v.liftInterval.map((x) => x.toFixed(3)),
          p: v.probabilityToBeatControl.toFixed(4),
        })),
      ),
      JSON.stringify(report.decision),
    );
  }
}
const sorted = [...shares].sort((a, b) => a - b);
console.log(
  `overall share: min ${((sorted[0] ?? 0) * 100).toFixed(1)}%, median ${((sorted[Math.floor(sorted.length / 2)] ?? 0) * 100).toFixed(1)}%, mean ${((shares.reduce((a, b) => a + b, 0) / shares.length) * 100).toFixed(1)}%; seeds >= 80%: ${shares.filter((s) => s >= 0.8).length}/${shares.length}`,
);
console.log(
  `share of the last 2,000: mean ${((lateShares.reduce((a, b) => a + b, 0) / lateShares.length) * 100).toFixed(1)}%; seeds >= 80%: ${lateShares.filter((s) => s >= 0.8).length}/${lateShares.length}`,
);
