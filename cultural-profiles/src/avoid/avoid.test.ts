import { describe, expect, it } from "vitest";
import { lexicon } from "../lexicon/index.ts";
import { termFor } from "../lexicon/types.ts";
import { isMarketLocale } from "../markets.ts";
import { avoidTerms } from "./index.ts";

describe("avoid entries", () => {
  it("name a market, a lowercase term, a reason and a severity", () => {
    expect(avoidTerms.length).toBeGreaterThan(20);
    for (const entry of avoidTerms) {
      expect(isMarketLocale(entry.locale)).toBe(true);
      expect(entry.term).toBe(entry.term.toLocaleLowerCase("es"));
      expect(entry.reason.length, entry.term).toBeGreaterThan(10);
      expect(["error", "warning"]).toContain(entry.severity);
      expect(typeof entry.source.verified).toBe("boolean");
    }
  });

  it("list each market and term once", () => {
    const keys = avoidTerms.map((entry) => `${entry.locale}:${entry.term}`);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it("flag coger in Mexico and Argentina, concha in Argentina and Chile, pico in Chile", () => {
    const has = (locale: string, term: string) =>
      avoidTerms.some((entry) => entry.locale === locale && entry.term === term && entry.severity === "error");
    expect(has("es-MX", "coger")).toBe(true);
    expect(has("es-AR", "coger")).toBe(true);
    expect(has("es-AR", "concha")).toBe(true);
    expect(has("es-CL", "concha")).toBe(true);
    expect(has("es-CL", "pico")).toBe(true);
  });

  it("flag in Brazil the words that are offensive there and the European Portuguese ones, with the Brazilian word", () => {
    const entry = (term: string) =>
      avoidTerms.find((candidate) => candidate.locale === "pt-BR" && candidate.term === term);
    expect(entry("bicha")).toMatchObject({ severity: "error", suggestion: "fila" });
    expect(entry("rapariga")).toMatchObject({ severity: "error" });
    expect(entry("telemóvel")).toMatchObject({ severity: "warning", suggestion: "celular" });
    expect(entry("autocarro")).toMatchObject({ severity: "warning", suggestion: "ônibus" });
    // Only Brazil: Spanish markets are not told about Portuguese words.
    expect(
      avoidTerms.filter((candidate) => candidate.term === "telemóvel").map((candidate) => candidate.locale),
    ).toEqual(["pt-BR"]);
  });

  it("never suggest, nor appear as the lexicon's own word for, a term the same market avoids", () => {
    for (const entry of avoidTerms) {
      for (const concept of lexicon) {
        expect(termFor(concept, entry.locale).term, `${entry.locale} ${concept.id}`).not.toBe(entry.term);
      }
      if (entry.suggestion !== undefined) expect(entry.suggestion).not.toBe(entry.term);
    }
  });
});
