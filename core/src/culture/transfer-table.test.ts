import { describe, expect, it } from "vitest";
import { defaultCultureData } from "./data.ts";
import { createCultureEngine } from "./engine.ts";
import {
  betweenDollarMarkets,
  fromArgentinaToColombia,
  fromArgentinaToMexico,
  fromMexicoToArgentina,
} from "./fixtures/pairs-between-latam.ts";
import { fromSpainToAR } from "./fixtures/pairs-es-es-to-ar.ts";
import { fromSpainToCL } from "./fixtures/pairs-es-es-to-cl.ts";
import { fromSpainToCO } from "./fixtures/pairs-es-es-to-co.ts";
import { fromSpainToMX } from "./fixtures/pairs-es-es-to-mx.ts";
import { fromSpainToPE } from "./fixtures/pairs-es-es-to-pe.ts";
import { fromSpainToUS } from "./fixtures/pairs-es-es-to-us.ts";
import { tuToUsted } from "./fixtures/pairs-tu-to-usted.ts";
import { testAvoid, testLexicon } from "./fixtures/test-lexicon.ts";
import type { TransferPair } from "./fixtures/transfer-pair.ts";

const engine = createCultureEngine({ ...defaultCultureData(), lexicon: testLexicon, avoid: testAvoid });

const table: readonly TransferPair[] = [
  ...fromSpainToMX,
  ...fromSpainToAR,
  ...fromSpainToCO,
  ...fromSpainToCL,
  ...fromSpainToPE,
  ...fromSpainToUS,
  ...tuToUsted,
  ...fromArgentinaToMexico,
  ...fromMexicoToArgentina,
  ...fromArgentinaToColombia,
  ...betweenDollarMarkets,
];

function run(pair: TransferPair): string {
  return engine.transfer(pair.source, pair.from, pair.to, pair.address ? { address: pair.address } : {}).text;
}

describe("transfer table", () => {
  const failures = table
    .map((pair) => ({ pair, actual: run(pair) }))
    .filter(({ pair, actual }) => actual !== pair.expected);
  const passRate = (table.length - failures.length) / table.length;

  it("has at least 300 pairs covering every feature", () => {
    expect(table.length).toBeGreaterThanOrEqual(300);
    const covered = new Set(table.flatMap((pair) => pair.covers));
    for (const feature of ["lexicon", "agreement", "verb-lexicon", "present", "imperative", "negative-imperative"]) {
      expect(covered).toContain(feature);
    }
    for (const feature of ["enclitic", "vosotros", "pronoun", "price", "percent", "number", "date", "usted"]) {
      expect(covered).toContain(feature);
    }
    for (const target of ["es-MX", "es-AR", "es-CO", "es-CL", "es-PE", "es-US"]) {
      expect(table.filter((pair) => pair.from === "es-ES" && pair.to === target).length).toBeGreaterThanOrEqual(40);
    }
  });

  it("passes at least 95% of the pairs (failures listed)", () => {
    const report = failures.map(
      ({ pair, actual }) =>
        `${pair.from}→${pair.to}: "${pair.source}"\n  expected "${pair.expected}"\n  actual   "${actual}"`,
    );
    console.info(
      `transfer table: ${table.length - failures.length}/${table.length} pass (${(passRate * 100).toFixed(1)}%)`,
    );
    if (report.length > 0) console.info(report.join("\n"));
    expect(passRate).toBeGreaterThanOrEqual(0.95);
  });

  it("explains every change it makes", () => {
    for (const pair of table.slice(0, 60)) {
      const result = engine.transfer(pair.source, pair.from, pair.to, pair.address ? { address: pair.address } : {});
      for (const adaptation of result.adaptations) {
        expect(pair.source.slice(adaptation.start, adaptation.end)).toBe(adaptation.from);
        expect(adaptation.reason.length).toBeGreaterThan(0);
      }
    }
  });
});
