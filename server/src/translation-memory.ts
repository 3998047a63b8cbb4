import { type TranslationMemory, translationMemoryDigest } from "@frontier-ai/core";
import type { Repository } from "./db/repository.ts";

/** The pipelines' translation memory, kept per tenant in the database. */
export function tenantTranslationMemory(repository: Repository, tenantId: string): TranslationMemory {
  const keyOf = (key: Parameters<TranslationMemory["get"]>[0]) => ({
    segmentDigest: translationMemoryDigest(key),
    sourceLocale: key.from,
    targetLocale: key.to,
    profileVersion: key.profileVersion,
  });
  return {
    get: async (key) => (await repository.translationMemory.lookup(tenantId, keyOf(key))) ?? undefined,
    set: (key, translation) => repository.translationMemory.put(tenantId, { ...keyOf(key), text: translation }),
  };
}
