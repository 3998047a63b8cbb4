import { createHash } from "node:crypto";
import { type TenantCulture, vocabularyVersion } from "@frontier-ai/core";
import { z } from "zod";
import type { Job, JobItem, Repository } from "../db/repository.ts";
import { providerIds } from "../models.ts";
import type { JobStatus } from "../types.ts";

/** The kind of every batch-localization job. */
export const localizeJobKind = "localize";

const jobFormats = ["auto", "text", "html", "markdown", "rich-text"] as const;

export const localizeJobBody = z.strictObject({
  items: z
    .array(
      z.strictObject({
        document: z.string().min(1).max(191).describe("A document id or the caller's own id (a product's SKU)"),
        field: z.string().min(1).max(100).describe("The field of the document: title, body_html ..."),
        text: z.string().min(1).max(20_000),
        format: z.enum(jobFormats).optional().describe("This item's format, when it differs from the job's"),
      }),
    )
    .min(1)
    .max(10_000),
  source_locale: z.string().min(2).max(20),
  target_locales: z.array(z.string().min(2).max(20)).min(1).max(25),
  provider: z.enum(providerIds).optional(),
  format: z.enum(jobFormats).optional(),
});
export type LocalizeJobBody = z.infer<typeof localizeJobBody>;

/** One job item: one field of one document into one locale. */
export const localizeItemInput = z.object({
  document: z.string(),
  field: z.string(),
  text: z.string(),
  sourceLocale: z.string(),
  locale: z.string(),
  sourceDigest: z.string(),
  format: z.enum(jobFormats),
  provider: z.enum(providerIds).optional(),
});
export type LocalizeItemInput = z.infer<typeof localizeItemInput>;

/**
 * SHA-256 of the source locale and text, and of the tenant's lexicon overrides for the pair when it has any: copy
 * is written again only when its source, or the vocabulary it was written with, changed.
 */
export function sourceDigest(sourceLocale: string, text: string, vocabulary = ""): string {
  return createHash("sha256")
    .update(`${sourceLocale}\u0000${text}${vocabulary === "" ? "" : `\u0000${vocabulary}`}`)
    .digest("hex");
}

/** Expands items × target locales into job items and stores the job (queued). */
export async function createLocalizeJob(
  repository: Repository,
  tenantId: string,
  body: LocalizeJobBody,
  culture?: TenantCulture,
): Promise<Job> {
  const items: LocalizeItemInput[] = [];
  for (const item of body.items) {
    for (const locale of body.target_locales) {
      const digest = sourceDigest(
        body.source_locale,
        item.text,
        vocabularyVersion(culture, [body.source_locale, locale]),
      );
      items.push({
        document: item.document,
        field: item.field,
        text: item.text,
        sourceLocale: body.source_locale,
        locale,
        sourceDigest: digest,
        format: item.format ?? body.format ?? "auto",
        ...(body.provider && { provider: body.provider }),
      });
    }
  }
  return repository.jobs.create(tenantId, {
    kind: localizeJobKind,
    input: {
      source_locale: body.source_locale,
      target_locales: body.target_locales,
      ...(body.provider && { provider: body.provider }),
    },
    items,
  });
}

export interface JobView {
  id: string;
  kind: string;
  status: JobStatus;
  total: number;
  counts: Record<JobStatus, number>;
  created_at: string;
  updated_at: string;
  items: JobItemView[];
  next_offset: number | null;
}

export interface JobItemView {
  position: number;
  document: string;
  field: string;
  locale: string;
  status: JobStatus;
  attempts: number;
  content: string | null;
  reused: boolean;
  error: string | null;
}

/** The job as the API shows it: counts and one page of per-item results. */
export async function viewJob(
  repository: Repository,
  tenantId: string,
  jobId: string,
  page: { offset: number; limit: number },
): Promise<JobView | null> {
  const job = await repository.jobs.get(tenantId, jobId);
  if (!job) return null;
  const [counts, items] = await Promise.all([
    repository.jobs.countItems(tenantId, jobId),
    repository.jobs.listItems(tenantId, jobId, page),
  ]);
  const end = page.offset + items.length;
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    total: job.totalItems,
    counts,
    created_at: new Date(job.createdAt).toISOString(),
    updated_at: new Date(job.updatedAt).toISOString(),
    items: items.map(viewItem),
    next_offset: end < job.totalItems ? end : null,
  };
}

function viewItem(item: JobItem): JobItemView {
  const input = localizeItemInput.safeParse(item.input);
  const output = item.output ?? {};
  return {
    position: item.position,
    document: input.success ? input.data.document : "",
    field: input.success ? input.data.field : "",
    locale: input.success ? input.data.locale : "",
    status: item.status,
    attempts: item.attempts,
    content: typeof output.content === "string" ? output.content : null,
    reused: output.reused === true,
    error: item.error,
  };
}
