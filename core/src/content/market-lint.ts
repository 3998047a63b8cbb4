import { claimRules as claimRuleData } from "@frontier-ai/cultural-profiles";
import { type ClaimRule, checkClaims, parseClaimRules } from "../compliance/index.ts";
import { type CultureEngine, type Finding, lint } from "../culture/index.ts";

let claimRules: readonly ClaimRule[] | undefined;

/** The advertising-claims rules of every market, parsed and compiled once. */
function rules(): readonly ClaimRule[] {
  claimRules ??= parseClaimRules(claimRuleData);
  return claimRules;
}

/** A finding of the market's checks; claims findings carry the rule's legal citation. */
export type MarketFinding = Finding & { citation?: { text: string; sources: readonly string[]; verified: boolean } };

/**
 * Everything Frontier checks copy for in one market: the cultural linter (vocabulary, address form,
 * formats, payment idioms) and the advertising-claims rules (cost-of-credit disclosure, health claims,
 * "gratis" with conditions), ordered by position. `engine` is a tenant's (its lexicon overrides layered
 * over the bundled data); the bundled engine otherwise.
 */
export function lintForMarket(text: string, locale: string, engine?: CultureEngine): MarketFinding[] {
  const cultural = engine === undefined ? lint(text, locale) : engine.lint(text, locale);
  const findings: MarketFinding[] = [...cultural, ...checkClaims(text, locale, rules())];
  return findings.sort((left, right) => left.start - right.start || left.end - right.end);
}
