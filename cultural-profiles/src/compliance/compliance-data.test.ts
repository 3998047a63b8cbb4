import { describe, expect, it } from "vitest";
import { claimRules } from "./claims.ts";
import { jurisdictions } from "./jurisdictions/index.ts";
import { complianceSources } from "./sources.ts";
import type { Sourced } from "./types.ts";

function sourcedFacts(): Array<[string, Sourced]> {
  const facts: Array<[string, Sourced]> = [];
  for (const jurisdiction of Object.values(jurisdictions)) {
    const { law, authority, crossBorderTransfer, dataSubjectRights, breachNotification, retention } = jurisdiction;
    const named = { law, authority, crossBorderTransfer, dataSubjectRights, breachNotification, retention };
    for (const [field, fact] of Object.entries(named)) if (fact) facts.push([`${jurisdiction.market}.${field}`, fact]);
  }
  for (const rule of claimRules) facts.push([rule.id, rule.citation]);
  return facts;
}

describe("compliance data", () => {
  it("cites only sources of the reference, and marks unsourced facts unverified", () => {
    for (const [name, fact] of sourcedFacts()) {
      for (const source of fact.sources)
        expect(complianceSources[source], `${name} cites ${source}`).toBeTypeOf("string");
      if (fact.sources.length === 0) expect(fact.verified, `${name} has no source`).toBe(false);
    }
  });

  it("keys each jurisdiction by its market and covers the reference's markets", () => {
    for (const [market, jurisdiction] of Object.entries(jurisdictions)) expect(jurisdiction.market).toBe(market);
    expect(Object.keys(jurisdictions).sort()).toEqual([
      "AR",
      "BO",
      "BR",
      "CL",
      "CO",
      "CR",
      "CU",
      "DO",
      "EC",
      "ES",
      "GT",
      "HN",
      "MX",
      "NI",
      "PA",
      "PE",
      "PR",
      "PY",
      "SV",
      "US",
      "UY",
      "VE",
    ]);
  });

  it("records Chile's Ley 21.719 as in force from 2026-12-01", () => {
    expect(jurisdictions.CL?.law).toMatchObject({ status: "enacted-not-in-force", inForceFrom: "2026-12-01" });
  });

  it("gives every claims rule a unique id, compiling patterns and examples of both kinds", () => {
    expect(new Set(claimRules.map((rule) => rule.id)).size).toBe(claimRules.length);
    for (const rule of claimRules) {
      for (const pattern of [rule.trigger, rule.requires, rule.unless]) {
        if (pattern !== undefined) expect(() => new RegExp(pattern, "giu")).not.toThrow();
      }
      expect(rule.kind === "requires-disclosure").toBe(rule.requires !== undefined);
      expect(rule.examples.violating.length).toBeGreaterThan(0);
      expect(rule.examples.clean.length).toBeGreaterThan(0);
    }
  });
});
