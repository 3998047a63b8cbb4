import type { ModelResult } from "../contract/model-result.ts";

/** Where cached answers live. In memory by default; the server may supply a shared store. */
export interface ResponseCacheStore {
  get(key: string): ModelResult | undefined | Promise<ModelResult | undefined>;
  set(key: string, result: ModelResult, ttlMs: number): void | Promise<void>;
}

/** A bounded in-memory store: expired entries vanish on read, the oldest go first when full. */
export function createMemoryResponseCache(
  options: { maxEntries?: number; now?: () => number } = {},
): ResponseCacheStore {
  const maxEntries = options.maxEntries ?? 1_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { result: ModelResult; expiresAt: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.result;
    },
    set(key, result, ttlMs) {
      entries.delete(key);
      entries.set(key, { result, expiresAt: now() + ttlMs });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
    },
  };
}
