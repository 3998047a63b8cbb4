import type { Jurisdiction } from "./compliance-data.ts";
import { ComplianceInputError } from "./consent.ts";

/** Kinds of personal data the server keeps, each with Frontier's own default lifetime. */
export type RetainedKind = "vault" | "feedback" | "consent-record" | "audit-entry" | "incident-record";

/**
 * Frontier's defaults, not legal requirements (the laws in the reference say "no longer than the purpose needs"):
 * a vault lives while its job runs (7 days at most), feedback text 1 year, consent records while the consent
 * stands plus 5 years as proof, audit entries 5 years. A jurisdiction's `retention.minimumKeepDays` can lengthen
 * a kind (Brazil: incident records ≥ 5 years).
 */
export const defaultRetentionDays: Readonly<Record<RetainedKind, number>> = {
  vault: 7,
  feedback: 365,
  "consent-record": 5 * 365,
  "audit-entry": 5 * 365,
  "incident-record": 5 * 365,
};

export interface RetainedRecord {
  kind: RetainedKind;
  market: string;
  /** ISO 8601: creation, or for consent records the withdrawal (an active consent is never past retention). */
  createdAt: string;
  withdrawnAt?: string | null;
  /** A vault whose job finished is past retention at once. */
  jobFinished?: boolean;
}

const dayMs = 24 * 60 * 60 * 1000;

/** Days a record of this kind is kept for a market: Frontier's default, lengthened by the law's minimum. */
export function retentionDays(kind: RetainedKind, jurisdiction: Jurisdiction | undefined): number {
  const minimum = jurisdiction?.retention.minimumKeepDays?.[kind] ?? 0;
  return Math.max(defaultRetentionDays[kind], minimum);
}

/** Whether a record should be deleted now. */
export function isPastRetention(
  record: RetainedRecord,
  jurisdictions: Readonly<Record<string, Jurisdiction>>,
  now: Date,
): boolean {
  if (record.kind === "vault" && record.jobFinished) return true;
  if (record.kind === "consent-record" && !record.withdrawnAt) return false;
  const from = Date.parse(
    record.kind === "consent-record" ? (record.withdrawnAt ?? record.createdAt) : record.createdAt,
  );
  if (Number.isNaN(from))
    throw new ComplianceInputError([`createdAt/withdrawnAt: not an ISO date in a ${record.kind}`]);
  return now.getTime() - from > retentionDays(record.kind, jurisdictions[record.market.toUpperCase()]) * dayMs;
}
