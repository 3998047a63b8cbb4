import { describe, expect, it } from "vitest";
import { betaCdf, betaQuantile, probabilityBeats } from "./beta.ts";
import { experimentReport, UnknownControlError } from "./experiment-report.ts";

/** Beta density, straight from its definition, for the direct computation the report is checked against. */
function density(x: number, a: number, b: number, logNorm: number): number {
  return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log(1 - x) - logNorm);
}

/** P(B > A) = ∫ f_B(x) F_A(x) dx by the trapezoid rule on a fine grid, with F_A accumulated from f_A. */
function directProbability(a: [number, number], b: [number, number]): number {
  const steps = 200_000;
  const h = 1 / steps;
  // Log of the normalising constant by summing the unnormalised density, shifted by its peak to avoid underflow.
  const norm = (alpha: number, beta: number): number => {
    const logAt = (x: number): number => (alpha - 1) * Math.log(x) + (beta - 1) * Math.log(1 - x);
    const peak = logAt((alpha - 1) / (alpha + beta - 2));
    let sum = 0;
    for (let i = 1; i < steps; i += 1) sum += Math.exp(logAt(i * h) - peak);
    return Math.log(sum * h) + peak;
  };
  const normA = norm(a[0], a[1]);
  const normB = norm(b[0], b[1]);
  let cdfA = 0;
  let total = 0;
  let previous = 0;
  for (let i = 1; i < steps; i += 1) {
    const x = i * h;
    const fa = density(x, a[0], a[1], normA);
    cdfA += ((previous + fa) / 2) * h;
    previous = fa;
    total += density(x, b[0], b[1], normB) * cdfA * h;
  }
  return total;
}

describe("experimentReport", () => {
  const variants = [
    { id: "control", impressions: 4000, conversions: 160 },
    { id: "challenger", impressions: 4000, conversions: 200 },
  ];

  it("reports probability to beat control and rate intervals equal to a direct Beta computation", () => {
    const report = experimentReport(variants, { control: "control", horizon: 4000 });
    const challenger = report.variants.find((variant) => variant.id === "challenger");
    expect(challenger).toBeDefined();
    if (challenger === undefined) return;
    expect(challenger.probabilityToBeatControl).toBeCloseTo(directProbability([161, 3841], [201, 3801]), 4);
    expect(challenger.rate).toBeCloseTo(201 / 4002, 12);
    // The interval's ends are the 2.5% and 97.5% points of Beta(201, 3801).
    expect(betaCdf(challenger.rateInterval[0], 201, 3801)).toBeCloseTo(0.025, 6);
    expect(betaCdf(challenger.rateInterval[1], 201, 3801)).toBeCloseTo(0.975, 6);
    // Monte Carlo lift agrees with the exact probability: P(lift > 0) is where 0 sits in the lift distribution.
    expect(challenger.liftInterval[0]).toBeLessThan(challenger.lift);
    expect(challenger.lift).toBeCloseTo(200 / 160 - 1, 1);
    expect(challenger.liftInterval[0]).toBeGreaterThan(0);
  });

  it("computes the lift interval whose mass below zero matches 1 - P(beat control)", () => {
    const close = [
      { id: "control", impressions: 2000, conversions: 80 },
      { id: "challenger", impressions: 2000, conversions: 90 },
    ];
    const report = experimentReport(close, { control: "control", horizon: 2000, credibility: 0.5, seed: 7 });
    const challenger = report.variants[1];
    const exact = probabilityBeats({ alpha: 91, beta: 1911 }, { alpha: 81, beta: 1921 });
    expect(challenger?.probabilityToBeatControl).toBeCloseTo(exact, 12);
    expect(exact).toBeCloseTo(directProbability([81, 1921], [91, 1911]), 4);
    // With a 50% interval, 0 lies below its lower end iff P(lift > 0) > 0.75.
    expect((challenger?.liftInterval[0] ?? 0) < 0).toBe(exact < 0.75);
  });

  it("says continue before the horizon and names the winner at it", () => {
    expect(experimentReport(variants, { control: "control", horizon: 5000 }).decision).toEqual({
      status: "continue",
      remaining: 1000,
    });
    expect(experimentReport(variants, { control: "control", horizon: 4000 }).decision).toEqual({
      status: "stop",
      winner: "challenger",
      reason: "beats-control",
    });
    const even = [
      { id: "control", impressions: 1000, conversions: 40 },
      { id: "challenger", impressions: 1000, conversions: 41 },
    ];
    expect(experimentReport(even, { control: "control", horizon: 1000 }).decision).toEqual({
      status: "stop",
      winner: null,
      reason: "no-difference",
    });
    const worse = [
      { id: "control", impressions: 4000, conversions: 200 },
      { id: "challenger", impressions: 4000, conversions: 150 },
    ];
    expect(experimentReport(worse, { control: "control", horizon: 4000 }).decision).toMatchObject({
      winner: "control",
      reason: "control-holds",
    });
  });

  it("gives the same numbers for the same seed", () => {
    const first = experimentReport(variants, { control: "control", horizon: 1, seed: 3 });
    expect(experimentReport(variants, { control: "control", horizon: 1, seed: 3 })).toEqual(first);
  });

  it("refuses an unknown control", () => {
    expect(() => experimentReport(variants, { control: "nope", horizon: 1 })).toThrow(UnknownControlError);
  });

  it("inverts the CDF", () => {
    expect(betaCdf(betaQuantile(0.3, 3, 9), 3, 9)).toBeCloseTo(0.3, 9);
    expect(betaCdf(0.5, 2, 2)).toBeCloseTo(0.5, 12);
  });
});
