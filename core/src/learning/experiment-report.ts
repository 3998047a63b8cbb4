// The fixed-horizon report of an A/B test: lift, credible intervals, probability to beat control, and a stop rule.

import { posterior, type VariantStats } from "./bandit.ts";
import { betaMean, betaQuantile, probabilityBeats } from "./beta.ts";
import { sampleBeta, seededRandom } from "./random.ts";

export interface ReportOptions {
  /** The variant every other is compared with. */
  readonly control: string;
  /** Planned impressions per variant before any decision: the fixed horizon (no peeking before it). */
  readonly horizon: number;
  /** Probability to beat control that declares a winner at the horizon. */
  readonly threshold?: number;
  /** Width of the credible intervals. */
  readonly credibility?: number;
  /** Monte Carlo draws for the lift interval. */
  readonly draws?: number;
  readonly seed?: number;
}

export interface VariantReport {
  readonly id: string;
  readonly impressions: number;
  readonly conversions: number;
  /** Posterior mean of the conversion rate. */
  readonly rate: number;
  readonly rateInterval: readonly [number, number];
  /** Relative lift over control, (rate - control) / control: posterior median and credible interval (Monte Carlo). */
  readonly lift: number;
  readonly liftInterval: readonly [number, number];
  /** P(rate > control rate), exact Beta integration. */
  readonly probabilityToBeatControl: number;
}

export type StopDecision =
  | { readonly status: "continue"; readonly remaining: number }
  | { readonly status: "stop"; readonly winner: string; readonly reason: "beats-control" | "control-holds" }
  | { readonly status: "stop"; readonly winner: null; readonly reason: "no-difference" };

export interface ExperimentReport {
  readonly control: string;
  readonly horizon: number;
  readonly variants: readonly VariantReport[];
  readonly decision: StopDecision;
}

export class UnknownControlError extends Error {
  override readonly name = "UnknownControlError";
  readonly code = "unknown_control";
  readonly control: string;
  readonly variants: readonly string[];
  constructor(control: string, variants: readonly string[]) {
    super(`control "${control}" is not one of the variants: ${variants.join(", ")}`);
    this.control = control;
    this.variants = variants;
  }
}

function quantileOf(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(p * sorted.length)))] ?? Number.NaN;
}

/**
 * Stop rule: before every variant reaches the horizon the answer is "continue". At the horizon the challenger with
 * the highest probability to beat control wins when that probability reaches the threshold; control holds when
 * every challenger's probability is at most 1 - threshold; otherwise the test ends with no difference.
 */
export function experimentReport(variants: readonly VariantStats[], options: ReportOptions): ExperimentReport {
  const threshold = options.threshold ?? 0.95;
  const tail = (1 - (options.credibility ?? 0.95)) / 2;
  const draws = options.draws ?? 20_000;
  const control = variants.find((variant) => variant.id === options.control);
  if (control === undefined)
    throw new UnknownControlError(
      options.control,
      variants.map((variant) => variant.id),
    );
  const controlPosterior = posterior(control);
  const random = seededRandom(options.seed ?? 1);
  const reports = variants.map((variant): VariantReport => {
    const { alpha, beta } = posterior(variant);
    const lifts: number[] = [];
    for (let draw = 0; draw < draws; draw += 1) {
      const controlRate = sampleBeta(controlPosterior.alpha, controlPosterior.beta, random);
      lifts.push((sampleBeta(alpha, beta, random) - controlRate) / controlRate);
    }
    lifts.sort((left, right) => left - right);
    return {
      id: variant.id,
      impressions: variant.impressions,
      conversions: variant.conversions,
      rate: betaMean(alpha, beta),
      rateInterval: [betaQuantile(tail, alpha, beta), betaQuantile(1 - tail, alpha, beta)],
      lift: quantileOf(lifts, 0.5),
      liftInterval: [quantileOf(lifts, tail), quantileOf(lifts, 1 - tail)],
      probabilityToBeatControl: variant.id === control.id ? 0.5 : probabilityBeats({ alpha, beta }, controlPosterior),
    };
  });
  return { control: control.id, horizon: options.horizon, variants: reports, decision: decide() };

  function decide(): StopDecision {
    const remaining = Math.max(...variants.map((variant) => Math.max(0, options.horizon - variant.impressions)));
    if (remaining > 0) return { status: "continue", remaining };
    const challengers = reports.filter((report) => report.id !== control?.id);
    const best = challengers.reduce<VariantReport | undefined>(
      (leader, report) =>
        leader === undefined || report.probabilityToBeatControl > leader.probabilityToBeatControl ? report : leader,
      undefined,
    );
    if (best !== undefined && best.probabilityToBeatControl >= threshold) {
      return { status: "stop", winner: best.id, reason: "beats-control" };
    }
    if (challengers.every((report) => report.probabilityToBeatControl <= 1 - threshold)) {
      return { status: "stop", winner: options.control, reason: "control-holds" };
    }
    return { status: "stop", winner: null, reason: "no-difference" };
  }
}
