import type { MarketProfile } from "@frontier-ai/cultural-profiles";
import { type CultureEngine, type Finding, repair } from "../../culture/index.ts";
import type { ModelResult } from "../../models/contract/index.ts";
import { NoProviderAvailableError } from "../../models/errors/index.ts";
import type { ContentType } from "../content-types.ts";
import { ModelAnswerRejectedError, UnsupportedByProvidersError } from "../errors.ts";
import { lintForMarket } from "../market-lint.ts";
import {
  marketIdioms,
  marketSystemPrompt,
  resolveLocale,
  resolveSourceLocale,
  type SourceLanguage,
} from "../markets.ts";
import { type MarkupFormat, type MarkupOptions, parseMarkup, type Segment } from "../markup/index.ts";
import type { ModelCaller } from "../model-caller.ts";
import { pseudonymizer } from "../privacy.ts";
import { scoreCopy } from "../score/index.ts";
import { type TenantCulture, vocabularyPrompt, vocabularyVersion } from "../tenant-culture.ts";
import { attributeChanges } from "./attribute-changes.ts";
import { compileGlossary, type GlossaryEntry, unprotectGlossary } from "./glossary.ts";
import {
  type SegmentAnswer,
  type SegmentRequest,
  segmentAnswerJsonSchema,
  segmentProtocolInstructions,
  validateSegmentAnswer,
} from "./segment-protocol.ts";
import type { RememberedTranslation, TranslationMemory } from "./translation-memory.ts";

export interface LocalizeRequest {
  content: string;
  format?: MarkupFormat | "auto";
  /** More HTML attributes or Gutenberg block attributes (a custom block's text) to translate. */
  markupOptions?: MarkupOptions;
  /** Source locale, e.g. `es-ES`. */
  from: string;
  /** Target locales, e.g. `["es-AR", "es-MX"]`. */
  to: readonly string[];
  /** Restrict the call to one provider id (`rules`, `openai`, `anthropic`, `compatible`). */
  provider?: string;
  /** A model id for `provider`. */
  model?: string;
  glossary?: readonly GlossaryEntry[];
  /** A short description of the brand's voice, added to the prompt of model providers. */
  brandVoice?: string;
  contentType?: ContentType;
  tenant?: string;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

/** What changed and why, as results report it (the cultural engine's own Adaptation also carries offsets). */
export interface CopyAdaptation {
  from: string;
  to: string;
  reason: string;
  rule?: string;
  /** `translation-memory` when the adaptation was made earlier, in the remembered translation of a segment. */
  source?: "translation-memory";
}

/** A finding of the market's linter; `start`/`end` are offsets in the text of `segment`. */
export interface LocalizedFinding extends Finding {
  segment: string;
}

export interface LocalizedResult {
  locale: string;
  content: string;
  adaptations: CopyAdaptation[];
  findings: LocalizedFinding[];
  score: number;
  scoreBreakdown: ReturnType<typeof scoreCopy>["parts"];
  provider: string;
  model: string;
}

export interface LocalizeDependencies {
  models: ModelCaller;
  memory?: TranslationMemory;
  /** A tenant's culture (its accepted lexicon overrides); the bundled one otherwise. */
  culture?: TenantCulture;
}

interface PreparedSegment {
  segment: Segment;
  /** The text sent out: glossary terms and personal data replaced by tokens. */
  protectedText: string;
  glossaryTokens: ReadonlyMap<string, string>;
  hasPersonalData: boolean;
}

/**
 * Localizes a document into each target market. Markup never travels: the document is split into
 * segments, personal data and glossary terms become tokens, the router's provider adapts the text, the
 * answer is checked against the segment protocol, then linted and repaired for the market, re-inserted,
 * and the markup outside the text is verified byte for byte.
 */
export async function localize(
  request: LocalizeRequest,
  dependencies: LocalizeDependencies,
): Promise<LocalizedResult[]> {
  const source = resolveSourceLocale(request.from, "source_locale");
  const targets = request.to.map((locale, index) => resolveLocale(locale, `target_locales[${index}]`));
  const document = parseMarkup(request.content, request.format ?? "auto", request.markupOptions);
  const protect = compileGlossary(request.glossary ?? []);
  const { pseudonymize, restore } = pseudonymizer();
  const prepared: PreparedSegment[] = document.segments.map((segment) => {
    const glossary = protect(segment.text);
    const pseudonymized = pseudonymize(glossary.text);
    return {
      segment,
      protectedText: pseudonymized.text,
      glossaryTokens: glossary.tokens,
      hasPersonalData: pseudonymized.text !== glossary.text,
    };
  });

  const results: LocalizedResult[] = [];
  for (const target of targets) {
    results.push(
      await localizeOne({ request, source, target, prepared, restore, dependencies, reassemble: document.reassemble }),
    );
  }
  return results;
}

interface OneTarget {
  request: LocalizeRequest;
  source: SourceLanguage;
  target: MarketProfile;
  prepared: readonly PreparedSegment[];
  restore: (text: string) => string;
  dependencies: LocalizeDependencies;
  reassemble: (translations: ReadonlyMap<string, string>) => string;
}

async function localizeOne(job: OneTarget): Promise<LocalizedResult> {
  const { request, source, target, prepared, dependencies } = job;
  const translations = new Map<string, string>();
  const adaptations: CopyAdaptation[] = [];
  let provider = "none";
  let model = "none";

  if (source.locale !== target.locale) {
    const pending: PreparedSegment[] = [];
    for (const item of prepared) {
      const remembered = await rememberedTranslation(job, item);
      if (remembered === undefined) {
        pending.push(item);
        continue;
      }
      translations.set(item.segment.id, remembered.translation);
      for (const { from, to, reason } of remembered.changes) {
        adaptations.push({ from, to, reason, source: "translation-memory" });
      }
    }
    if (pending.length > 0) {
      const segmentRequest: SegmentRequest = {
        task: "localize",
        source_locale: source.locale,
        target_locale: target.locale,
        segments: pending.map((item) => ({
          id: item.segment.id,
          text: item.protectedText,
          ...(item.segment.context !== undefined && { context: item.segment.context }),
        })),
      };
      const { answer, result } = await callProvider(job, segmentRequest);
      provider = result.provider;
      model = result.model;
      adaptations.push(...answer.changes);
      const answered = pending.map((item, index) => ({
        source: item.protectedText,
        translation: answer.segments[index]?.text ?? item.protectedText,
      }));
      const changesBySegment = attributeChanges(answered, answer.changes);
      for (const [index, item] of pending.entries()) {
        const translation = answered[index]?.translation ?? item.protectedText;
        translations.set(item.segment.id, translation);
        if (!item.hasPersonalData && dependencies.memory) {
          const changes = changesBySegment[index] ?? [];
          await dependencies.memory.set(memoryKey(job, item), { translation, changes });
        }
      }
    } else {
      provider = "translation-memory";
    }
  }

  // Back to real text, then the market's linter and its deterministic repairs.
  const finalTexts = new Map<string, string>();
  for (const item of prepared) {
    const translated = translations.get(item.segment.id) ?? item.protectedText;
    finalTexts.set(item.segment.id, job.restore(unprotectGlossary(translated, item.glossaryTokens)));
  }
  const protectedPhrases = new Map(prepared.map((item) => [item.segment.id, [...item.glossaryTokens.values()]]));
  const engine = dependencies.culture?.engine;
  let findings = lintSegments(finalTexts, target, adaptations, protectedPhrases, engine);

  if (findings.some((finding) => finding.severity === "error") && provider !== "rules" && provider !== "none") {
    await reprompt(job, finalTexts, findings, adaptations);
    findings = lintSegments(finalTexts, target, adaptations, protectedPhrases, engine);
  }

  const content = job.reassemble(finalTexts);
  const plainText = [...finalTexts.values()].join("\n\n");
  const score = scoreCopy({
    text: plainText,
    language: target.language.code,
    findings,
    ...(request.contentType !== undefined && { contentType: request.contentType }),
    marketIdioms: marketIdioms(target),
  });
  return {
    locale: target.locale,
    content,
    adaptations,
    findings,
    score: score.total,
    scoreBreakdown: score.parts,
    provider,
    model,
  };
}

/** The linter's applied suggestions, reported like any other adaptation. */
export function repairsAsAdaptations(text: string, applied: readonly Finding[]): CopyAdaptation[] {
  return applied.map((finding) => ({
    from: text.slice(finding.start, finding.end),
    to: finding.suggestion ?? "",
    reason: finding.message,
    rule: finding.rule,
  }));
}

/**
 * Keyed on the provider the caller asked for (or the router's choice), so a lookup finds what a store wrote, and on
 * the tenant's vocabulary choices for both markets, so a new choice is not answered with an old translation.
 */
function memoryKey(job: OneTarget, item: PreparedSegment) {
  const provider = job.request.provider ?? "router";
  const vocabulary = vocabularyVersion(job.dependencies.culture, [job.source.locale, job.target.locale]);
  return {
    source: item.protectedText,
    from: job.source.locale,
    to: job.target.locale,
    profileVersion: job.target.version + vocabulary,
    provider,
  };
}

/** Segments with personal data are never stored, so the memory holds no personal data. */
async function rememberedTranslation(
  job: OneTarget,
  item: PreparedSegment,
): Promise<RememberedTranslation | undefined> {
  const memory = job.dependencies.memory;
  if (!memory || item.hasPersonalData) return undefined;
  return memory.get(memoryKey(job, item));
}

function systemPrompt(job: OneTarget): string {
  const parts = [marketSystemPrompt(job.target), segmentProtocolInstructions];
  const vocabulary = vocabularyPrompt(job.dependencies.culture, job.target.locale);
  if (vocabulary !== "") parts.push(vocabulary);
  if (job.request.brandVoice) parts.push(`Brand voice: ${job.request.brandVoice}`);
  return parts.join("\n\n");
}

async function callProvider(
  job: OneTarget,
  segmentRequest: SegmentRequest,
): Promise<{ answer: SegmentAnswer; result: ModelResult }> {
  const { request, source, target } = job;
  try {
    const result = await job.dependencies.models.generate({
      task: "localize",
      system: systemPrompt(job),
      messages: [{ role: "user", content: JSON.stringify(segmentRequest) }],
      output: {
        name: "localized_segments",
        schema: segmentAnswerJsonSchema,
        validate: (value) => validateSegmentAnswer(segmentRequest, value),
      },
      temperature: 0.2,
      languagePair: { from: source.locale, to: target.locale },
      ...(request.provider !== undefined && { provider: request.provider }),
      ...(request.model !== undefined && { model: request.model }),
      ...(request.contentType !== undefined && { contentType: request.contentType }),
      ...(request.tenant !== undefined && { tenant: request.tenant }),
      ...(request.idempotencyKey !== undefined && { idempotencyKey: `${request.idempotencyKey}:${target.locale}` }),
      ...(request.signal !== undefined && { signal: request.signal }),
      ...(job.dependencies.culture !== undefined && { culture: job.dependencies.culture.engine }),
    });
    return { answer: validateSegmentAnswer(segmentRequest, result.object), result };
  } catch (error) {
    if (error instanceof NoProviderAvailableError && noneCouldTranslate(error)) {
      const why =
        source.language.code === target.language.code
          ? `the offline rules provider adapts only from a market's own variant (es-ES, es-MX, es-AR …)`
          : "the offline rules provider adapts between variants of one language only";
      throw new UnsupportedByProvidersError({
        message:
          `Localizing ${source.locale} → ${target.locale} needs a model provider: ${why}. Configure openai ` +
          "(OPENAI_API_KEY), anthropic (ANTHROPIC_API_KEY) or compatible (FRONTIER_COMPATIBLE_BASE_URL).",
        capableProviders: ["openai", "anthropic", "compatible"],
      });
    }
    if (error instanceof Error && error.name === "StructuredOutputError") {
      throw new ModelAnswerRejectedError({ problems: [error.message], cause: error });
    }
    throw error;
  }
}

/**
 * Whether the route failed because no configured provider translates between these languages, rather than
 * because the ones that do are failing or paused (an open breaker, a spent budget): that is an outage to retry,
 * not a configuration to change.
 */
function noneCouldTranslate(error: NoProviderAvailableError): boolean {
  const configurationGaps = [
    "skipped:cannot-translate",
    "skipped:not-configured",
    "skipped:unknown-provider",
    "skipped:no-structured-output",
  ];
  return error.attempts.every((attempt) => configurationGaps.includes(attempt.outcome));
}

function lintSegments(
  texts: Map<string, string>,
  target: MarketProfile,
  adaptations: CopyAdaptation[],
  protectedPhrases: ReadonlyMap<string, readonly string[]>,
  engine: CultureEngine | undefined,
): LocalizedFinding[] {
  const findings: LocalizedFinding[] = [];
  for (const [id, text] of texts) {
    // Glossary output is the merchant's decision: never flagged, never "repaired".
    const spans = phraseSpans(text, protectedPhrases.get(id) ?? []);
    const lintText = (value: string) =>
      lintForMarket(value, target.locale, engine).filter(
        (finding) => !spans.some(([start, end]) => finding.start < end && finding.end > start),
      );
    const found = lintText(text);
    if (found.length === 0) continue;
    const repaired =
      engine === undefined ? repair(text, target.locale, found) : engine.repair(text, target.locale, found);
    if (repaired.text !== text) {
      texts.set(id, repaired.text);
      adaptations.push(...repairsAsAdaptations(text, repaired.applied));
    }
    for (const finding of repaired.text === text ? found : lintText(repaired.text)) {
      findings.push({ ...finding, segment: id });
    }
  }
  return findings;
}

function phraseSpans(text: string, phrases: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const phrase of phrases) {
    if (phrase === "") continue;
    for (let index = text.indexOf(phrase); index >= 0; index = text.indexOf(phrase, index + phrase.length)) {
      spans.push([index, index + phrase.length]);
    }
  }
  return spans;
}

/** One more request for the segments the linter still faults, with the findings attached. */
async function reprompt(
  job: OneTarget,
  texts: Map<string, string>,
  findings: readonly LocalizedFinding[],
  adaptations: CopyAdaptation[],
): Promise<void> {
  const faulted = new Set(findings.filter((finding) => finding.severity === "error").map((finding) => finding.segment));
  const { pseudonymize, restore } = pseudonymizer();
  const segments = [...texts]
    .filter(([id]) => faulted.has(id))
    .map(([id, text]) => ({ id, text: pseudonymize(text).text }));
  const segmentRequest: SegmentRequest = {
    task: "localize",
    source_locale: job.target.locale,
    target_locale: job.target.locale,
    segments,
    findings: findings
      .filter((finding) => faulted.has(finding.segment))
      .map((finding) => ({
        id: finding.segment,
        rule: finding.rule,
        message: finding.message,
        ...(finding.suggestion !== undefined && { suggestion: finding.suggestion }),
      })),
  };
  try {
    const { answer } = await callProvider(job, segmentRequest);
    adaptations.push(...answer.changes);
    for (const segment of answer.segments) texts.set(segment.id, restore(segment.text));
  } catch (error) {
    // The first answer stands (with its findings reported) when the re-prompt itself fails.
    if (!(error instanceof ModelAnswerRejectedError)) throw error;
  }
}
