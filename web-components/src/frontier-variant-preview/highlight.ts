import type { CulturalAdaptation } from "../api/types.ts";

/** A run of a variant's text; `change` is the index of the adaptation it shows, when it is one. */
export interface TextSegment {
  readonly text: string;
  readonly change: number | undefined;
}

/**
 * Splits a localized text into plain runs and the spans each adaptation produced: every adaptation's
 * `to` is matched at its first occurrence that no earlier adaptation took. Adaptations whose text
 * cannot be found (the model rephrased around them) stay unhighlighted but are still listed.
 */
export function highlightChanges(content: string, adaptations: readonly CulturalAdaptation[]): TextSegment[] {
  const taken: { start: number; end: number; change: number }[] = [];
  adaptations.forEach((adaptation, change) => {
    if (adaptation.to === "") return;
    let from = 0;
    for (;;) {
      const start = content.indexOf(adaptation.to, from);
      if (start === -1) return;
      const end = start + adaptation.to.length;
      if (!taken.some((range) => start < range.end && range.start < end)) {
        taken.push({ start, end, change });
        return;
      }
      from = start + 1;
    }
  });
  taken.sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const range of taken) {
    if (range.start > cursor) segments.push({ text: content.slice(cursor, range.start), change: undefined });
    segments.push({ text: content.slice(range.start, range.end), change: range.change });
    cursor = range.end;
  }
  if (cursor < content.length) segments.push({ text: content.slice(cursor), change: undefined });
  return segments;
}

/** The adaptations in the order their highlights appear in the text (unfound ones last). */
export function changeOrder(segments: readonly TextSegment[], count: number): number[] {
  const shown = segments.flatMap((segment) => (segment.change === undefined ? [] : [segment.change]));
  const rest = Array.from({ length: count }, (_, index) => index).filter((index) => !shown.includes(index));
  return [...shown, ...rest];
}
