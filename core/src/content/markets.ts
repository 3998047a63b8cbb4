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

/** A language copy may be written in: a market's profile, or only its locale and language (English, pt-PT …). */
export interface SourceLanguage {
  readonly locale: string;
  readonly language: { readonly code: string };
}

/**
 * The language a source field names. Copy can come from any language a model translates (an English product
 * description, a European Portuguese post), so besides the markets any well-formed BCP 47 language tag is
 * accepted as a source; targets stay markets.
 */
export function resolveSourceLocale(query: string, field: string): SourceLanguage {
  const profile = resolveMarket(query);
  if (profile) return profile;
  let tag: Intl.Locale | undefined;
  try {
    tag = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(query) ? new Intl.Locale(query) : undefined;
  } catch {
    tag = undefined;
  }
  if (tag === undefined) {
    throw new InvalidContentRequestError({
      field,
      message: `${field}: "${query}" is not a language tag. Use a market's locale (es-MX, pt-BR …) or a language such as en, en-US or pt-PT.`,
    });
  }
  return { locale: tag.toString(), language: { code: tag.language } };
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
