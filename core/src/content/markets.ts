import { type MarketProfile, resolveMarket, supportedMarketQueries } from "@frontier-ai/cultural-profiles";
import { buildSystemPrompt } from "../culture/index.ts";
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

const idiomsByProfile = new WeakMap<MarketProfile, readonly string[]>();

/** Phrases that mark copy as written for this market: its payment idioms and retail events (computed once per profile). */
export function marketIdioms(profile: MarketProfile): readonly string[] {
  let idioms = idiomsByProfile.get(profile);
  if (!idioms) {
    idioms = Object.freeze([
      ...new Set([
        ...profile.paymentIdioms.flatMap((idiom) => [idiom.phrase, ...idiom.variants]),
        ...profile.retailCalendar.map((event) => event.name),
      ]),
    ]);
    idiomsByProfile.set(profile, idioms);
  }
  return idioms;
}

const promptsByProfile = new WeakMap<MarketProfile, string>();

/** The market's system prompt from the cultural engine, built once per profile. */
export function marketSystemPrompt(profile: MarketProfile): string {
  let prompt = promptsByProfile.get(profile);
  if (prompt === undefined) {
    prompt = buildSystemPrompt(profile);
    promptsByProfile.set(profile, prompt);
  }
  return prompt;
}
