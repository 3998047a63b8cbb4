import { z } from "zod";
import { NotFoundError, ValidationError } from "../../errors.ts";
import { defineRestRoute } from "../rest-route.ts";

export const storefrontContentResponse = z.object({
  id: z.string(),
  locale: z.string(),
  format: z.string(),
  content: z.string(),
  version: z.number().int(),
  updated_at: z.iso.datetime(),
});

const localePattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * The storefront read path: published copy for one locale, from memory when it can, never from a model.
 * Cacheable by a CDN: the publishable key may travel as `?key=` so the request stays a simple GET.
 */
export function storefrontRoutes() {
  return [
    defineRestRoute({
      method: "GET",
      path: "/api/v1/content/:id",
      summary: "Published copy of a document in one locale (publishable key; ETag and Cache-Control)",
      tags: ["storefront"],
      auth: { kind: "key", permission: "storefront:read", publishable: true },
      params: z.object({ id: z.string().min(1).max(64) }),
      query: z.object({
        locale: z.string().regex(localePattern, "a BCP 47 locale such as es-AR"),
        key: z.string().optional(),
      }),
      responses: {
        200: { description: "The published copy", schema: storefrontContentResponse },
        304: { description: "Not modified since the ETag in If-None-Match" },
        404: { description: "Nothing published in that exact locale; walk your fallback chain" },
      },
      handler: async ({ params, query, principal, services, request, reply }) => {
        if (!principal) throw new ValidationError([{ path: "key", message: "a publishable key is required" }]);
        const cache = services.publishedCache;
        let entry = cache.get(principal.tenantId, params.id, query.locale);
        if (entry === undefined) {
          const version = await services.repository.documents.getPublished(principal.tenantId, params.id, query.locale);
          const document = version && (await services.repository.documents.get(principal.tenantId, params.id));
          const body =
            version && document
              ? JSON.stringify({
                  id: document.id,
                  locale: version.locale,
                  format: document.format,
                  content: version.content,
                  version: version.version,
                  updated_at: new Date(version.createdAt).toISOString(),
                })
              : null;
          entry = cache.set(principal.tenantId, params.id, query.locale, body);
        }
        if (entry === null) throw new NotFoundError(`published copy in ${query.locale} of document`, params.id);
        reply
          .header("etag", entry.etag)
          .header("cache-control", "public, max-age=60, stale-while-revalidate=600")
          .header("vary", "Origin");
        if (request.headers["if-none-match"] === entry.etag) return reply.status(304).send();
        return reply.type("application/json; charset=utf-8").send(entry.body);
      },
    }),
  ];
}
