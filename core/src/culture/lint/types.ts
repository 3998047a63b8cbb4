// The linter's contract: findings, and rules that produce them. Other domains plug their own rules in.
import type { MarketProfile } from "@frontier-ai/cultural-profiles";
import type { Token } from "../text/tokenize.ts";

export type Severity = "error" | "warning" | "info";

export type Finding = {
  /** Stable rule id (`lexicon.other-variant`, `address.mixed`, or a plugged-in rule's own id). */
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** Span in the linted text. */
  readonly start: number;
  readonly end: number;
  /** Replacement for the span that fixes the finding; `repair` applies it. */
  readonly suggestion?: string;
};

export type LintContext = {
  readonly text: string;
  /** The text tokenised once; rules must not re-tokenise. */
  readonly tokens: readonly Token[];
  readonly profile: MarketProfile;
};

/** A lint rule. `check` must be pure and deterministic; findings with a `suggestion` are fixable by `repair`. */
export type LintRule = {
  readonly id: string;
  readonly description: string;
  readonly check: (context: LintContext) => readonly Finding[];
};
