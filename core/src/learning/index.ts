// The learning loop: editor diffs, lexicon suggestions, variant selection, experiment reports, datasets, memory.
export type { BetaPosterior, VariantStats } from "./bandit.ts";
export { chooseVariant, NoVariantsError, posterior } from "./bandit.ts";
export { betaCdf, betaMean, betaQuantile, probabilityBeats } from "./beta.ts";
export type { MemoryEntry, MemoryMatch, RecallOptions } from "./brand-memory.ts";
export { fewShotBlock, recall } from "./brand-memory.ts";
export type { DataCard, ExportOptions, FineTuningDataset, TrainingExample } from "./dataset.ts";
export { exportFineTuningDataset, isValidationContent } from "./dataset.ts";
export type { EditOperation, Replacement, SegmentEdit } from "./edit-diff.ts";
export { diffSegment, normalizePhrase } from "./edit-diff.ts";
export type { Embedder } from "./embedding.ts";
export {
  cosineSimilarity,
  hashingEmbedder,
  hashingEmbedding,
  normalize as normalizeVector,
  vectorFromBytes,
  vectorToBytes,
} from "./embedding.ts";
export type { ExperimentReport, ReportOptions, StopDecision, VariantReport } from "./experiment-report.ts";
export { experimentReport, UnknownControlError } from "./experiment-report.ts";
export type { FineTunedModel } from "./fine-tuned-candidate.ts";
export { withFineTunedCandidate } from "./fine-tuned-candidate.ts";
export type { OpenAiChatFineTuningLine, ShareGptLine } from "./fine-tuning-format.ts";
export { openAiChatFineTuningLine, shareGptLine } from "./fine-tuning-format.ts";
export type { LayeredLexicon, LexiconOverride } from "./lexicon-overrides.ts";
export { createTenantCultures, createTenantEngines, layerLexiconOverrides } from "./lexicon-overrides.ts";
export type { EditObservation, LexiconSuggestion, SuggestionThresholds } from "./lexicon-suggestions.ts";
export { suggestLexiconOverrides, wilsonLowerBound } from "./lexicon-suggestions.ts";
export type { FineTuningOptions, FineTuningResult } from "./openai-fine-tuning.ts";
export { FineTuningFailedError, runOpenAiFineTuning } from "./openai-fine-tuning.ts";
export type { Random } from "./random.ts";
export { hash32, sampleBeta, seededRandom } from "./random.ts";
