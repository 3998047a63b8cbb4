import { createHash } from "node:crypto";

/** What a translation was made from: the same key means the same answer may be reused. */
export interface TranslationMemoryKey {
  source: string;
  from: string;
  to: string;
  /** The target profile's data version: a changed profile invalidates its translations. */
  profileVersion: string;
  provider: string;
}

/** An adaptation a provider made in one segment (see `attributeChanges`). */
export interface RememberedChange {
  from: string;
  to: string;
  reason: string;
}

/** One segment's translation and the adaptations that belong to it, as the provider answered them. */
export interface RememberedTranslation {
  translation: string;
  changes: readonly RememberedChange[];
}

export interface TranslationMemory {
  get(key: TranslationMemoryKey): Promise<RememberedTranslation | undefined>;
  set(key: TranslationMemoryKey, entry: RememberedTranslation): Promise<void>;
}

export function translationMemoryDigest(key: TranslationMemoryKey): string {
  return createHash("sha256")
    .update([key.from, key.to, key.profileVersion, key.provider, key.source].join("\u0000"))
    .digest("hex");
}

/** An in-process memory bounded by entry count (oldest out first); the server keeps its own in the database. */
export function createMemoryTranslationMemory(options: { maxEntries?: number } = {}): TranslationMemory {
  const maxEntries = options.maxEntries ?? 50_000;
  const entries = new Map<string, RememberedTranslation>();
  return {
    async get(key) {
      const entry = entries.get(translationMemoryDigest(key));
      return entry && { translation: entry.translation, changes: entry.changes.map((change) => ({ ...change })) };
    },
    async set(key, entry) {
      const digest = translationMemoryDigest(key);
      entries.delete(digest);
      entries.set(digest, {
        translation: entry.translation,
        changes: entry.changes.map(({ from, to, reason }) => ({ from, to, reason })),
      });
      if (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
    },
  };
}
