import {
  diffSegment,
  hashingEmbedding,
  type LexiconOverride,
  type SuggestionThresholds,
  suggestLexiconOverrides,
} from "@frontier-ai/core/learning";
import type { Repository } from "../db/repository.ts";
import type { Metrics } from "../observability/metrics.ts";

export interface ReviewedContent {
  contentId: string;
  locale: string;
  kind: "generate" | "localize";
  prompt: string;
  segments: { generated: string; final: string }[];
}

/** Name of the offline embedding model stored beside each vector, so vectors of different models never mix. */
export const hashingModel = "frontier-hashing-384";

/**
 * Records an editor's review: one diff per segment, the verdict on /metrics, the final copy in brand memory, and
 * the market's lexicon suggestions recomputed from all of the tenant's edits there.
 */
export async function recordReview(
  repository: Repository,
  metrics: Metrics,
  tenantId: string,
  review: ReviewedContent,
  thresholds: SuggestionThresholds = {},
): Promise<{ edited: boolean; segments: ReturnType<typeof diffSegment>[] }> {
  const segments = review.segments.map((segment) => diffSegment(segment.generated, segment.final));
  await repository.learning.addEdits(
    tenantId,
    review.segments.map((segment, index) => ({
      contentId: review.contentId,
      locale: review.locale,
      segmentIndex: index,
      kind: review.kind,
      prompt: review.prompt,
      generated: segment.generated,
      final: segment.final,
      operations: [...(segments[index]?.operations ?? [])],
      edited: segment.generated !== segment.final,
    })),
  );
  const edited = review.segments.some((segment) => segment.generated !== segment.final);
  metrics.countFeedback(review.locale, edited ? "edited" : "accepted");
  for (const segment of review.segments) {
    await rememberCopy(repository, tenantId, {
      locale: review.locale,
      contentId: review.contentId,
      text: segment.final,
      performance: segment.generated === segment.final ? 1 : 0.5,
    });
  }
  await refreshSuggestions(repository, tenantId, review.locale, thresholds);
  return { edited, segments };
}

/**
 * Puts copy into the tenant's brand memory (offline hashing embedding): `performance` 1 for copy accepted as
 * written or that won an experiment, 0.5 for an editor's rewrite.
 */
export async function rememberCopy(
  repository: Repository,
  tenantId: string,
  copy: { locale: string; contentId: string; text: string; performance?: number },
): Promise<void> {
  await repository.learning.addMemory(tenantId, {
    locale: copy.locale,
    contentId: copy.contentId,
    text: copy.text,
    model: hashingModel,
    vector: hashingEmbedding(copy.text),
    performance: copy.performance ?? 1,
  });
}

export async function refreshSuggestions(
  repository: Repository,
  tenantId: string,
  locale: string,
  thresholds: SuggestionThresholds = {},
): Promise<void> {
  const edits = await repository.learning.listEdits(tenantId, { locale });
  for (const suggestion of suggestLexiconOverrides(edits, thresholds)) {
    await repository.learning.upsertSuggestion(tenantId, {
      locale: suggestion.locale,
      fromTerm: suggestion.from,
      toTerm: suggestion.to,
      replacements: suggestion.replacements,
      occurrences: suggestion.occurrences,
      confidence: suggestion.confidence,
    });
  }
}

/** The overrides an admin accepted: what the tenant's culture engine layers over the bundled lexicon. */
export async function acceptedOverrides(repository: Repository, tenantId: string): Promise<LexiconOverride[]> {
  const accepted = await repository.learning.listSuggestions(tenantId, "accepted");
  return accepted.map((row) => ({ locale: row.locale, from: row.fromTerm, to: row.toTerm }));
}
