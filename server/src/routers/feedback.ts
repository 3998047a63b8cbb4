import { defaultEngine, experimentReport, fewShotBlock } from "@frontier-ai/core";
import { z } from "zod";
import type { Services } from "../context.ts";
import { NotFoundError } from "../errors.ts";
import { recallMemory } from "../learning/brand-memory.ts";
import { recordReview, rememberCopy } from "../learning/edits.ts";
import { permissionProcedure, router } from "../trpc.ts";

const locale = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);
const contentId = z.string().min(1).max(64);

export const feedbackRouter = router({
  /** An explicit rating (1–5) with a reason and how well the copy fits the market. */
  rate: permissionProcedure("feedback:write")
    .input(
      z.strictObject({
        contentId: contentId.optional(),
        locale,
        rating: z.number().int().min(1).max(5),
        reason: z.string().max(2000).optional(),
        marketFit: z.number().int().min(1).max(5).optional(),
        variant: z.string().max(64).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const comment = JSON.stringify({ reason: input.reason ?? null, marketFit: input.marketFit ?? null });
      return ctx.services.repository.feedback.add(ctx.principal.tenantId, {
        documentId: input.contentId ?? null,
        locale: input.locale,
        rating: input.rating,
        comment,
        variant: input.variant ?? null,
      });
    }),

  /** The editor's final text per segment against what Frontier wrote: the strongest signal. */
  review: permissionProcedure("feedback:write")
    .input(
      z.strictObject({
        contentId,
        locale,
        kind: z.enum(["generate", "localize"]),
        prompt: z.string().max(20_000),
        segments: z
          .array(z.strictObject({ generated: z.string().max(20_000), final: z.string().max(20_000) }))
          .min(1)
          .max(500),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const result = await recordReview(ctx.services.repository, ctx.services.metrics, ctx.principal.tenantId, input);
      return {
        edited: result.edited,
        segments: result.segments.map((segment) => ({
          operations: segment.operations,
          replacements: segment.replacements,
          changedRatio: segment.changedRatio,
        })),
      };
    }),

  suggestions: permissionProcedure("feedback:read")
    .input(z.strictObject({ status: z.enum(["open", "accepted", "rejected"]).optional() }))
    .query(({ ctx, input }) => ctx.services.repository.learning.listSuggestions(ctx.principal.tenantId, input.status)),

  /** An admin accepts or rejects a suggestion; accepted ones feed the tenant's culture engine. */
  decide: permissionProcedure("content:publish")
    .input(z.strictObject({ id: z.string().min(1).max(64), decision: z.enum(["accepted", "rejected"]) }))
    .mutation(async ({ ctx, input }) => {
      const { repository } = ctx.services;
      const decided = await repository.learning.decideSuggestion(
        ctx.principal.tenantId,
        input.id,
        input.decision,
        Date.now(),
      );
      if (decided === null) throw new NotFoundError("lexicon suggestion", input.id);
      ctx.services.cultures.invalidate(ctx.principal.tenantId);
      await repository.audit.append(ctx.principal.tenantId, {
        actorKeyId: ctx.principal.keyId,
        action: `lexicon.${input.decision}`,
        targetType: "lexicon_suggestion",
        targetId: decided.id,
        data: { locale: decided.locale, from: decided.fromTerm, to: decided.toTerm },
      });
      return decided;
    }),

  /** Copy as the tenant's culture engine (bundled lexicon + accepted overrides) transfers it between markets. */
  transfer: permissionProcedure("content:read")
    .input(z.strictObject({ text: z.string().max(20_000), from: locale, to: locale }))
    .query(async ({ ctx, input }) => {
      const culture = await ctx.services.cultures.forTenant(ctx.principal.tenantId);
      const engine = culture?.engine ?? defaultEngine();
      return { text: engine.transfer(input.text, input.from, input.to).text };
    }),

  addVariant: permissionProcedure("content:write")
    .input(
      z.strictObject({
        contentId,
        locale,
        name: z.string().min(1).max(64),
        content: z.string().min(1).max(100_000),
        control: z.boolean().default(false),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const variant = await ctx.services.repository.learning.addVariant(ctx.principal.tenantId, input);
      forgetServedCopy(ctx.services, ctx.principal.tenantId, input.contentId, input.locale);
      return variant;
    }),

  /**
   * Ends the experiment of a content in one market: the read path serves the published copy again, the report
   * stays. A `winner` (a variant of the experiment) joins the tenant's brand memory as best-performing copy.
   */
  endExperiment: permissionProcedure("content:publish")
    .input(z.strictObject({ contentId, locale, winner: z.string().min(1).max(64).optional() }))
    .mutation(async ({ ctx, input }) => {
      const { repository } = ctx.services;
      const tenantId = ctx.principal.tenantId;
      const variants = await repository.learning.listVariants(tenantId, input.contentId, input.locale, {
        active: true,
      });
      if (variants.length === 0) {
        throw new NotFoundError(`running experiment in ${input.locale} of document`, input.contentId);
      }
      const winner = input.winner === undefined ? undefined : variants.find((variant) => variant.id === input.winner);
      if (input.winner !== undefined && winner === undefined) throw new NotFoundError("variant", input.winner);
      const ended = await repository.learning.endVariants(tenantId, input.contentId, input.locale, ctx.services.now());
      forgetServedCopy(ctx.services, tenantId, input.contentId, input.locale);
      if (winner !== undefined) {
        await rememberCopy(repository, tenantId, {
          locale: input.locale,
          contentId: input.contentId,
          text: winner.content,
        });
      }
      await repository.audit.append(tenantId, {
        actorKeyId: ctx.principal.keyId,
        action: "experiment.ended",
        targetType: "content",
        targetId: input.contentId,
        data: { locale: input.locale, variants: ended, winner: winner?.id ?? null },
      });
      return { ended, winner: winner?.id ?? null };
    }),

  /** Fixed-horizon report of a content's variants in one market: lift, intervals, P(beat control), decision. */
  variantReport: permissionProcedure("analytics:read")
    .input(z.strictObject({ contentId, locale, horizon: z.number().int().min(1).max(10_000_000) }))
    .query(async ({ ctx, input }) => {
      const { learning } = ctx.services.repository;
      const variants = await learning.listVariants(ctx.principal.tenantId, input.contentId, input.locale);
      const control = variants.find((variant) => variant.control) ?? variants[0];
      if (control === undefined) throw new NotFoundError(`variants in ${input.locale} of document`, input.contentId);
      const counts = new Map(
        (await learning.variantCounts(ctx.principal.tenantId, input.contentId, input.locale)).map((row) => [
          row.variantId,
          row,
        ]),
      );
      return experimentReport(
        variants.map((variant) => ({
          id: variant.id,
          impressions: counts.get(variant.id)?.impressions ?? 0,
          conversions: counts.get(variant.id)?.conversions ?? 0,
        })),
        { control: control.id, horizon: input.horizon, seed: 1 },
      );
    }),

  /** The tenant's approved copy nearest to a request, as the few-shot block a generation prompt takes. */
  examples: permissionProcedure("content:read")
    .input(
      z.strictObject({
        locale,
        text: z.string().min(1).max(20_000),
        limit: z.number().int().min(1).max(10).default(3),
      }),
    )
    .query(async ({ ctx, input }) => {
      const matches = await recallMemory(
        ctx.services.repository,
        ctx.principal.tenantId,
        input.locale,
        input.text,
        input.limit,
      );
      return {
        examples: matches.map((match) => ({
          id: match.entry.id,
          text: match.entry.text,
          similarity: match.similarity,
        })),
        prompt: fewShotBlock(matches),
      };
    }),
});

/** After variants change: the read path's cached experiment and published answer of (content, locale) go. */
function forgetServedCopy(services: Services, tenantId: string, contentId: string, locale: string): void {
  services.experiments.invalidate(tenantId, contentId, locale);
  services.publishedCache.invalidate(tenantId, contentId, locale);
}
