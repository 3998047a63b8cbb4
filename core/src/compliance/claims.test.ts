import { beforeAll, describe, expect, it } from "vitest";
import { checkClaims, marketOfLocale } from "./claims.ts";
import { loadComplianceData } from "./compliance-data.fixture.ts";
import type { ClaimRule } from "./compliance-data.ts";
import { ComplianceDataError, parseClaimRules } from "./compliance-data.ts";

let rules: readonly ClaimRule[] = [];
beforeAll(async () => {
  rules = (await loadComplianceData()).claimRules;
});

function localeFor(rule: ClaimRule): string {
  const market = rule.markets.find((item) => item !== "*") ?? "MX";
  return `${market === "BR" ? "pt" : "es"}-${market}`;
}

describe("checkClaims on the cultural-profiles rules", () => {
  it("has rules for credit, health and free claims", () => {
    expect(rules.length).toBeGreaterThanOrEqual(12);
  });

  it("catches every rule on its violating examples and stays silent on its clean ones", () => {
    for (const rule of rules) {
      for (const market of rule.markets) {
        const locale = `${market === "BR" ? "pt" : "es"}-${market}`;
        for (const example of rule.examples.violating) {
          const hits = checkClaims(example, locale, rules).filter((finding) => finding.rule === rule.id);
          expect(hits.length, `${rule.id} on "${example}"`).toBeGreaterThan(0);
          for (const hit of hits) {
            expect(hit.end).toBeGreaterThan(hit.start);
            expect(hit.citation.text).toBe(rule.citation.text);
          }
        }
        for (const example of rule.examples.clean) {
          expect(checkClaims(example, locale, rules), `${rule.id} on clean "${example}"`).toEqual([]);
        }
      }
    }
  });

  it("reports the exact span, severity, suggestion and citation", () => {
    const text = "Llevate la notebook en 12 cuotas fijas de $ 99.999.";
    expect(checkClaims(text, "es-AR", rules)).toEqual([
      {
        rule: "ar.financing-without-cft",
        severity: "warning",
        message: "Financed price without the CFT (Costo Financiero Total) of each option.",
        start: 23,
        end: 32,
        suggestion: "State the cash price, the number and amount of cuotas, the TEA and, highlighted, the CFT.",
        citation: expect.objectContaining({
          text: "Res. SC 51-E/2017 → 240-E/2017 → 915/2017 arts. 4–5",
          verified: false,
        }),
      },
    ]);
    expect(text.slice(23, 32)).toBe("12 cuotas");
  });

  it("applies only the locale's market rules", () => {
    const credit = "Préstamo personal aprobado en 24 horas.";
    expect(checkClaims(credit, "es-MX", rules).map((finding) => finding.rule)).toEqual(["mx.credit-without-cat"]);
    expect(checkClaims(credit, "es-ES", rules)).toEqual([]);
    expect(checkClaims(credit, "es-419", rules)).toEqual([]);
  });

  it("stays silent on ordinary clean copy in every market", () => {
    const copy = "Camiseta oficial 2026 en algodón, talles S a XXL. Llega en 48 horas a todo el país.";
    for (const locale of ["es-MX", "es-AR", "es-CL", "es-CO", "es-PE", "es-UY", "pt-BR"]) {
      expect(checkClaims(copy, locale, rules)).toEqual([]);
    }
    expect(rules.map(localeFor).length).toBe(rules.length);
  });
});

describe("claims data parsing", () => {
  it("reads markets from locales", () => {
    expect([marketOfLocale("es-MX"), marketOfLocale("pt_BR"), marketOfLocale("es-419"), marketOfLocale("es")]).toEqual([
      "MX",
      "BR",
      undefined,
      undefined,
    ]);
  });

  it("refuses rules with a broken pattern or a misplaced requires", () => {
    const base = rules[0];
    expect(base).toBeDefined();
    if (!base) return;
    expect(() => parseClaimRules([{ ...base, trigger: "(" }])).toThrow(ComplianceDataError);
    expect(() => parseClaimRules([{ ...base, kind: "flag-phrase" }])).toThrow(/requires/);
    expect(() => parseClaimRules([{ ...base, severity: "fatal" }])).toThrow(ComplianceDataError);
  });
});
