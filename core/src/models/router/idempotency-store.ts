import type { ModelResult } from "../contract/model-result.ts";
import { IdempotencyConflictError } from "../errors/idempotency-conflict-error.ts";

interface Entry {
  fingerprint: string;
  result: Promise<ModelResult>;
  expiresAt: number;
}

export type IdempotentRun =
  | { kind: "first"; complete: (result: Promise<ModelResult>) => void }
  | { kind: "replay"; result: Promise<ModelResult> };

/**
 * Remembers, per tenant and key, the request fingerprint and its (possibly in-flight) result. The
 * same key and request get the first result or join the call in flight; a different request under
 * the same key is a conflict. Failed calls are forgotten, so the key can be retried.
 */
export class IdempotencyStore {
  readonly #entries = new Map<string, Entry>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {}) {
    this.#ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
    this.#maxEntries = options.maxEntries ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  begin(tenant: string | undefined, key: string, fingerprint: string): IdempotentRun {
    const scopedKey = `${tenant ?? ""}\u0000${key}`;
    const existing = this.#entries.get(scopedKey);
    if (existing && existing.expiresAt > this.#now()) {
      if (existing.fingerprint !== fingerprint) throw new IdempotencyConflictError({ idempotencyKey: key });
      return { kind: "replay", result: existing.result };
    }
    return {
      kind: "first",
      complete: (result) => {
        const entry = { fingerprint, result, expiresAt: this.#now() + this.#ttlMs };
        this.#entries.set(scopedKey, entry);
        this.#evict();
        result.catch(() => {
          if (this.#entries.get(scopedKey) === entry) this.#entries.delete(scopedKey);
        });
      },
    };
  }

  #evict(): void {
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) return;
      this.#entries.delete(oldest.value);
    }
  }
}
