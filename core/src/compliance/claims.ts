import type { ClaimRule } from "./compliance-data.ts";

/** A finding of the claims check; the same shape as the culture linter's findings, plus the rule's citation. */
export interface ClaimFinding {
  rule: string;
  severity: "error" | "warning" | "info";
  message: string;
  start: number;
  end: number;
  suggestion?: string;
  citation: { text: string; sources: readonly string[]; verified: boolean };
}

const compiled = new WeakMap<ClaimRule, { trigger: RegExp; requires?: RegExp; unless?: RegExp }>();

function patternsOf(rule: ClaimRule) {
  let patterns = compiled.get(rule);
  if (!patterns) {
    patterns = {
      trigger: new RegExp(rule.trigger, "giu"),
      requires: rule.requires === undefined ? undefined : new RegExp(rule.requires, "iu"),
      unless: rule.unless === undefined ? undefined : new RegExp(rule.unless, "iu"),
    };
    compiled.set(rule, patterns);
  }
  return patterns;
}

/** The market of a locale: its region subtag (es-MX → MX, pt-BR → BR); none for es-419 or a bare language. */
export function marketOfLocale(locale: string): string | undefined {
  const region = locale.split(/[-_]/).find((part, index) => index > 0 && /^[A-Za-z]{2}$/.test(part));
  return region?.toUpperCase();
}

function finding(rule: ClaimRule, start: number, end: number): ClaimFinding {
  const base = { rule: rule.id, severity: rule.severity, message: rule.message, start, end };
  const citation = { text: rule.citation.text, sources: rule.citation.sources, verified: rule.citation.verified };
  return rule.suggestion === undefined ? { ...base, citation } : { ...base, suggestion: rule.suggestion, citation };
}

/**
 * Checks advertising copy against the claims rules of the locale's market (rules marked "*" apply everywhere).
 * Findings are sorted by position, then by rule order.
 */
export function checkClaims(text: string, locale: string, rules: readonly ClaimRule[]): ClaimFinding[] {
  const market = marketOfLocale(locale);
  const findings: ClaimFinding[] = [];
  for (const rule of rules) {
    if (!rule.markets.includes("*") && (market === undefined || !rule.markets.includes(market))) continue;
    const { trigger, requires, unless } = patternsOf(rule);
    if (unless?.test(text)) continue;
    trigger.lastIndex = 0;
    if (rule.kind === "requires-disclosure") {
      const match = trigger.exec(text);
      if (match && !requires?.test(text)) findings.push(finding(rule, match.index, match.index + match[0].length));
      continue;
    }
    for (let match = trigger.exec(text); match; match = trigger.exec(text)) {
      if (match[0].length === 0) {
        trigger.lastIndex++;
        continue;
      }
      findings.push(finding(rule, match.index, match.index + match[0].length));
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
