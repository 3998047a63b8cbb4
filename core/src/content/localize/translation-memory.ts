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

export interface TranslationMemory {
  get(key: TranslationMemoryKey): Promise<string | undefined>;
  set(key: TranslationMemoryKey, translation: string): Promise<void>;
}

export function translationMemoryDigest(key: TranslationMemoryKey): string {
  return createHash("sha256")
    .update([key.from, key.to, key.profileVersion, key.provider, key.source].join("\u0000"))
    .digest("hex");
}

/** An in-process memory bounded by entry count (oldest out first); the server keeps its own in the database. */
export function createMemoryTranslationMemory(options: { maxEntries?: number } = {}): TranslationMemory {
  const maxEntries = options.maxEntries ?? 50_000;
  const entries = new Map<string, string>();
  return {
    async get(key) {
      return entries.get(translationMemoryDigest(key));
    },
    async set(key, translation) {
      const digest = translationMemoryDigest(key);
      entries.delete(digest);
      entries.set(digest, translation);
      if (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
    },
  };
}
