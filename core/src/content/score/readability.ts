import { countSyllables } from "./syllables.ts";

export type ReadabilityLanguage = "es" | "pt";

export interface Readability {
  /** Szigriszt-Pazos perspicuity for Spanish, Flesch adapted by Martins et al. for Portuguese; 0 (hard) to 100 (easy). */
  score: number;
  formula: "szigriszt-pazos" | "flesch-martins";
  words: number;
  sentences: number;
  syllables: number;
}

const wordPattern = /\p{L}+(?:['’]\p{L}+)*/gu;
const sentenceBreak = /[.!?…]+(?:\s+|$)|\n{2,}/u;

/**
 * Readability of a text.
 * Spanish: Szigriszt-Pazos (1993), 206.835 − 62.3 × syllables/words − words/sentences.
 * Portuguese: Flesch adapted by Martins et al. (1996), 248.835 − 84.6 × syllables/words − 1.015 × words/sentences.
 * Clamped to 0..100 so short marketing copy does not report impossible values.
 */
export function readability(text: string, language: ReadabilityLanguage): Readability {
  const words = text.match(wordPattern) ?? [];
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  const sentences = text.split(sentenceBreak).filter((chunk) => /\p{L}/u.test(chunk)).length;
  const formula = language === "es" ? "szigriszt-pazos" : "flesch-martins";
  if (words.length === 0) return { score: 0, formula, words: 0, sentences: 0, syllables: 0 };
  const syllablesPerWord = syllables / words.length;
  const wordsPerSentence = words.length / sentences;
  const raw =
    language === "es"
      ? 206.835 - 62.3 * syllablesPerWord - wordsPerSentence
      : 248.835 - 84.6 * syllablesPerWord - 1.015 * wordsPerSentence;
  return {
    score: Math.round(Math.min(100, Math.max(0, raw)) * 10) / 10,
    formula,
    words: words.length,
    sentences,
    syllables,
  };
}

export function countWords(text: string): number {
  return text.match(wordPattern)?.length ?? 0;
}
