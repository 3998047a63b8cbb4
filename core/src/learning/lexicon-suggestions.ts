// Tenant lexicon suggestions from repeated editor replacements, with a confidence an admin can read.
import { diffSegment, normalizePhrase } from "./edit-diff.ts";

/** One reviewed segment: what the engine wrote for a market and what the editor kept. */
export interface EditObservation {
  readonly locale: string;
  readonly generated: string;
  readonly final: string;
}

export interface LexiconSuggestion {
  readonly locale: string;
  readonly from: string;
  readonly to: string;
  /** Segments where the editor made this replacement. */
  readonly replacements: number;
  /** Segments whose generated text contained `from`: the chances the editor had to replace it. */
  readonly occurrences: number;
  /** Wilson score lower bound (95%) of replacements / occurrences. */
  readonly confidence: number;
}

export interface SuggestionThresholds {
  /** At least this many segments with the same replacement (default 3). */
  readonly minReplacements?: number;
  /** And a Wilson lower bound at least this high (default 0.5): editors replace it most times they see it. */
  readonly minConfidence?: number;
}

/** Wilson score interval's lower bound: a proportion's pessimistic estimate that accounts for few observations. */
export function wilsonLowerBound(successes: number, trials: number, z = 1.959964): number {
  if (trials === 0) return 0;
  const p = successes / trials;
  const z2 = z * z;
  const centre = p + z2 / (2 * trials);
  const margin = z * Math.sqrt((p * (1 - p) + z2 / (4 * trials)) / trials);
  return Math.max(0, (centre - margin) / (1 + z2 / trials));
}

function containsPhrase(text: string, phrase: string): boolean {
  return ` ${normalizePhrase(text).replace(/[^\p{L}\p{N}\s]/gu, " ")} `.replace(/\s+/gu, " ").includes(` ${phrase} `);
}

/**
 * Counts, per market, how often each replacement happens and how often its `from` phrase was there to replace;
 * suggests the pairs that pass both thresholds, most confident first. Several replacements of one phrase in a
 * market compete: each is judged against every occurrence of the phrase.
 */
export function suggestLexiconOverrides(
  observations: Iterable<EditObservation>,
  thresholds: SuggestionThresholds = {},
): LexiconSuggestion[] {
  const minReplacements = thresholds.minReplacements ?? 3;
  const minConfidence = thresholds.minConfidence ?? 0.5;
  const counts = new Map<string, { locale: string; from: string; to: string; replacements: number }>();
  const kept: EditObservation[] = [];
  for (const observation of observations) {
    kept.push(observation);
    const seen = new Set<string>();
    for (const { from, to } of diffSegment(observation.generated, observation.final).replacements) {
      const key = JSON.stringify([observation.locale, from, to]);
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key) ?? { locale: observation.locale, from, to, replacements: 0 };
      counts.set(key, { ...entry, replacements: entry.replacements + 1 });
    }
  }
  const suggestions: LexiconSuggestion[] = [];
  for (const entry of counts.values()) {
    if (entry.replacements < minReplacements) continue;
    const occurrences = kept.filter(
      (observation) => observation.locale === entry.locale && containsPhrase(observation.generated, entry.from),
    ).length;
    const confidence = wilsonLowerBound(entry.replacements, Math.max(occurrences, entry.replacements));
    if (confidence >= minConfidence) {
      suggestions.push({ ...entry, occurrences: Math.max(occurrences, entry.replacements), confidence });
    }
  }
  return suggestions.sort((left, right) => right.confidence - left.confidence);
}
