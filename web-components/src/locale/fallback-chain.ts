/**
 * Spanish locales whose CLDR parent is es-419 (Latin American Spanish). Source: Unicode CLDR
 * supplemental data, `parentLocales` (common/supplemental/supplementalData.xml), es_419's children.
 */
const latinAmericanSpanishRegions = new Set([
  "AR",
  "BO",
  "BR",
  "BZ",
  "CL",
  "CO",
  "CR",
  "CU",
  "DO",
  "EC",
  "GT",
  "HN",
  "MX",
  "NI",
  "PA",
  "PE",
  "PR",
  "PY",
  "SV",
  "US",
  "UY",
  "VE",
]);

/** `es-ar` → `es-AR`; undefined when the tag is not a valid BCP 47 language tag. */
export function canonicalLocale(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, "-"))[0];
  } catch {
    return undefined;
  }
}

/**
 * The locales to try, most specific first: es-AR → es-419 → es; pt-BR → pt; a tag with a script or
 * variant loses one subtag at a time.
 */
export function fallbackChain(tag: string): string[] {
  const locale = canonicalLocale(tag);
  if (locale === undefined) return [];
  const chain: string[] = [];
  let subtags = locale.split("-");
  while (subtags.length > 0) {
    chain.push(subtags.join("-"));
    const language = subtags[0];
    const region = subtags[1];
    if (subtags.length === 2 && language === "es" && region !== undefined && latinAmericanSpanishRegions.has(region)) {
      subtags = ["es", "419"];
    } else {
      subtags = subtags.slice(0, -1);
    }
  }
  return chain;
}

/** The chains of several preferred locales joined in order, each locale once. */
export function fallbackChains(tags: readonly string[]): string[] {
  return [...new Set(tags.flatMap(fallbackChain))];
}
