// Restores pseudonymized personal data in streamed text. A token (`⟦EMAIL_1⟧`) may arrive split over two deltas;
// the tail from an unclosed `⟦` is held back until the token closes, so the reader never sees half a token.

/** Longer than any token the vault writes: a `⟦` left open past this is plain text, not a token. */
const longestToken = 40;

export interface DeltaRestorer {
  /** The text that can be shown now, restored; may be empty while a token is incomplete. */
  push(delta: string): string;
  /** What is held back, restored (at the end of the stream). */
  flush(): string;
  /** Drops what is held back (a fallback provider starts over). */
  reset(): void;
}

export function deltaRestorer(restore: (text: string) => string): DeltaRestorer {
  let pending = "";
  return {
    push(delta) {
      const text = pending + delta;
      const open = text.lastIndexOf("⟦");
      if (open === -1 || text.indexOf("⟧", open) !== -1 || text.length - open > longestToken) {
        pending = "";
        return restore(text);
      }
      pending = text.slice(open);
      return restore(text.slice(0, open));
    },
    flush() {
      const text = pending;
      pending = "";
      return restore(text);
    },
    reset() {
      pending = "";
    },
  };
}
