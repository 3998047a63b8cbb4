/**
 * Shapes of the compliance data. Every fact carries `sources` (keys of `complianceSources`, the reference's §9)
 * and `verified`: false where the reference tags the fact uncertain ([U]) or conflicting ([C]), or gives no source.
 * The engine in @frontier-ai/core reads these shapes and validates them at its edge.
 */

export interface Sourced {
  sources: readonly string[];
  verified: boolean;
  note?: string;
}

/** What lets a tenant send personal data (not just pseudonymized text) to a model hosted in the US. */
export type TransferBasis = "adequacy" | "standard-contractual-clauses" | "consent" | "prior-authorization";

export interface Jurisdiction {
  /** ISO 3166-1 alpha-2. */
  market: string;
  locales: readonly string[];
  name: string;
  law: Sourced & {
    title: string;
    status: "in-force" | "enacted-not-in-force" | "no-comprehensive-law" | "not-enforceable";
    /** ISO date the law (or its current version) applies from, when the reference gives one. */
    inForceFrom?: string;
  };
  authority: (Sourced & { name: string }) | null;
  crossBorderTransfer: Sourced & {
    /** Whether the US counts as adequate for this law; null when unknown. */
    usAdequate: boolean | null;
    /** Bases any one of which makes sending raw personal data to a US-hosted model lawful. */
    acceptedBases: readonly TransferBasis[];
    summary: string;
  };
  dataSubjectRights: Sourced & {
    rights: readonly string[];
    /** Deadline to answer a request, when known. */
    responseDeadline: { amount: number; unit: "days" | "business-days" } | null;
  };
  breachNotification: Sourced & {
    summary: string;
    /** Deadline to notify the authority in hours (business days converted: see note), null when none/unknown. */
    authorityDeadlineHours: number | null;
  };
  retention: Sourced & {
    summary: string;
    /** Records the law requires to be kept at least this long (e.g. incident records), in days. */
    minimumKeepDays?: Readonly<Record<string, number>>;
  };
}

/**
 * An advertising-claims rule. Patterns are regular-expression sources matched case-insensitively with the
 * Unicode flag.
 * - "requires-disclosure": when `trigger` matches and `requires` matches nowhere in the text, one finding at the
 *   first trigger (e.g. a credit offer without its CAT).
 * - "flag-phrase": a finding at every `trigger` match, unless `unless` matches somewhere in the text.
 */
export interface ClaimRule {
  id: string;
  /** ISO 3166-1 alpha-2 markets, or "*" for every market. */
  markets: readonly string[];
  kind: "requires-disclosure" | "flag-phrase";
  trigger: string;
  requires?: string;
  unless?: string;
  severity: "error" | "warning" | "info";
  message: string;
  suggestion?: string;
  citation: Sourced & { text: string };
  /** Copy the rule must catch and copy it must leave alone: the rule's own tests. */
  examples: { violating: readonly string[]; clean: readonly string[] };
}
