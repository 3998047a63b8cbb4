export { hasCallToAction } from "./call-to-action.ts";
export { countWords, type Readability, type ReadabilityLanguage, readability } from "./readability.ts";
export { type PerformanceScore, type ScoreInput, type ScorePart, scoreCopy } from "./score.ts";
export { countSyllables } from "./syllables.ts";
