/**
 * Where a fact comes from. `key` is a source key of the project's fact base (e.g. "S56"), `url` a public page.
 * `verified: false` marks a fact nobody could source yet: usable, but verify before relying on it.
 */
export interface Source {
  readonly key?: string;
  readonly url?: string;
  readonly verified: boolean;
  /** Why the source is weak or conflicting, or what remains to check. */
  readonly note?: string;
}

/** A fact stated by the cited source keys (comma-joined when several agree). */
export function sourced(keys: string, note?: string): Source {
  return note === undefined ? { key: keys, verified: true } : { key: keys, verified: true, note };
}

/** A fact from background knowledge, not found in a source: verify before relying on it. */
export function unsourced(note?: string): Source {
  return note === undefined ? { verified: false } : { verified: false, note };
}

/** A fact re-computed here (e.g. Intl output, a date rule), citing what it was computed from. */
export function computed(note: string, keys?: string): Source {
  return keys === undefined ? { verified: true, note } : { key: keys, verified: true, note };
}
