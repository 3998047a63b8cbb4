// The market data the engine reads, injectable so tests and callers can supply their own.
import {
  type AvoidEntry,
  avoidTerms,
  type LexiconConcept,
  lexicon,
  listProfiles,
  type MarketProfile,
  UnknownMarketError,
} from "@frontier-ai/cultural-profiles";

export type CultureData = {
  readonly profiles: readonly MarketProfile[];
  readonly lexicon: readonly LexiconConcept[];
  readonly avoid: readonly AvoidEntry[];
};

export function defaultCultureData(): CultureData {
  return { profiles: listProfiles(), lexicon, avoid: avoidTerms };
}

function normalise(query: string): string {
  return query
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
}

/** Resolves `es-AR`, `AR` or `argentina` against the data's profiles; throws UnknownMarketError otherwise. */
export function profileResolver(profiles: readonly MarketProfile[]): (query: string) => MarketProfile {
  const index = new Map<string, MarketProfile>();
  for (const profile of profiles) {
    for (const key of [profile.locale, profile.country, ...profile.names]) index.set(normalise(key), profile);
  }
  return (query) => {
    const profile = index.get(normalise(query));
    if (profile === undefined) {
      throw new UnknownMarketError(
        query,
        profiles.map((p) => p.locale),
      );
    }
    return profile;
  };
}
