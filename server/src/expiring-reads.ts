/**
 * Reads from the database kept in memory for `ttlMs`, so other processes' writes show within it: the pending read
 * is shared by concurrent callers, a failed read is not kept (the next call tries again), and past `maxEntries`
 * the oldest entry goes.
 */
export interface ExpiringReads<T> {
  get(key: string, read: () => Promise<T>): Promise<T>;
  /** After a write on this process: the next call reads again. */
  forget(key: string): void;
}

export function createExpiringReads<T>(options: {
  ttlMs: number;
  maxEntries: number;
  now: () => number;
}): ExpiringReads<T> {
  const entries = new Map<string, { value: Promise<T>; until: number }>();
  return {
    get(key, read) {
      const found = entries.get(key);
      if (found && found.until > options.now()) return found.value;
      const value = read();
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      // Deleted first so the key moves to the end: the map's order is then the entries' age.
      entries.delete(key);
      entries.set(key, { value, until: options.now() + options.ttlMs });
      if (entries.size > options.maxEntries) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      return value;
    },
    forget(key) {
      entries.delete(key);
    },
  };
}
