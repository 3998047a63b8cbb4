// A tenant's culture: the engine the pipelines lint, repair and adapt with, and the vocabulary choices behind it.
import type { CultureEngine } from "../culture/index.ts";

/** In `locale`, write `to` where the bundled lexicon says `from`: a choice a tenant's admin accepted. */
export interface VocabularyChoice {
  readonly locale: string;
  readonly from: string;
  readonly to: string;
}

/**
 * What the pipelines take instead of the bundled culture: `engine` lints, repairs and (through the offline rules
 * provider) adapts with the tenant's choices layered over the bundled lexicon; model providers read `vocabulary`
 * in their system prompt.
 */
export interface TenantCulture {
  readonly engine: CultureEngine;
  readonly vocabulary: readonly VocabularyChoice[];
}

/** The choices that bear on copy between these markets, in a stable order. */
export function vocabularyFor(culture: TenantCulture | undefined, locales: readonly string[]): VocabularyChoice[] {
  if (culture === undefined) return [];
  return culture.vocabulary
    .filter((choice) => locales.includes(choice.locale))
    .toSorted(
      (left, right) =>
        left.locale.localeCompare(right.locale) ||
        left.from.localeCompare(right.from) ||
        left.to.localeCompare(right.to),
    );
}

/** The system-prompt lines for one market's choices; empty when it has none. */
export function vocabularyPrompt(culture: TenantCulture | undefined, locale: string): string {
  const choices = vocabularyFor(culture, [locale]);
  if (choices.length === 0) return "";
  const lines = choices.map((choice) => `- write "${choice.to}" where you would write "${choice.from}"`);
  return `This brand's own vocabulary for ${locale} (it overrides the lists above):\n${lines.join("\n")}`;
}

/**
 * A suffix for translation-memory keys: translations made under other choices for these markets are not reused.
 * Empty without choices, so tenants without overrides keep the bundled culture's keys.
 */
export function vocabularyVersion(culture: TenantCulture | undefined, locales: readonly string[]): string {
  const choices = vocabularyFor(culture, locales);
  return choices.length === 0 ? "" : `+${JSON.stringify(choices.map(({ locale, from, to }) => [locale, from, to]))}`;
}
