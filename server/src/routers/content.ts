import { z } from "zod";
import { generateForTenant, localizeForTenant, validateForTenant } from "../content/tenant-pipelines.ts";
import { NotFoundError } from "../errors.ts";
import { generateContentBody, localizeBody, validateBody } from "../http/routes/content.ts";
import { permissionProcedure, router } from "../trpc.ts";
import { documentFormats } from "../types.ts";

const documentIdInput = z.strictObject({ id: z.string().min(1).max(64) });

export const saveDocumentInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  format: z.enum(documentFormats),
  source_locale: z.string().min(2).max(20),
  content: z.string().min(1),
});

export const addVersionInput = z.strictObject({
  id: z.string().min(1).max(64),
  locale: z.string().min(2).max(20),
  content: z.string().min(1),
  origin: z.enum(["source", "generated", "localized", "edited"]).default("edited"),
  metadata: z.record(z.string(), z.unknown()).default({}),
});

export const publishInput = z.strictObject({
  id: z.string().min(1).max(64),
  locale: z.string().min(2).max(20),
  version: z.number().int().min(1),
});

/** Content: the pipelines through tRPC, and documents with versions that a storefront reads once published. */
export const contentRouter = router({
  generate: permissionProcedure("content:write")
    .input(generateContentBody)
    .mutation(({ ctx, input, signal }) => generateForTenant(ctx.services, ctx.principal.tenantId, input, signal)),

  localize: permissionProcedure("content:write")
    .input(localizeBody)
    .mutation(({ ctx, input, signal }) => localizeForTenant(ctx.services, ctx.principal.tenantId, input, signal)),

  validate: permissionProcedure("content:read")
    .input(validateBody)
    .query(({ ctx, input }) => validateForTenant(ctx.services, ctx.principal.tenantId, input)),

  /** Creates a document with its source as version 1 of the source locale. */
  saveDocument: permissionProcedure("content:write")
    .input(saveDocumentInput)
    .mutation(async ({ ctx, input }) => {
      const { repository } = ctx.services;
      const tenantId = ctx.principal.tenantId;
      const document = await repository.documents.create(tenantId, {
        name: input.name,
        format: input.format,
        sourceLocale: input.source_locale,
      });
      const version = await repository.documents.addVersion(tenantId, document.id, {
        locale: input.source_locale,
        origin: "source",
        content: input.content,
        metadata: {},
      });
      return { document, version };
    }),

  addVersion: permissionProcedure("content:write")
    .input(addVersionInput)
    .mutation(({ ctx, input }) =>
      ctx.services.repository.documents.addVersion(ctx.principal.tenantId, input.id, {
        locale: input.locale,
        origin: input.origin,
        content: input.content,
        metadata: input.metadata,
      }),
    ),

  listDocuments: permissionProcedure("content:read").query(({ ctx }) =>
    ctx.services.repository.documents.list(ctx.principal.tenantId),
  ),

  getDocument: permissionProcedure("content:read")
    .input(documentIdInput)
    .query(async ({ ctx, input }) => {
      const { repository } = ctx.services;
      const document = await repository.documents.get(ctx.principal.tenantId, input.id);
      if (!document) throw new NotFoundError("document", input.id);
      return { document, versions: await repository.documents.listVersions(ctx.principal.tenantId, input.id) };
    }),

  /** Makes one version the copy storefronts read for its locale. */
  publish: permissionProcedure("content:publish")
    .input(publishInput)
    .mutation(async ({ ctx, input }) => {
      const published = await ctx.services.repository.documents.publish(
        ctx.principal.tenantId,
        input.id,
        input.locale,
        input.version,
      );
      ctx.services.publishedCache.invalidate(ctx.principal.tenantId, input.id, input.locale);
      return published;
    }),
});
