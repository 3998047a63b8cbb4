// @frontier-ai/core/content: markup adapters and the localize and generate pipelines.
export {
  type ContentType,
  type ContentTypeSpec,
  contentTypeSpecs,
  contentTypes,
  isContentType,
  type LengthAlias,
  lengthAliases,
  targetWords,
} from "./content-types.ts";
export { InvalidContentRequestError, ModelAnswerRejectedError, UnsupportedByProvidersError } from "./errors.ts";
export { type Brief, type GenerateRequest, parseBrief, upcomingEvent } from "./generate/brief.ts";
export { composeFromTemplates, type TemplateBrief } from "./generate/compose.ts";
export {
  boundedExamples,
  brandExamplesBlock,
  type GenerateDependencies,
  type GenerateMetadata,
  type GenerateResponse,
  type GenerateStreamEvent,
  generate,
  maxExampleCharacters,
  maxExamplesCharacters,
  streamGenerate,
} from "./generate/generate.ts";
export { type Industry, industries, resolveIndustry } from "./generate/industries.ts";
export { isTone, type Tone, tones } from "./generate/tones.ts";
export { type AnsweredSegment, attributeChanges } from "./localize/attribute-changes.ts";
export type { GlossaryEntry } from "./localize/glossary.ts";
export {
  type CopyAdaptation,
  type LocalizeDependencies,
  type LocalizedFinding,
  type LocalizedResult,
  type LocalizeRequest,
  localize,
  repairsAsAdaptations,
} from "./localize/localize.ts";
export {
  createMemoryTranslationMemory,
  type RememberedChange,
  type RememberedTranslation,
  type TranslationMemory,
  type TranslationMemoryKey,
  translationMemoryDigest,
} from "./localize/translation-memory.ts";
export { lintForMarket, type MarketFinding } from "./market-lint.ts";
export { marketIdioms, resolveLocale } from "./markets.ts";
export * from "./markup/index.ts";
export { createModelCaller, type ModelCaller, type ModelCallRequest } from "./model-caller.ts";
export { type Pseudonymizer, pseudonymizer } from "./privacy.ts";
export * from "./score/index.ts";
export { type TenantCulture, type VocabularyChoice, vocabularyVersion } from "./tenant-culture.ts";
export { type DocumentFinding, validateDocument } from "./validate.ts";
