import { type RememberedChange, type TranslationMemory, translationMemoryDigest } from "@frontier-ai/core";
import type { Repository } from "./db/repository.ts";

/** The pipelines' translation memory, kept per tenant in the database with each segment's adaptations. */
export function tenantTranslationMemory(repository: Repository, tenantId: string): TranslationMemory {
  const keyOf = (key: Parameters<TranslationMemory["get"]>[0]) => ({
    segmentDigest: translationMemoryDigest(key),
    sourceLocale: key.from,
    targetLocale: key.to,
    profileVersion: key.profileVersion,
  });
  return {
    get: async (key) => {
      const entry = await repository.translationMemory.lookup(tenantId, keyOf(key));
      return entry === null ? undefined : { translation: entry.text, changes: wellFormedChanges(entry.changes) };
    },
    set: (key, entry) =>
      repository.translationMemory.put(tenantId, {
        ...keyOf(key),
        text: entry.translation,
        changes: entry.changes.map(({ from, to, reason }) => ({ from, to, reason })),
      }),
  };
}

/** A stored column is JSON: anything but a list of {from, to, reason} strings reads as no change. */
function wellFormedChanges(value: unknown): RememberedChange[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== "object" || item === null) return [];
    const { from, to, reason } = item as Record<string, unknown>;
    return typeof from === "string" && typeof to === "string" && typeof reason === "string"
      ? [{ from, to, reason }]
      : [];
  });
}
