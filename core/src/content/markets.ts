import { type MarketProfile, resolveMarket, supportedMarketQueries } from "@frontier-ai/cultural-profiles";
import { InvalidContentRequestError } from "./errors.ts";

/** The profile a request field names (`es-AR`, `AR`, `argentina`), or an error naming the field and the allowed values. */
export function resolveLocale(query: string, field: string): MarketProfile {
  const profile = resolveMarket(query);
  if (profile) return profile;
  const locales = supportedMarketQueries().filter((value) => /^[a-z]{2}-[A-Z]{2}$/.test(value));
  throw new InvalidContentRequestError({
    field,
    message: `${field}: unknown market "${query}". Use a locale (${locales.join(", ")}), an ISO country code or a country name.`,
    allowed: locales,
  });
}

/** Phrases that mark copy as written for this market: its payment idioms and retail events. */
export function marketIdioms(profile: MarketProfile): string[] {
  return [
    ...profile.paymentIdioms.flatMap((idiom) => [idiom.phrase, ...idiom.variants]),
    ...profile.retailCalendar.map((event) => event.name),
  ];
}
