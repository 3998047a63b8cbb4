// Thompson sampling over conversion rates, deterministic per visitor.
import { betaQuantile } from "./beta.ts";
import { hash32, seededRandom } from "./random.ts";

/** What the read path knows about a variant: how often it was shown and how often it converted. */
export interface VariantStats {
  readonly id: string;
  readonly impressions: number;
  readonly conversions: number;
}

export interface BetaPosterior {
  readonly alpha: number;
  readonly beta: number;
}

/** Beta(1 + conversions, 1 + misses): the posterior of the rate under a uniform prior. */
export function posterior(stats: VariantStats): BetaPosterior {
  const conversions = Math.max(0, Math.min(stats.conversions, stats.impressions));
  return { alpha: 1 + conversions, beta: 1 + stats.impressions - conversions };
}

export class NoVariantsError extends Error {
  override readonly name = "NoVariantsError";
  readonly code = "no_variants";
  constructor() {
    super("a variant can only be chosen among at least one variant");
  }
}

/**
 * Thompson sampling with the visitor's own uniforms: the hash of the visitor id and the variant set seeds one
 * uniform per variant, and each variant's draw is its posterior quantile at that uniform. A visitor therefore gets
 * the same variant for the same posteriors, and keeps it while the posteriors move little; across visitors the
 * uniforms are independent, so traffic follows P(variant is best) exactly as classic Thompson sampling does.
 */
export function chooseVariant(visitorId: string, variants: readonly VariantStats[]): string {
  const ordered = [...variants].sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
  const random = seededRandom(hash32(`${visitorId}\u0000${ordered.map((variant) => variant.id).join("\u0000")}`));
  let best: { id: string; draw: number } | undefined;
  for (const variant of ordered) {
    const { alpha, beta } = posterior(variant);
    const draw = betaQuantile(random(), alpha, beta);
    if (best === undefined || draw > best.draw) best = { id: variant.id, draw };
  }
  if (best === undefined) throw new NoVariantsError();
  return best.id;
}
