import fc from "fast-check";
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

  it("ignores case, separators and surrounding space in any spelling of a market", () => {
    const profiles = listProfiles();
    const spelling = fc
      .record({
        profile: fc.constantFrom(...profiles),
        pick: fc.nat(),
        upper: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        separator: fc.constantFrom("-", "_", " "),
        padding: fc.constantFrom("", " ", "  "),
      })
      .map(({ profile, pick, upper, separator, padding }) => {
        const keys = [profile.locale, profile.country, ...profile.names];
        const key = keys[pick % keys.length] ?? profile.locale;
        const cased = [...key.replace(/[-_ ]/g, separator)]
          .map((character, position) => (upper[position] ? character.toUpperCase() : character.toLowerCase()))
          .join("");
        return { profile, query: `${padding}${cased}${padding}` };
      });
    fc.assert(
      fc.property(spelling, ({ profile, query }) => {
        expect(getProfile(query)).toBe(profile);
      }),
    );
  });
});
