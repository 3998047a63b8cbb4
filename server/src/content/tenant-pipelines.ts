// The content pipelines as a tenant calls them, whatever the door (REST, tRPC, jobs): the cross-border transfer
// policy checked first, the tenant's culture, translation memory and brand examples applied, the items counted.
// Each door only maps its own input and output; what a call may do is decided here, once.
import {
  type GenerateRequest,
  type GenerateResponse,
  type GenerateStreamEvent,
  generate,
  type LocalizedResult,
  localize,
  streamGenerate,
  validateDocument,
} from "@frontier-ai/core";
import { complianceFor } from "../compliance/service.ts";
import type { Services } from "../context.ts";
import type { GenerateContentBody, LocalizeBody, ValidateBody } from "../http/routes/content.ts";
import { createLocalizeJob, type LocalizeJobBody } from "../jobs/localize-job.ts";
import { generationContext } from "../learning/brand-memory.ts";
import { tenantTranslationMemory } from "../translation-memory.ts";

/** Localizes for a tenant: refused (422) when its settings forbid sending these markets' copy to the provider. */
export async function localizeForTenant(
  services: Services,
  tenantId: string,
  input: LocalizeBody,
  signal?: AbortSignal,
): Promise<LocalizedResult[]> {
  const [, culture] = await Promise.all([
    complianceFor(services).assertTransferAllowed(tenantId, input.provider, input.target_locales),
    services.cultures.forTenant(tenantId),
  ]);
  const results = await localize(
    {
      content: input.content,
      from: input.source_locale,
      to: input.target_locales,
      tenant: tenantId,
      ...(input.format !== undefined && { format: input.format }),
      ...(input.provider !== undefined && { provider: input.provider }),
      ...(input.glossary !== undefined && { glossary: input.glossary }),
      ...(input.brand_voice !== undefined && { brandVoice: input.brand_voice }),
      ...(input.content_type !== undefined && { contentType: input.content_type }),
      ...(input.block_attributes !== undefined && {
        markupOptions: {
          richTextAttributes: input.block_attributes.rich_text ?? [],
          plainTextAttributes: input.block_attributes.plain_text ?? [],
        },
      }),
      ...(signal !== undefined && { signal }),
    },
    {
      models: services.models,
      memory: tenantTranslationMemory(services.repository, tenantId),
      ...(culture && { culture }),
    },
  );
  for (const result of results) {
    services.metrics.countContentItem({ operation: "localize", market: result.locale, provider: result.provider });
  }
  return results;
}

/** What a generation for a tenant runs with: checked, with its brand examples and culture. */
async function prepareGeneration(
  services: Services,
  tenantId: string,
  input: GenerateContentBody,
  signal?: AbortSignal,
) {
  const [, learned] = await Promise.all([
    complianceFor(services).assertTransferAllowed(tenantId, input.provider, [input.target_country]),
    generationContext(services, tenantId, input),
  ]);
  const request: GenerateRequest = {
    ...input,
    tenant: tenantId,
    brandExamples: learned.brandExamples,
    ...(signal !== undefined && { signal }),
  };
  const dependencies = { models: services.models, ...(learned.culture && { culture: learned.culture }) };
  const count = (response: GenerateResponse) =>
    services.metrics.countContentItem({
      operation: "generate",
      market: response.metadata.locale,
      provider: response.metadata.provider,
    });
  return { request, dependencies, count };
}

export async function generateForTenant(
  services: Services,
  tenantId: string,
  input: GenerateContentBody,
  signal?: AbortSignal,
): Promise<GenerateResponse> {
  const { request, dependencies, count } = await prepareGeneration(services, tenantId, input, signal);
  const response = await generate(request, dependencies);
  count(response);
  return response;
}

/** The streamed generation; the checks run before the first event, so a refusal is still a plain error. */
export async function streamGenerateForTenant(
  services: Services,
  tenantId: string,
  input: GenerateContentBody,
  signal?: AbortSignal,
): Promise<AsyncIterable<GenerateStreamEvent>> {
  const { request, dependencies, count } = await prepareGeneration(services, tenantId, input, signal);
  return (async function* () {
    for await (const event of streamGenerate(request, dependencies)) {
      if (event.type === "result") count(event.response);
      yield event;
    }
  })();
}

export async function validateForTenant(services: Services, tenantId: string, input: ValidateBody) {
  const culture = await services.cultures.forTenant(tenantId);
  return { findings: validateDocument(input.content, input.locale, input.format ?? "auto", culture) };
}

/** A batch job is checked against the transfer policy when it is created, not item by item in the worker. */
export async function createJobForTenant(services: Services, tenantId: string, input: LocalizeJobBody) {
  const [, culture] = await Promise.all([
    complianceFor(services).assertTransferAllowed(tenantId, input.provider, input.target_locales),
    services.cultures.forTenant(tenantId),
  ]);
  return createLocalizeJob(services.repository, tenantId, input, culture);
}
