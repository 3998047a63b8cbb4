import { beforeAll, describe, expect, it } from "vitest";
import { loadComplianceData } from "./compliance-data.fixture.ts";
import type { Jurisdiction } from "./compliance-data.ts";
import { ComplianceInputError } from "./consent.ts";
import { policy } from "./policy.ts";
import { isPastRetention, retentionDays } from "./retention.ts";

let jurisdictions: Readonly<Record<string, Jurisdiction>> = {};
beforeAll(async () => {
  jurisdictions = (await loadComplianceData()).jurisdictions;
});

describe("policy", () => {
  it("allows local providers whatever the tenant says", () => {
    for (const provider of ["rules", "compatible"]) {
      const result = policy({
        tenantSettings: { crossBorderTransfer: "forbidden" },
        market: "BR",
        provider,
        jurisdictions,
      });
      expect(result).toMatchObject({ decision: "allow", code: "local-provider" });
    }
  });

  it("refuses third-party providers when the tenant forbids cross-border transfer", () => {
    const result = policy({
      tenantSettings: { crossBorderTransfer: "forbidden" },
      market: "MX",
      provider: "openai",
      jurisdictions,
    });
    expect(result).toMatchObject({ decision: "refuse", code: "tenant-forbids-transfer" });
    expect(result.reason).toContain('"rules"');
  });

  it("pseudonymizes by default, citing the market's law", () => {
    for (const market of ["BR", "MX", "CL", "CO", "AR", "PE", "UY", "ES", "ZZ"]) {
      const result = policy({ tenantSettings: {}, market, provider: "anthropic", jurisdictions });
      expect(result.decision).toBe("allow-with-pseudonymization");
    }
    expect(policy({ tenantSettings: {}, market: "br", provider: "openai", jurisdictions }).law?.title).toMatch(/LGPD/);
  });

  it("sends raw text only with a transfer basis the law accepts", () => {
    const raw = { pseudonymize: false } as const;
    expect(policy({ tenantSettings: raw, market: "BR", provider: "openai", jurisdictions })).toMatchObject({
      decision: "refuse",
      code: "no-transfer-basis",
    });
    expect(
      policy({
        tenantSettings: { ...raw, transferBases: ["standard-contractual-clauses"] },
        market: "BR",
        provider: "openai",
        jurisdictions,
      }),
    ).toMatchObject({ decision: "allow", code: "transfer-basis-in-place" });
    // Colombia's SIC lists the US as adequate.
    expect(policy({ tenantSettings: raw, market: "CO", provider: "openai", jurisdictions })).toMatchObject({
      decision: "allow",
      code: "transfer-basis-in-place",
    });
    // Cuba requires prior authorization of official bodies.
    expect(
      policy({
        tenantSettings: { ...raw, transferBases: ["consent"] },
        market: "CU",
        provider: "openai",
        jurisdictions,
      }).decision,
    ).toBe("refuse");
    expect(policy({ tenantSettings: raw, market: "GT", provider: "openai", jurisdictions }).code).toBe(
      "no-data-protection-law",
    );
    expect(policy({ tenantSettings: raw, market: "ZZ", provider: "openai", jurisdictions }).code).toBe(
      "unknown-market",
    );
  });
});

describe("retention", () => {
  const now = new Date("2026-11-25T00:00:00Z");
  it("drops vaults when their job ends or after 7 days, feedback after a year", () => {
    expect(
      isPastRetention(
        { kind: "vault", market: "MX", createdAt: "2026-11-24T00:00:00Z", jobFinished: true },
        jurisdictions,
        now,
      ),
    ).toBe(true);
    expect(
      isPastRetention({ kind: "vault", market: "MX", createdAt: "2026-11-20T00:00:00Z" }, jurisdictions, now),
    ).toBe(false);
    expect(
      isPastRetention({ kind: "vault", market: "MX", createdAt: "2026-11-17T00:00:00Z" }, jurisdictions, now),
    ).toBe(true);
    expect(
      isPastRetention({ kind: "feedback", market: "AR", createdAt: "2025-11-01T00:00:00Z" }, jurisdictions, now),
    ).toBe(true);
  });

  it("keeps active consents, and withdrawn ones as proof for 5 years", () => {
    const consent = { kind: "consent-record", market: "CL", createdAt: "2015-01-01T00:00:00Z" } as const;
    expect(isPastRetention(consent, jurisdictions, now)).toBe(false);
    expect(isPastRetention({ ...consent, withdrawnAt: "2024-01-01T00:00:00Z" }, jurisdictions, now)).toBe(false);
    expect(isPastRetention({ ...consent, withdrawnAt: "2020-01-01T00:00:00Z" }, jurisdictions, now)).toBe(true);
  });

  it("lengthens a kind to the law's minimum and refuses bad dates", () => {
    expect(retentionDays("incident-record", jurisdictions.BR)).toBe(5 * 365);
    const longer = {
      ...jurisdictions.BR,
      retention: { summary: "", sources: [], verified: false, minimumKeepDays: { feedback: 900 } },
    };
    expect(retentionDays("feedback", longer as Jurisdiction)).toBe(900);
    expect(() => isPastRetention({ kind: "feedback", market: "BR", createdAt: "ayer" }, jurisdictions, now)).toThrow(
      ComplianceInputError,
    );
  });
});
