// @frontier-ai/core/culture: regional adaptation, linting and prompts for Latin American markets.
import type { MarketProfile } from "@frontier-ai/cultural-profiles";
import { defaultCultureData } from "./data.ts";
import { defaultEngine } from "./engine.ts";
import type { LintOptions } from "./lint/lint.ts";
import type { RepairResult } from "./lint/repair.ts";
import type { Finding } from "./lint/types.ts";
import { buildSystemPrompt as buildPrompt, type PromptOptions } from "./prompt/system-prompt.ts";
import type { TransferOptions, TransferResult } from "./transfer.ts";

export type { Adaptation, AdaptationRule } from "./adaptation.ts";
export { applyAdaptations } from "./adaptation.ts";
export type { SingularAddress } from "./address/address-transfer.ts";
export type { FiniteTense, NonFinite, Paradigm, Person } from "./conjugation/conjugate.ts";
export { conjugate, PERSONS } from "./conjugation/conjugate.ts";
export type { VerbAnalysis, VerbSlot } from "./conjugation/forms-index.ts";
export type { CultureData } from "./data.ts";
export { defaultCultureData } from "./data.ts";
export type { CultureEngine } from "./engine.ts";
export { createCultureEngine, defaultEngine } from "./engine.ts";
export { UnsupportedTransferError } from "./errors.ts";
export type { LintOptions } from "./lint/lint.ts";
export type { RepairResult } from "./lint/repair.ts";
export type { Finding, LintContext, LintRule, Severity } from "./lint/types.ts";
export type { PromptBlock, PromptBlockId, PromptOptions } from "./prompt/system-prompt.ts";
export { promptBlocks } from "./prompt/system-prompt.ts";
export { attachEnclitics, matchCase, stripAccents } from "./text/accents.ts";
export type { Token, TokenKind, TokenStream } from "./text/tokenize.ts";
export { scanTokens, tokenize } from "./text/tokenize.ts";
export type { TransferOptions, TransferResult } from "./transfer.ts";

/** Adapts Spanish copy between regional variants (es-ES → es-AR, es-MX → es-CO …); throws UnsupportedTransferError across languages. */
export function transfer(text: string, from: string, to: string, options?: TransferOptions): TransferResult {
  return defaultEngine().transfer(text, from, to, options);
}

/** Findings for copy aimed at `locale` (es-MX, AR, argentina …). */
export function lint(text: string, locale: string, options?: LintOptions): readonly Finding[] {
  return defaultEngine().lint(text, locale, options);
}

/** Applies the findings' suggestions; what cannot be fixed deterministically is returned as `remaining`. */
export function repair(text: string, locale: string, findings: readonly Finding[]): RepairResult {
  return defaultEngine().repair(text, locale, findings);
}

/** The system prompt for a market, from its profile and the bundled lexicon and avoid lists unless given. */
export function buildSystemPrompt(profile: MarketProfile | string, options: PromptOptions = {}): string {
  const resolved = typeof profile === "string" ? defaultEngine().profile(profile) : profile;
  const data = defaultCultureData();
  return buildPrompt(resolved, { lexicon: data.lexicon, avoid: data.avoid, ...options });
}
