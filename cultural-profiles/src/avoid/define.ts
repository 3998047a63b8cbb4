import { type MarketLocale, marketLocales } from "../markets.ts";
import type { Source } from "../source.ts";
import type { AvoidEntry, AvoidSeverity } from "./types.ts";

const localeByCountry = new Map<string, MarketLocale>(
  marketLocales.map((locale) => [locale.slice(locale.indexOf("-") + 1), locale]),
);

export interface AvoidSpec {
  readonly term: string;
  readonly reason: string;
  readonly severity: AvoidSeverity;
  readonly source: Source;
  readonly suggestion?: string;
  readonly partOfSpeech?: AvoidEntry["partOfSpeech"];
}

/** One avoid entry per market listed (space-separated ISO country codes). */
export function avoidIn(countries: string, spec: AvoidSpec): readonly AvoidEntry[] {
  return countries
    .split(/\s+/)
    .filter((code) => code.length > 0)
    .map((country) => {
      const locale = localeByCountry.get(country);
      if (locale === undefined) throw new Error(`Avoid entry "${spec.term}": unknown country "${country}"`);
      return { locale, ...spec };
    });
}
