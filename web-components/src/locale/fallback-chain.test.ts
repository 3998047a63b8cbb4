import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalLocale, fallbackChain, fallbackChains } from "./fallback-chain.ts";

describe("fallbackChain", () => {
  it("walks a Latin American Spanish locale through es-419 to es", () => {
    expect(fallbackChain("es-AR")).toEqual(["es-AR", "es-419", "es"]);
    expect(fallbackChain("es_mx")).toEqual(["es-MX", "es-419", "es"]);
  });

  it("does not send Spain or Portuguese through es-419", () => {
    expect(fallbackChain("es-ES")).toEqual(["es-ES", "es"]);
    expect(fallbackChain("pt-BR")).toEqual(["pt-BR", "pt"]);
    expect(fallbackChain("es-419")).toEqual(["es-419", "es"]);
  });

  it("drops script subtags one at a time", () => {
    expect(fallbackChain("zh-Hant-TW")).toEqual(["zh-Hant-TW", "zh-Hant", "zh"]);
  });

  it("returns nothing for a tag that is not a locale", () => {
    expect(fallbackChain("not a locale!")).toEqual([]);
    expect(canonicalLocale("")).toBeUndefined();
  });

  it("joins several preferences without repeating a locale", () => {
    expect(fallbackChains(["es-CO", "es-MX", "en-US"])).toEqual(["es-CO", "es-419", "es", "es-MX", "en-US", "en"]);
  });

  it("always starts with the canonical tag and ends with its bare language", () => {
    const region = fc.constantFrom("AR", "MX", "CO", "CL", "ES", "BR", "US", "PE");
    const language = fc.constantFrom("es", "pt", "en");
    fc.assert(
      fc.property(language, region, (lang, reg) => {
        const chain = fallbackChain(`${lang}-${reg.toLowerCase()}`);
        expect(chain[0]).toBe(`${lang}-${reg}`);
        expect(chain.at(-1)).toBe(lang);
        expect(new Set(chain).size).toBe(chain.length);
      }),
    );
  });
});
