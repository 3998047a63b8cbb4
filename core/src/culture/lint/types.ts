// The linter's contract: findings, and rules that produce them. Other domains plug their own rules in.
import type { MarketProfile } from "@frontier-ai/cultural-profiles";
import type { Token, TokenStream } from "../text/token-stream.ts";

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
  readonly profile: MarketProfile;
  /** The text tokenised once, as compact columns (`stream.lower(i)`, `stream.start(i)` …); rules must not re-tokenise. */
  readonly stream: TokenStream;
  /** The same tokens as objects, built on first read: simpler for a plugged-in rule, slower on long texts. */
  readonly tokens: readonly Token[];
};

/** A lint rule. `check` must be pure and deterministic; findings with a `suggestion` are fixable by `repair`. */
export type LintRule = {
  readonly id: string;
  readonly description: string;
  readonly check: (context: LintContext) => readonly Finding[];
};
