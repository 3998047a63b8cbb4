import { type ContentType, contentTypeSpecs } from "../content-types.ts";
import { hasCallToAction } from "./call-to-action.ts";
import { countWords, type ReadabilityLanguage, readability } from "./readability.ts";

export interface ScoreInput {
  text: string;
  language: ReadabilityLanguage;
  /** Findings of the market's linter on this text. */
  findings: readonly { severity: "error" | "warning" | "info" }[];
  contentType?: ContentType;
  /** Target length in words; without it length is not scored. */
  targetWords?: number;
  /** Phrases that mark copy as written for the market (payment idioms, retail events, regional terms). */
  marketIdioms?: readonly string[];
}

export interface ScorePart {
  name: "cultural_fit" | "length_fit" | "readability" | "call_to_action" | "market_idioms";
  /** 0..100 */
  score: number;
  /** Share of the total, after dropping parts that do not apply. */
  weight: number;
  detail: string;
}

export interface PerformanceScore {
  /** 0..100, the weighted mean of the parts, one decimal. */
  total: number;
  parts: ScorePart[];
}

const baseWeights: Record<ScorePart["name"], number> = {
  cultural_fit: 0.35,
  length_fit: 0.2,
  readability: 0.2,
  call_to_action: 0.15,
  market_idioms: 0.1,
};

/** Readability at or above this value (INFLESZ "normal" and easier) scores 100. */
const readableEnough = 60;

const round = (value: number) => Math.round(value * 10) / 10;

const phrasePatterns = new WeakMap<readonly string[], RegExp>();

/** One case-insensitive whole-phrase pattern per list of idioms, compiled once for that list. */
function idiomPattern(idioms: readonly string[]): RegExp {
  let pattern = phrasePatterns.get(idioms);
  if (!pattern) {
    const alternatives = idioms.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
    pattern = new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, "giu");
    phrasePatterns.set(idioms, pattern);
  }
  return pattern;
}

/**
 * A deterministic score of how ready a piece of copy is for its market, from measurable parts:
 * the linter's findings, fit to the requested length, readability, a call to action where the content
 * type needs one, and the market's own idioms. Parts that do not apply are dropped and the remaining
 * weights renormalized, so the total always spans 0..100.
 */
export function scoreCopy(input: ScoreInput): PerformanceScore {
  const parts: Omit<ScorePart, "weight">[] = [];

  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of input.findings) counts[finding.severity]++;
  parts.push({
    name: "cultural_fit",
    score: Math.max(0, 100 - 30 * counts.error - 10 * counts.warning - 2 * counts.info),
    detail: `${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes`,
  });

  const words = countWords(input.text);
  if (input.targetWords !== undefined && input.targetWords > 0) {
    const deviation = Math.abs(words - input.targetWords) / input.targetWords;
    parts.push({
      name: "length_fit",
      score: round(Math.max(0, 1 - deviation) * 100),
      detail: `${words} words for a target of ${input.targetWords}`,
    });
  }

  const reading = readability(input.text, input.language);
  parts.push({
    name: "readability",
    score: round(Math.min(100, (100 * reading.score) / readableEnough)),
    detail: `${reading.formula} ${reading.score}`,
  });

  if (input.contentType && contentTypeSpecs[input.contentType].needsCallToAction) {
    const present = hasCallToAction(input.text, input.language);
    parts.push({ name: "call_to_action", score: present ? 100 : 0, detail: present ? "present" : "missing" });
  }

  const idioms = input.marketIdioms ?? [];
  if (idioms.length > 0) {
    const used = [...new Set(Array.from(input.text.matchAll(idiomPattern(idioms)), (match) => match[0]))];
    parts.push({
      name: "market_idioms",
      score: used.length > 0 ? 100 : 0,
      detail: used.length > 0 ? `uses ${used.slice(0, 3).join(", ")}` : "no market idiom used",
    });
  }

  const weightSum = parts.reduce((sum, part) => sum + baseWeights[part.name], 0);
  const weighted = parts.map((part) => ({
    ...part,
    weight: Math.round((baseWeights[part.name] / weightSum) * 1000) / 1000,
  }));
  const total = parts.reduce((sum, part) => sum + (part.score * baseWeights[part.name]) / weightSum, 0);
  return { total: round(total), parts: weighted };
}
