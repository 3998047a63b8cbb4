/** The 22 markets Frontier targets, in the order tables and CLI listings use. */
export const marketLocales = [
  "es-MX",
  "es-GT",
  "es-HN",
  "es-SV",
  "es-NI",
  "es-CR",
  "es-PA",
  "es-CU",
  "es-DO",
  "es-PR",
  "es-CO",
  "es-VE",
  "es-EC",
  "es-PE",
  "es-BO",
  "es-CL",
  "es-AR",
  "es-UY",
  "es-PY",
  "pt-BR",
  "es-US",
  "es-ES",
] as const;

/** A market's BCP 47 locale tag as Frontier spells it (language-REGION). */
export type MarketLocale = (typeof marketLocales)[number];

/** ISO 3166-1 alpha-2 country code of a market. */
export type CountryCode = MarketLocale extends `${string}-${infer Region}` ? Region : never;

export function isMarketLocale(value: string): value is MarketLocale {
  return (marketLocales as readonly string[]).includes(value);
}
