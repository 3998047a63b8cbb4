import { createHash } from "node:crypto";
import { chooseVariant, type VariantStats } from "@frontier-ai/core";
import type { Repository } from "../db/repository.ts";
import { createExpiringReads } from "../expiring-reads.ts";

/** What the read path sends a visitor in an experiment: the body as written, its ETag and the variant's id. */
export interface ServedVariant {
  variantId: string;
  body: string;
  etag: string;
}

export interface Experiment {
  /** The variant this visitor sees (Thompson sampling on the counts loaded with the experiment). */
  serve(visitor: string): ServedVariant;
  /**
   * For a request without a visitor id when nothing is published: the control variant's copy, marked
   * `experiment: true` but without a `variant_id` (such a reader is not counted in the experiment).
   */
  readonly controlBody: string;
}

export interface ExperimentCache {
  /** The running experiment of (content, locale), or null when it has no active variants. */
  get(tenantId: string, contentId: string, locale: string): Promise<Experiment | null>;
  /** After a variant is added or the experiment ends on this process. */
  invalidate(tenantId: string, contentId: string, locale: string): void;
}

/**
 * Running A/B experiments held in memory for the storefront read path, like published copy: an entry (its active
 * variants, their impression and conversion counts, the document's format and published version) lives `ttlMs`, so
 * the posteriors follow the events with that delay and the database is read once per entry and period. Contents
 * without an experiment are cached too (as null), so the common case costs one read per period.
 */
export function createExperimentCache(
  repository: Repository,
  options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {},
): ExperimentCache {
  const reads = createExpiringReads<Experiment | null>({
    ttlMs: options.ttlMs ?? 10_000,
    maxEntries: options.maxEntries ?? 50_000,
    now: options.now ?? Date.now,
  });
  const keyOf = (tenantId: string, contentId: string, locale: string) => `${tenantId}\u0000${contentId}\u0000${locale}`;

  async function load(tenantId: string, contentId: string, locale: string): Promise<Experiment | null> {
    const { learning, documents } = repository;
    const variants = await learning.listVariants(tenantId, contentId, locale, { active: true });
    if (variants.length === 0) return null;
    const [counts, document, published] = await Promise.all([
      learning.variantCounts(tenantId, contentId, locale),
      documents.get(tenantId, contentId),
      documents.getPublished(tenantId, contentId, locale),
    ]);
    const countsById = new Map(counts.map((row) => [row.variantId, row]));
    const stats: VariantStats[] = variants.map((variant) => ({
      id: variant.id,
      impressions: countsById.get(variant.id)?.impressions ?? 0,
      conversions: countsById.get(variant.id)?.conversions ?? 0,
    }));
    const bodyOf = (variant: (typeof variants)[number], fields: { variant_id: string } | { experiment: true }) =>
      JSON.stringify({
        id: contentId,
        locale,
        format: document?.format ?? "text",
        content: variant.content,
        version: published?.version ?? 0,
        updated_at: new Date(variant.createdAt).toISOString(),
        ...fields,
      });
    const bodies = new Map<string, ServedVariant>();
    const served = (variantId: string): ServedVariant => {
      const cached = bodies.get(variantId);
      if (cached) return cached;
      const variant = variants.find((candidate) => candidate.id === variantId) ?? variants[0];
      if (variant === undefined) throw new Error("an experiment holds at least one variant");
      const body = bodyOf(variant, { variant_id: variant.id });
      const entry = {
        variantId: variant.id,
        body,
        etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
      };
      bodies.set(variant.id, entry);
      return entry;
    };
    const control = variants.find((variant) => variant.control) ?? variants[0];
    if (control === undefined) return null;
    return {
      serve: (visitor) => served(chooseVariant(visitor, stats)),
      controlBody: bodyOf(control, { experiment: true }),
    };
  }

  return {
    get: (tenantId, contentId, locale) =>
      reads.get(keyOf(tenantId, contentId, locale), () => load(tenantId, contentId, locale)),
    invalidate: (tenantId, contentId, locale) => reads.forget(keyOf(tenantId, contentId, locale)),
  };
}
