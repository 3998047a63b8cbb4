import { createHash } from "node:crypto";

export interface PublishedEntry {
  /** The JSON body as sent, so a hit costs no serialization. */
  body: string;
  etag: string;
}

/**
 * Published copy held in memory for the storefront read path: a hit answers without touching the database.
 * Entries live `ttlMs` (so several server processes converge after a publish elsewhere) and a publish on
 * this process drops its entry at once. Misses are cached too, briefly, so a storefront asking for a locale
 * that has no copy does not reach the database on every page view.
 */
export function createPublishedCache(options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {}) {
  const ttlMs = options.ttlMs ?? 10_000;
  const maxEntries = options.maxEntries ?? 50_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { entry: PublishedEntry | null; until: number }>();
  const keyOf = (tenantId: string, documentId: string, locale: string) =>
    `${tenantId}\u0000${documentId}\u0000${locale}`;

  return {
    get(tenantId: string, documentId: string, locale: string): PublishedEntry | null | undefined {
      const key = keyOf(tenantId, documentId, locale);
      const found = entries.get(key);
      if (!found) return undefined;
      if (found.until <= now()) {
        entries.delete(key);
        return undefined;
      }
      return found.entry;
    },
    set(tenantId: string, documentId: string, locale: string, body: string | null): PublishedEntry | null {
      if (entries.size >= maxEntries) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      const entry =
        body === null
          ? null
          : { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` };
      entries.set(keyOf(tenantId, documentId, locale), {
        entry,
        until: now() + (body === null ? Math.min(ttlMs, 2_000) : ttlMs),
      });
      return entry;
    },
    invalidate(tenantId: string, documentId: string, locale: string): void {
      entries.delete(keyOf(tenantId, documentId, locale));
    },
  };
}

export type PublishedCache = ReturnType<typeof createPublishedCache>;
