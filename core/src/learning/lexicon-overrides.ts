// A tenant's accepted lexicon overrides layered over the bundled lexicon, one cached engine per override set.
import {
  type AvoidEntry,
  isMarketLocale,
  type LexiconConcept,
  type LexiconTerm,
  type MarketLocale,
  termFor,
} from "@frontier-ai/cultural-profiles";
import type { TenantCulture } from "../content/tenant-culture.ts";
import { type CultureData, type CultureEngine, createCultureEngine, defaultCultureData } from "../culture/index.ts";

/** In `locale`, write `to` where the lexicon says `from`. */
export interface LexiconOverride {
  readonly locale: string;
  readonly from: string;
  readonly to: string;
}

export interface LayeredLexicon {
  readonly data: CultureData;
  /** Overrides whose `from` is no market term of any concept: kept for the prompt, not for the transfer. */
  readonly unmatched: readonly LexiconOverride[];
}

/**
 * Replaces the market cell of every concept whose term there is `from`; other markets keep the bundled data. The
 * bundled term also becomes an "avoid" entry for that market suggesting `to`, so lint flags it and repair rewrites
 * it wherever it comes from: the offline templates (written with the bundled vocabulary) or a model that did not
 * follow the vocabulary in its prompt.
 */
export function layerLexiconOverrides(base: CultureData, overrides: readonly LexiconOverride[]): LayeredLexicon {
  const unmatched: LexiconOverride[] = [];
  const avoid: AvoidEntry[] = [];
  let lexicon: readonly LexiconConcept[] = base.lexicon;
  for (const override of overrides) {
    const locale = override.locale;
    if (!isMarketLocale(locale)) {
      unmatched.push(override);
      continue;
    }
    let matched = false;
    lexicon = lexicon.map((concept) => {
      const current = termFor(concept, locale);
      if (current.term !== override.from) return concept;
      if (!matched) {
        avoid.push({
          locale,
          term: override.from,
          reason: `this brand writes "${override.to}" (a tenant override accepted by an admin)`,
          severity: "warning",
          source: { verified: false, note: "tenant override" },
          suggestion: override.to,
          partOfSpeech: concept.partOfSpeech,
        });
      }
      matched = true;
      const replaced: LexiconTerm = {
        term: override.to,
        gender: current.gender,
        number: current.number,
        source: { verified: false, note: `tenant override of "${override.from}" accepted by an admin` },
      };
      return { ...concept, terms: { ...concept.terms, [locale]: replaced } as Record<MarketLocale, LexiconTerm> };
    });
    if (!matched) unmatched.push(override);
  }
  return { data: { ...base, lexicon, avoid: [...base.avoid, ...avoid] }, unmatched };
}

/**
 * One engine per distinct override set (building an engine compiles the forms index, so it is worth keeping);
 * tenants with the same overrides share one, and the oldest set is dropped past `capacity`.
 */
export function createTenantEngines(base: CultureData = defaultCultureData(), capacity = 64) {
  const engines = new Map<string, CultureEngine>();
  return (overrides: readonly LexiconOverride[]): CultureEngine => {
    const key = JSON.stringify(overrides.map((override) => [override.locale, override.from, override.to]).sort());
    const cached = engines.get(key);
    if (cached !== undefined) return cached;
    const engine = createCultureEngine(layerLexiconOverrides(base, overrides).data);
    engines.set(key, engine);
    if (engines.size > capacity) {
      const oldest = engines.keys().next().value;
      if (oldest !== undefined) engines.delete(oldest);
    }
    return engine;
  };
}

/**
 * The pipelines' view of a tenant: its cached engine and the overrides themselves, which model providers read in
 * their system prompt (an override the lexicon cannot match still reaches them there).
 */
export function createTenantCultures(base: CultureData = defaultCultureData(), capacity = 64) {
  const engines = createTenantEngines(base, capacity);
  return (overrides: readonly LexiconOverride[]): TenantCulture => ({
    engine: engines(overrides),
    vocabulary: overrides,
  });
}
