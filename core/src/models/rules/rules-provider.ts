import { resolveMarket } from "@frontier-ai/cultural-profiles";
import type { BriefMessage } from "../../content/generate/brief.ts";
import { composeFromTemplates } from "../../content/generate/compose.ts";
import { resolveIndustry } from "../../content/generate/industries.ts";
import type { SegmentRequest } from "../../content/localize/segment-protocol.ts";
import { type CultureEngine, defaultEngine } from "../../culture/index.ts";
import type { ModelProvider, ModelRequest, ModelResult, ModelStreamEvent } from "../contract/index.ts";
import { StructuredOutputError } from "../errors/structured-output-error.ts";
import { UnsupportedCapabilityError } from "../errors/unsupported-capability-error.ts";

export const rulesProviderId = "rules";

/** Spanish templates are written in the tú form with neutral Latin American words: Mexico's variant. */
const spanishTemplateLocale = "es-MX";

const modelProviders = ["openai", "anthropic", "compatible"] as const;

interface Change {
  from: string;
  to: string;
  reason: string;
  rule?: string;
}

function sameLanguage(from: string, to: string): boolean {
  const source = resolveMarket(from);
  const target = resolveMarket(to);
  return source !== undefined && target !== undefined && source.language.code === target.language.code;
}

function unsupported(message: string): UnsupportedCapabilityError {
  return new UnsupportedCapabilityError({
    provider: rulesProviderId,
    capability: "request",
    message,
    alternatives: modelProviders,
  });
}

function readPipelineRequest(request: ModelRequest): SegmentRequest | BriefMessage {
  const last = request.messages.at(-1);
  let parsed: unknown;
  try {
    parsed = last && last.role === "user" ? JSON.parse(last.content) : undefined;
  } catch {
    parsed = undefined;
  }
  const task = (parsed as { task?: unknown } | undefined)?.task;
  if (task === "localize" || task === "generate") return parsed as SegmentRequest | BriefMessage;
  throw unsupported(
    "The offline rules provider answers Frontier's localize and generate requests only; free-form prompts " +
      `need a model provider (${modelProviders.join(", ")}).`,
  );
}

function changesOf(adaptations: readonly { from: string; to: string; reason: string; rule: string }[]): Change[] {
  return adaptations.map(({ from, to, reason, rule }) => ({ from, to, reason, rule }));
}

function localizeSegments(
  request: SegmentRequest,
  engine: CultureEngine,
): { segments: { id: string; text: string }[]; changes: Change[] } {
  if (!sameLanguage(request.source_locale, request.target_locale)) {
    throw unsupported(
      `The offline rules provider adapts between variants of one language; ${request.source_locale} → ` +
        `${request.target_locale} needs a model provider (${modelProviders.join(", ")}).`,
    );
  }
  const changes: Change[] = [];
  const segments = request.segments.map((segment) => {
    const result = engine.transfer(segment.text, request.source_locale, request.target_locale);
    changes.push(...changesOf(result.adaptations));
    return { id: segment.id, text: result.text };
  });
  return { segments, changes };
}

function generateCopy(brief: BriefMessage, engine: CultureEngine): { content: string; adaptations: Change[] } {
  const profile = resolveMarket(brief.locale);
  if (!profile) throw unsupported(`The rules provider has no templates for ${brief.locale}.`);
  const composed = composeFromTemplates({
    subject: brief.prompt,
    contentType: brief.content_type,
    industry: resolveIndustry(brief.industry).industry,
    tone: brief.tone,
    targetWords: brief.target_words,
    language: profile.language.code,
    ...(brief.retail_event !== undefined && { event: brief.retail_event }),
  });
  if (profile.language.code !== "es" || profile.locale === spanishTemplateLocale) {
    return { content: composed, adaptations: [] };
  }
  const adapted = engine.transfer(composed, spanishTemplateLocale, profile.locale);
  return { content: adapted.text, adaptations: changesOf(adapted.adaptations) };
}

function answer(request: ModelRequest, model: string): ModelResult {
  request.signal?.throwIfAborted();
  const pipelineRequest = readPipelineRequest(request);
  // A tenant's engine (its lexicon overrides) when the pipeline passes one.
  const engine = request.culture ?? defaultEngine();
  const object =
    pipelineRequest.task === "localize"
      ? localizeSegments(pipelineRequest, engine)
      : generateCopy(pipelineRequest, engine);
  const text =
    request.output || pipelineRequest.task === "localize"
      ? JSON.stringify(object)
      : (object as { content: string }).content;
  let validated: unknown = object;
  if (request.output?.validate) {
    try {
      validated = request.output.validate(object);
    } catch (error) {
      throw new StructuredOutputError({
        provider: rulesProviderId,
        text,
        message: `rules: answer failed validation: ${error instanceof Error ? error.message : String(error)}`,
        cause: error,
      });
    }
  }
  return {
    text,
    object: validated,
    usage: { inputTokens: 0, outputTokens: 0 },
    finishReason: "stop",
    provider: rulesProviderId,
    model,
  };
}

/**
 * The offline provider: no network, no key. It answers the pipelines' structured requests with the
 * cultural engine (localization between variants of one language) and per-market templates
 * (generation), and refuses what it cannot do — Spanish ↔ Portuguese, free-form prompts — with an
 * error naming the providers that can.
 */
export function createRules(): ModelProvider {
  return {
    id: rulesProviderId,
    capabilities: {
      structuredOutput: true,
      streaming: true,
      translates: sameLanguage,
      remote: false,
    },
    isConfigured: () => true,
    generate: async (model, request) => answer(request, model),
    stream: (model, request) => streamAnswer(model, request),
  };
}

async function* streamAnswer(model: string, request: ModelRequest): AsyncGenerator<ModelStreamEvent> {
  const result = answer({ ...request, output: undefined }, model);
  const body = (result.object as { content?: string } | undefined)?.content ?? result.text;
  // Sentence by sentence, so a streaming UI shows progress the same way as with a model.
  for (const piece of body.match(/[^.!?\n]+[.!?]*\s*|\n+/g) ?? [body]) yield { type: "text-delta", text: piece };
  yield { type: "finish", result: { ...result, text: body } };
}
