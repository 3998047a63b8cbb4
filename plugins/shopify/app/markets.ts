/**
 * The markets Frontier writes for, and how each maps onto Shopify.
 *
 * Shopify has one `es` locale and no `es-MX` language code, so regional Spanish is the shop locale `es`
 * plus a market-specific translation (`marketId`) for the country's market. Portuguese for Brazil is
 * its own shop locale (`pt-BR`) and is written for all markets.
 * Source: host-interop §3b (Storefront `LanguageCode` has no ES_MX; `TranslationInput.marketId`).
 */
export type TargetMarket = {
  /** Frontier's locale for the copy, e.g. `es-MX`. */
  readonly locale: string;
  /** The shop locale the translation is registered under. */
  readonly shopLocale: string;
  /** ISO 3166-1 country code of the Shopify market that receives the copy. */
  readonly countryCode: string;
  /** True when the copy is registered for the country's market only (`marketId`). */
  readonly marketScoped: boolean;
  readonly label: string;
};

export const targetMarkets = [
  { locale: "es-MX", shopLocale: "es", countryCode: "MX", marketScoped: true, label: "Spanish (Mexico)" },
  { locale: "es-AR", shopLocale: "es", countryCode: "AR", marketScoped: true, label: "Spanish (Argentina)" },
  { locale: "es-CO", shopLocale: "es", countryCode: "CO", marketScoped: true, label: "Spanish (Colombia)" },
  { locale: "es-CL", shopLocale: "es", countryCode: "CL", marketScoped: true, label: "Spanish (Chile)" },
  { locale: "es-PE", shopLocale: "es", countryCode: "PE", marketScoped: true, label: "Spanish (Peru)" },
  { locale: "es-UY", shopLocale: "es", countryCode: "UY", marketScoped: true, label: "Spanish (Uruguay)" },
  { locale: "pt-BR", shopLocale: "pt-BR", countryCode: "BR", marketScoped: false, label: "Portuguese (Brazil)" },
] as const satisfies readonly TargetMarket[];

export type TargetLocale = (typeof targetMarkets)[number]["locale"];

/** Variants the shop's own (default) content may be written in: Frontier's `source_locale`. */
export const sourceLocales = ["en", "es-ES", "es-MX", "es-AR", "es-CO", "es-CL", "pt-BR", "pt-PT"] as const;
export type SourceLocale = (typeof sourceLocales)[number];

export function findTargetMarket(locale: string): TargetMarket | undefined {
  return targetMarkets.find((market) => market.locale === locale);
}

export function isTargetLocale(locale: string): locale is TargetLocale {
  return findTargetMarket(locale) !== undefined;
}

export function isSourceLocale(locale: string): locale is SourceLocale {
  return (sourceLocales as readonly string[]).includes(locale);
}
