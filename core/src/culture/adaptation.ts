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
  | "format.date";

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

/** Applies non-overlapping adaptations (any order) to the text they were computed on. */
export function applyAdaptations(text: string, adaptations: readonly Adaptation[]): string {
  let ordered = true;
  for (let i = 1; i < adaptations.length && ordered; i++) {
    ordered = (adaptations[i - 1]?.start ?? 0) <= (adaptations[i]?.start ?? 0);
  }
  const sorted = ordered ? adaptations : [...adaptations].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let cursor = 0;
  for (const adaptation of sorted) {
    if (adaptation.start < cursor) continue;
    parts.push(text.slice(cursor, adaptation.start), adaptation.to);
    cursor = adaptation.end;
  }
  parts.push(text.slice(cursor));
  return parts.join("");
}
