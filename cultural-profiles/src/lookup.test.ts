import { describe, expect, it } from "vitest";
import { UnknownMarketError } from "./errors.ts";
import { getProfile, listProfiles, resolveMarket, supportedMarketQueries } from "./lookup.ts";
import { marketLocales } from "./markets.ts";

describe("market lookup", () => {
  it("lists the 22 profiles", () => {
    expect(listProfiles().map((profile) => profile.locale)).toEqual([...marketLocales]);
  });

  it.each([
    ["es-AR", "es-AR"],
    ["es_AR", "es-AR"],
    ["ES-ar", "es-AR"],
    ["AR", "es-AR"],
    ["ar", "es-AR"],
    ["argentina", "es-AR"],
    ["Argentina", "es-AR"],
    ["mexico", "es-MX"],
    ["México", "es-MX"],
    ["brasil", "pt-BR"],
    ["brazil", "pt-BR"],
    ["BR", "pt-BR"],
    ["pt_br", "pt-BR"],
    ["costa rica", "es-CR"],
    ["costa_rica", "es-CR"],
    ["República Dominicana", "es-DO"],
    ["US", "es-US"],
    ["es-ES", "es-ES"],
    ["españa", "es-ES"],
  ])("resolves %s to %s", (query, locale) => {
    expect(getProfile(query).locale).toBe(locale);
    expect(resolveMarket(query)?.locale).toBe(locale);
  });

  it("addresses every market by locale, ISO code and each of its names", () => {
    for (const profile of listProfiles()) {
      for (const query of [profile.locale, profile.country, profile.locale.replace("-", "_"), ...profile.names]) {
        expect(getProfile(query)).toBe(profile);
      }
    }
  });

  it("returns undefined from resolveMarket and throws UnknownMarketError from getProfile for unknown markets", () => {
    for (const query of ["es-419", "pt-PT", "fr-FR", "atlantis", "", "ARG"]) {
      expect(resolveMarket(query)).toBeUndefined();
      let thrown: unknown;
      try {
        getProfile(query);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(UnknownMarketError);
      if (!(thrown instanceof UnknownMarketError)) return;
      expect(thrown.name).toBe("UnknownMarketError");
      expect(thrown.code).toBe("UNKNOWN_MARKET");
      expect(thrown.query).toBe(query);
      expect(thrown.supported).toEqual(supportedMarketQueries());
      expect(thrown.message).toContain("es-AR");
    }
  });

  it("lists every locale and ISO code among the supported values", () => {
    const supported = supportedMarketQueries();
    for (const profile of listProfiles()) {
      expect(supported).toContain(profile.locale);
      expect(supported).toContain(profile.country);
    }
  });
});
