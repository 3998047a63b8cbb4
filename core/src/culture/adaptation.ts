// What transfer changed and why. Offsets are into the source text.

export type AdaptationRule =
  | "lexicon.term"
  | "lexicon.agreement"
  | "address.verb"
  | "address.pronoun"
  | "address.possessive"
  | "address.clitic"
  | "format.money"
  | "format.number"
  | "format.percent"
  | "format.date"
  | "payment.idiom";

export type Adaptation = {
  /** The source text replaced. */
  readonly from: string;
  /** What replaced it. */
  readonly to: string;
  readonly reason: string;
  readonly rule: AdaptationRule;
  readonly start: number;
  readonly end: number;
};

/** The text of [start, end) with the few adaptations of one finding applied (any order, non-overlapping). */
export function applyWithin(text: string, start: number, end: number, adaptations: readonly Adaptation[]): string {
  // Insertion sort by start, stable: a handful of items, where the built-in sort's set-up costs more.
  const ordered = adaptations.slice();
  for (let i = 1; i < ordered.length; i++) {
    const item = ordered[i];
    if (!item) continue;
    let j = i - 1;
    for (; j >= 0 && (ordered[j]?.start ?? 0) > item.start; j--) ordered[j + 1] = ordered[j] as Adaptation;
    ordered[j + 1] = item;
  }
  let out = "";
  let cursor = start;
  for (const adaptation of ordered) {
    if (adaptation.start < cursor) continue;
    out += text.slice(cursor, adaptation.start) + adaptation.to;
    cursor = adaptation.end;
  }
  return out + text.slice(cursor, end);
}

/** Applies non-overlapping adaptations (any order) to the text they were computed on. */
export function applyAdaptations(text: string, adaptations: readonly Adaptation[]): string {
  let ordered = true;
  for (let i = 1; i < adaptations.length && ordered; i++) {
    ordered = (adaptations[i - 1]?.start ?? 0) <= (adaptations[i]?.start ?? 0);
  }
  const sorted = ordered ? adaptations : [...adaptations].sort((a, b) => a.start - b.start);
  // Sized once: a long text has tens of thousands of changes, and a growing list copies itself as it goes.
  const parts = new Array<string>(sorted.length * 2 + 1);
  let count = 0;
  let cursor = 0;
  for (let k = 0; k < sorted.length; k++) {
    const adaptation = sorted[k];
    if (!adaptation || adaptation.start < cursor) continue;
    parts[count++] = text.slice(cursor, adaptation.start);
    parts[count++] = adaptation.to;
    cursor = adaptation.end;
  }
  parts[count++] = text.slice(cursor);
  parts.length = count;
  return parts.join("");
}
