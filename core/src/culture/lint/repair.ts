// repair(): applies the suggestions findings carry, the fixes a rule could make deterministically.
import type { MarketProfile } from "@frontier-ai/cultural-profiles";
import type { Finding } from "./types.ts";

export type RepairResult = {
  readonly text: string;
  /** Findings whose suggestion was applied. */
  readonly applied: readonly Finding[];
  /** Findings left for a person or a model: no suggestion, or overlapping one already applied. */
  readonly remaining: readonly Finding[];
};

export function repairText(text: string, _profile: MarketProfile, findings: readonly Finding[]): RepairResult {
  const fixable = findings
    .filter((f) => f.suggestion !== undefined && f.start >= 0 && f.end <= text.length && f.start <= f.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const applied: Finding[] = [];
  let out = "";
  let cursor = 0;
  for (const finding of fixable) {
    if (finding.start < cursor) continue;
    out += text.slice(cursor, finding.start) + (finding.suggestion ?? "");
    cursor = finding.end;
    applied.push(finding);
  }
  out += text.slice(cursor);
  return { text: out, applied, remaining: findings.filter((f) => !applied.includes(f)) };
}
