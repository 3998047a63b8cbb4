import { z } from "zod";
import { requirePermission } from "../../auth/principal.ts";
import type { DocumentRecord, DocumentVersion } from "../../db/repository.ts";
import { ConflictError } from "../../errors.ts";
import { documentFormats, versionOrigins } from "../../types.ts";
import { defineRestRoute, requirePrincipal } from "../rest-route.ts";

/**
 * Ids a host chooses for its own content (`shopify-product-123`), unique within the tenant (another tenant may hold
 * the same id); the storage column holds 40 characters.
 */
const documentIdPattern = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,39}$/;
const localePattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const documentParams = z.object({
  id: z.string().regex(documentIdPattern, "1 to 40 letters, digits or . _ : -, starting with a letter or digit"),
});

export const putDocumentBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  format: z.enum(documentFormats),
  source_locale: z.string().regex(localePattern, "a BCP 47 locale such as es-ES"),
});

export const publishCopyBody = z.strictObject({
  content: z.string().min(1),
  origin: z.enum(versionOrigins).default("localized"),
  metadata: z.record(z.string(), z.unknown()).default({}),
});

const documentResponse = z.object({
  id: z.string(),
  name: z.string(),
  format: z.string(),
  source_locale: z.string(),
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
});

export const publishedCopyResponse = z.object({
  id: z.string(),
  locale: z.string(),
  version: z.number().int(),
  origin: z.enum(versionOrigins),
  published: z.literal(true),
  created: z.boolean().describe("false when the latest version already held this text: no version was added"),
  updated_at: z.iso.datetime(),
});

const errors = {
  400: { description: "A field is missing or not allowed; `error.issues` names it" },
  401: { description: "No or an unknown key" },
  403: { description: "The key lacks the permission" },
  429: { description: "Rate limited; see Retry-After" },
};

function viewDocument(document: DocumentRecord) {
  return {
    id: document.id,
    name: document.name,
    format: document.format,
    source_locale: document.sourceLocale,
    created_at: new Date(document.createdAt).toISOString(),
    updated_at: new Date(document.updatedAt).toISOString(),
  };
}

function viewPublished(version: DocumentVersion, created: boolean) {
  return {
    id: version.documentId,
    locale: version.locale,
    version: version.version,
    origin: version.origin,
    published: true as const,
    created,
    updated_at: new Date(version.createdAt).toISOString(),
  };
}

/**
 * Documents for hosts that cannot use tRPC: a document under the host's own id, and the copy published for a
 * locale (what `GET /api/v1/content/:id` serves). Both are idempotent PUTs, so a host may send them again after
 * any failure; publishing the text already published adds no version.
 */
export function documentRoutes() {
  return [
    defineRestRoute({
      method: "PUT",
      path: "/api/v1/documents/:id",
      summary: "Create a document under the caller's id, or answer the existing one",
      tags: ["documents"],
      auth: { kind: "key", permission: "content:write", publishable: false },
      params: documentParams,
      body: putDocumentBody,
      responses: {
        200: { description: "The document existed (kept as it was)", schema: documentResponse },
        201: { description: "The document was created", schema: documentResponse },
        409: { description: "The document has another format or source locale" },
        ...errors,
      },
      handler: async ({ params, body, principal, services, reply }) => {
        const { tenantId } = requirePrincipal(principal);
        const { documents } = services.repository;
        const answerExisting = (existing: DocumentRecord) => {
          if (existing.format !== body.format || existing.sourceLocale !== body.source_locale) {
            throw new ConflictError(
              `document ${params.id} is ${existing.format} from ${existing.sourceLocale}; ` +
                `format and source_locale cannot change`,
            );
          }
          return viewDocument(existing);
        };
        const existing = await documents.get(tenantId, params.id);
        if (existing) return answerExisting(existing);
        try {
          const created = await documents.create(tenantId, {
            id: params.id,
            name: body.name,
            format: body.format,
            sourceLocale: body.source_locale,
          });
          reply.code(201);
          return viewDocument(created);
        } catch (error) {
          // Another request of the host created it between the read and the insert: answer that one.
          const raced = error instanceof ConflictError ? await documents.get(tenantId, params.id) : null;
          if (!raced) throw error;
          return answerExisting(raced);
        }
      },
    }),
    defineRestRoute({
      method: "PUT",
      path: "/api/v1/documents/:id/published/:locale",
      summary: "Publish this text as the document's storefront copy in one locale (no new version when unchanged)",
      tags: ["documents"],
      auth: { kind: "key", permission: "content:publish", publishable: false },
      params: documentParams.extend({
        locale: z.string().regex(localePattern, "a BCP 47 locale such as es-AR"),
      }),
      body: publishCopyBody,
      responses: {
        200: { description: "The published version", schema: publishedCopyResponse },
        404: { description: "No such document; create it with PUT /api/v1/documents/:id first" },
        ...errors,
      },
      handler: async ({ params, body, principal, services }) => {
        const current = requirePrincipal(principal);
        // Publishing may add a version, which is writing too.
        requirePermission(current, "content:write");
        const { tenantId } = current;
        const { documents } = services.repository;
        const versions = await documents.listVersions(tenantId, params.id, params.locale);
        const latest = versions.at(-1);
        const reused = latest !== undefined && latest.content === body.content;
        const version = reused
          ? latest
          : await documents.addVersion(tenantId, params.id, {
              locale: params.locale,
              origin: body.origin,
              content: body.content,
              metadata: body.metadata,
            });
        if (!version.published) {
          await documents.publish(tenantId, params.id, params.locale, version.version);
          services.publishedCache.invalidate(tenantId, params.id, params.locale);
        }
        return viewPublished(version, !reused);
      },
    }),
  ];
}
