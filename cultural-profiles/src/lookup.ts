import { UnknownMarketError } from "./errors.ts";
import type { MarketProfile } from "./profile/types.ts";
import { profiles } from "./profiles/index.ts";

/** Case, accents, `_` vs `-` and spaces do not matter: `es_AR`, `ES-ar`, `Costa Rica`, `costa_rica`. */
function normalise(query: string): string {
  return query
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
}

function buildIndex(all: readonly MarketProfile[]): ReadonlyMap<string, MarketProfile> {
  const index = new Map<string, MarketProfile>();
  for (const profile of all) {
    for (const key of [profile.locale, profile.country, ...profile.names]) {
      const normalised = normalise(key);
      const existing = index.get(normalised);
      if (existing !== undefined && existing !== profile) {
        throw new Error(`Market key "${key}" is claimed by ${existing.locale} and ${profile.locale}`);
      }
      index.set(normalised, profile);
    }
  }
  return index;
}

const index = buildIndex(profiles);

/** All 22 market profiles, in the order of `marketLocales`. */
export function listProfiles(): readonly MarketProfile[] {
  return profiles;
}

/** Every value `getProfile` accepts, canonical spelling: locales, then ISO codes, then names. */
export function supportedMarketQueries(): readonly string[] {
  return [
    ...profiles.map((profile) => profile.locale),
    ...profiles.map((profile) => profile.country),
    ...profiles.flatMap((profile) => profile.names),
  ];
}

/** The profile a locale (`es-AR`, `es_AR`), ISO code (`AR`) or name (`argentina`) names, or undefined. */
export function resolveMarket(query: string): MarketProfile | undefined {
  return index.get(normalise(query));
}

/** Like `resolveMarket`, but throws `UnknownMarketError` (listing the supported values) for an unknown market. */
export function getProfile(query: string): MarketProfile {
  const profile = resolveMarket(query);
  if (profile === undefined) throw new UnknownMarketError(query, supportedMarketQueries());
  return profile;
}
