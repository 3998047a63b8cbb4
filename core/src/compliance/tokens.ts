import type { PiiType } from "./pii-types.ts";
import { piiTypes } from "./pii-types.ts";

/**
 * Token format: ⟦TYPE_N⟧, e.g. ⟦CPF_1⟧, ⟦EMAIL_2⟧. The brackets are U+27E6/U+27E7, which ordinary copy never
 * contains and models copy verbatim; TYPE is a `PiiType`; N counts from 1 per type within one vault.
 */
export const tokenOpen = "\u27E6";
export const tokenClose = "\u27E7";

/** Matches one token; models sometimes add spaces inside the brackets, which are tolerated. */
export const tokenPattern = /\u27E6\s*([A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*)_(\d+)\s*\u27E7/g;

export interface TokenOccurrence {
  /** The canonical token (no inner spaces), as stored in the vault. */
  token: string;
  type: string;
  index: number;
  start: number;
  end: number;
}

export function formatToken(type: PiiType, index: number): string {
  return `${tokenOpen}${type}_${index}${tokenClose}`;
}

export function isPiiType(value: string): value is PiiType {
  return (piiTypes as readonly string[]).includes(value);
}

/** Every token in a text, in order (a fresh regex per call, so callers may interleave). */
export function findTokens(text: string): TokenOccurrence[] {
  const pattern = new RegExp(tokenPattern.source, "g");
  const occurrences: TokenOccurrence[] = [];
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const type = match[1] ?? "";
    const index = Number(match[2]);
    occurrences.push({
      token: `${tokenOpen}${type}_${index}${tokenClose}`,
      type,
      index,
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return occurrences;
}

export interface TokenComparison {
  /** Tokens of the source missing from the output (counted: a token the source has twice must appear twice). */
  missing: string[];
  /** Tokens in the output that the source does not have (invented or mangled by a model). */
  unknown: string[];
}

/** Compares the tokens a model received with those it returned; order is free, counts are not. */
export function compareTokens(source: string, output: string): TokenComparison {
  const remaining = new Map<string, number>();
  for (const { token } of findTokens(source)) remaining.set(token, (remaining.get(token) ?? 0) + 1);
  const unknown: string[] = [];
  for (const { token } of findTokens(output)) {
    const count = remaining.get(token) ?? 0;
    if (count === 0) unknown.push(token);
    else remaining.set(token, count - 1);
  }
  const missing = [...remaining].flatMap(([token, count]) => Array<string>(count).fill(token));
  return { missing, unknown };
}
