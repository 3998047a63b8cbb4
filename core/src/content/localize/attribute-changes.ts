import type { RememberedChange } from "./translation-memory.ts";

/** A segment as it was sent (`source`) and answered (`translation`), both with their tokens. */
export interface AnsweredSegment {
  source: string;
  translation: string;
}

/**
 * Splits a provider's request-level `changes` among the segments of that request, so each segment can be
 * remembered with its own adaptations.
 *
 * - One segment: every change belongs to it (the provider saw nothing else).
 * - Several: a change belongs to a segment whose source text contains its `from` and whose translation
 *   contains its `to` (case-insensitive, whole words; an empty side constrains nothing).
 * - A change matching several segments goes to exactly one: the first of them (in request order) that does not
 *   already hold an equal change, else the first of them. A provider that lists a change once per occurrence
 *   thus gets one per segment, and one that lists it once is not multiplied: a repeat of the same request
 *   reports the same list.
 * - A change matching none is reported for this request only and never remembered: nothing ties it to a
 *   segment's own text, and it might come from a segment that holds personal data (which is never stored).
 */
export function attributeChanges(
  segments: readonly AnsweredSegment[],
  changes: readonly RememberedChange[],
): RememberedChange[][] {
  const bySegment = segments.map((): RememberedChange[] => []);
  if (segments.length === 1) {
    bySegment[0]?.push(...changes.map(({ from, to, reason }) => ({ from, to, reason })));
    return bySegment;
  }
  for (const { from, to, reason } of changes) {
    const candidates = bySegment.filter(
      (_, index) =>
        containsWord(segments[index]?.source ?? "", from) && containsWord(segments[index]?.translation ?? "", to),
    );
    const holder =
      candidates.find((held) => !held.some((change) => sameChange(change, { from, to, reason }))) ?? candidates[0];
    holder?.push({ from, to, reason });
  }
  return bySegment;
}

function sameChange(a: RememberedChange, b: RememberedChange): boolean {
  return a.from === b.from && a.to === b.to && a.reason === b.reason;
}

/** Whether `phrase` occurs in `text` as whole words, ignoring case (letters, digits and `_` are word characters). */
export function containsWord(text: string, phrase: string): boolean {
  const needle = phrase.trim();
  if (needle === "") return true;
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])${escaped}(?![\\p{L}\\p{M}\\p{N}_])`, "iu").test(text);
}
