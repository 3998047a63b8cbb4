// Few-shot examples for a new generation: the tenant's approved copy nearest to the request.
import { boundedExamples, brandExamplesBlock } from "../content/generate/generate.ts";
import { cosineSimilarity } from "./embedding.ts";

export interface MemoryEntry {
  readonly id: string;
  readonly locale: string;
  readonly text: string;
  readonly vector: Float32Array;
  /** Higher for copy that converted or was accepted unedited; breaks near-ties in its favour. */
  readonly performance?: number;
}

export interface MemoryMatch {
  readonly entry: MemoryEntry;
  readonly similarity: number;
}

export interface RecallOptions {
  readonly locale?: string;
  readonly limit?: number;
  /** Matches below this cosine similarity are not examples worth showing a model. */
  readonly minSimilarity?: number;
  /** Weight of `performance` (0..1) added to the similarity when ranking. */
  readonly performanceWeight?: number;
}

/** Exact nearest neighbours by cosine: a linear scan, which is what a tenant's few thousand entries need. */
export function recall(
  query: Float32Array,
  entries: Iterable<MemoryEntry>,
  options: RecallOptions = {},
): MemoryMatch[] {
  const limit = options.limit ?? 3;
  const minSimilarity = options.minSimilarity ?? 0.1;
  const weight = options.performanceWeight ?? 0.05;
  const matches: (MemoryMatch & { score: number })[] = [];
  for (const entry of entries) {
    if (options.locale !== undefined && entry.locale !== options.locale) continue;
    const similarity = cosineSimilarity(query, entry.vector);
    if (similarity < minSimilarity) continue;
    matches.push({ entry, similarity, score: similarity + weight * (entry.performance ?? 0) });
  }
  return matches
    .sort((left, right) => right.score - left.score)
    .slice(0, limit)
    .map(({ entry, similarity }) => ({ entry, similarity }));
}

/** The matches as `generate` shows them to a model (`brandExamples`): bounded in size, best first. */
export function fewShotBlock(matches: readonly MemoryMatch[]): string {
  return brandExamplesBlock(boundedExamples(matches.map((match) => match.entry.text)));
}
