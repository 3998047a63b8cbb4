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
  const sorted = [...adaptations].sort((a, b) => a.start - b.start);
  let out = "";
  let cursor = 0;
  for (const adaptation of sorted) {
    if (adaptation.start < cursor) continue;
    out += text.slice(cursor, adaptation.start) + adaptation.to;
    cursor = adaptation.end;
  }
  return out + text.slice(cursor);
}
