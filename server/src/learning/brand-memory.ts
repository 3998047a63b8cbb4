import { hashingEmbedding, recall, type TenantCulture } from "@frontier-ai/core";
import { resolveMarket } from "@frontier-ai/cultural-profiles";
import type { Services } from "../context.ts";
import type { Repository } from "../db/repository.ts";
import { hashingModel } from "./edits.ts";

/** The in-memory search's bound per tenant and market: beyond it, the newest entries are searched. */
export const memorySearchLimit = 5_000;
/** Examples a generation prompt shows at most (core bounds their size too). */
export const generationExamples = 3;

/** The tenant's stored copy in `locale` nearest to `text` (brand memory, offline hashing embedding). */
export async function recallMemory(
  repository: Repository,
  tenantId: string,
  locale: string,
  text: string,
  limit: number,
) {
  const entries = await repository.learning.listMemory(tenantId, locale, memorySearchLimit);
  return recall(
    hashingEmbedding(text),
    entries.filter((entry) => entry.model === hashingModel),
    { limit },
  );
}

/**
 * What a generation for a tenant takes from its learning loop: the approved copy of the target market nearest to
 * the prompt (few-shot examples for model providers) and its culture (accepted lexicon overrides). Only this
 * tenant's rows are read. An unknown market yields no examples; the pipeline then names the bad field.
 */
export async function generationContext(
  services: Pick<Services, "repository" | "cultures">,
  tenantId: string,
  request: { prompt: string; target_country: string },
): Promise<{ brandExamples: string[]; culture: TenantCulture | undefined }> {
  const market = resolveMarket(request.target_country);
  const [matches, culture] = await Promise.all([
    market === undefined
      ? []
      : recallMemory(services.repository, tenantId, market.locale, request.prompt, generationExamples),
    services.cultures.forTenant(tenantId),
  ]);
  return { brandExamples: matches.map((match) => match.entry.text), culture };
}
