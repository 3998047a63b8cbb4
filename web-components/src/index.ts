// Every element, registered on import, and the public types.
export type { FrontierApiIssue } from "./api/frontier-api-error.ts";
export { FrontierApiError } from "./api/frontier-api-error.ts";
export type * from "./api/types.ts";
export { contentTypes, lengths, tones } from "./api/types.ts";
export { defaultApiBase, FrontierElement } from "./base/frontier-element.ts";
export * from "./events/index.ts";
export { FrontierConsent } from "./frontier-consent/frontier-consent.ts";
export { FrontierCopyGenerator } from "./frontier-copy-generator/frontier-copy-generator.ts";
export type { GenerationRun } from "./frontier-copy-generator/generation-run.ts";
export { FrontierLocalized, type LocalizedState } from "./frontier-localized/frontier-localized.ts";
export { FrontierVariantPreview } from "./frontier-variant-preview/frontier-variant-preview.ts";
export { highlightChanges, type TextSegment } from "./frontier-variant-preview/highlight.ts";
export { fallbackChain, fallbackChains } from "./locale/fallback-chain.ts";
