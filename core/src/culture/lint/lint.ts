// lint(): findings for copy aimed at one market, from the built-in rules plus any plugged-in rule sets.
import type { MarketProfile } from "@frontier-ai/cultural-profiles";
import type { SingularAddress } from "../address/address-transfer.ts";
import type { FormsIndex } from "../conjugation/forms-index.ts";
import type { CultureData } from "../data.ts";
import type { Token } from "../text/token-stream.ts";
import { scanTokens } from "../text/tokenize.ts";
import { addressRules } from "./rules/address-rules.ts";
import { dateOrderRule, foreignCurrencyRule, numberFormatRule } from "./rules/format-rules.ts";
import { languageRule } from "./rules/language-rule.ts";
import { avoidRule, otherVariantRule } from "./rules/lexicon-rules.ts";
import { paymentIdiomRule } from "./rules/payment-rule.ts";
import type { Finding, LintContext, LintRule } from "./types.ts";

export type LintOptions = {
  /** Extra rule sets run after the built-in ones (e.g. the compliance advertising-claims rules). */
  readonly rules?: readonly LintRule[];
  /** Built-in or plugged-in rule ids to skip. */
  readonly disable?: readonly string[];
  /** The address form this piece should use, when not the market's default (formal copy: usted). */
  readonly address?: SingularAddress;
};

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function createLinter(data: CultureData, index: FormsIndex) {
  let current: LintOptions = {};
  const builtIn: readonly LintRule[] = [
    otherVariantRule(data.lexicon, data.profiles, index),
    avoidRule(data.avoid, index),
    ...addressRules(index, () => (current.address ? { expected: current.address } : {})),
    numberFormatRule,
    foreignCurrencyRule,
    dateOrderRule,
    paymentIdiomRule(data.profiles),
    languageRule,
  ];
  return {
    builtIn,
    lint(text: string, profile: MarketProfile, options: LintOptions = {}): Finding[] {
      current = options;
      const stream = scanTokens(text);
      let tokens: Token[] | undefined;
      const context: LintContext = {
        text,
        profile,
        stream,
        get tokens() {
          tokens ??= stream.tokens();
          return tokens;
        },
      };
      const disabled = new Set(options.disable ?? []);
      const lists: (readonly Finding[])[] = [];
      for (const rules of [builtIn, options.rules ?? []]) {
        for (const rule of rules) {
          if (!disabled.has(rule.id)) lists.push(rule.check(context));
        }
      }
      return withoutRestatements(inOrder(lists));
    },
  };
}

/**
 * A payment idiom's finding whose fix already holds the lexicon's fix for words inside it ("en 12 cuotas sin interés"
 * → "a 12 meses sin intereses" in Mexico, against "sin interés" → "sin intereses") says the same thing more usefully:
 * the lexicon finding is dropped. When the fixes differ, both stay.
 */
function withoutRestatements(findings: Finding[]): Finding[] {
  let payment: Finding | undefined;
  for (let k = 0; k < findings.length; k++) {
    const finding = findings[k];
    if (finding?.rule === "payment.idiom" && finding.suggestion !== undefined) {
      payment = finding;
      break;
    }
  }
  if (payment === undefined) return findings;
  const out: Finding[] = [];
  let cover: Finding | undefined;
  for (const finding of findings) {
    if (finding.rule === "payment.idiom" && finding.suggestion !== undefined) {
      cover = finding;
    } else if (
      cover !== undefined &&
      finding.rule === "lexicon.other-variant" &&
      finding.start >= cover.start &&
      finding.end <= cover.end &&
      finding.suggestion !== undefined &&
      cover.suggestion?.toLowerCase().includes(finding.suggestion.toLowerCase())
    ) {
      continue;
    }
    out.push(finding);
  }
  return out;
}

function compare(a: Finding, b: Finding): number {
  return a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}

/**
 * The rules' findings in one list by position, then severity, then rule order: merged when each rule's list is in
 * order already (a long text yields tens of thousands), sorted otherwise.
 */
function inOrder(all: readonly (readonly Finding[])[]): Finding[] {
  // Most rules find nothing: merging only the others keeps the rule order, and the work per finding small.
  const lists = all.filter((list) => list.length > 0);
  const sorted = lists.every((list) => {
    for (let k = 1; k < list.length; k++) if (compare(list[k - 1] as Finding, list[k] as Finding) > 0) return false;
    return true;
  });
  if (!sorted) return lists.flat().sort(compare);
  const heads = lists.map(() => 0);
  const out: Finding[] = [];
  for (;;) {
    let best = -1;
    let bestFinding: Finding | undefined;
    for (let l = 0; l < lists.length; l++) {
      const candidate = lists[l]?.[heads[l] ?? 0];
      // Strictly smaller: on a tie the earlier rule's finding comes first, as a stable sort would put it.
      if (candidate !== undefined && (bestFinding === undefined || compare(candidate, bestFinding) < 0)) {
        best = l;
        bestFinding = candidate;
      }
    }
    if (bestFinding === undefined) return out;
    out.push(bestFinding);
    heads[best] = (heads[best] ?? 0) + 1;
  }
}
