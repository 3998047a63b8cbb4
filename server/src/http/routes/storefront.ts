import { z } from "zod";
import { NotFoundError } from "../../errors.ts";
import { defineRestRoute, requirePrincipal } from "../rest-route.ts";

export const storefrontContentResponse = z.object({
  id: z.string(),
  locale: z.string(),
  format: z.string(),
  content: z.string(),
  version: z.number().int(),
  updated_at: z.iso.datetime(),
  variant_id: z
    .string()
    .optional()
    .describe("The visitor's A/B variant (requests with `visitor`): send it with impression and conversion events"),
  experiment: z
    .literal(true)
    .optional()
    .describe("An A/B experiment runs here: ask again with `visitor` for this visitor's variant"),
});

const localePattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** The visitor id `<frontier-localized>` keeps in first-party storage: random, only hashed here, never stored. */
export const visitorPattern = /^[A-Za-z0-9._:-]{8,64}$/;

/**
 * The storefront read path: published copy for one locale, from memory when it can, never from a model.
 * Cacheable by a CDN: the publishable key may travel as `?key=` so the request stays a simple GET.
 *
 * A/B experiments: while (content, locale) has active variants, the shared answer (no `visitor`) says
 * `experiment: true` (the published copy, or the control variant when nothing is published), and a request with
 * `?visitor=` gets that visitor's variant (Thompson sampling, the same for the same visitor) with `variant_id`,
 * which only the visitor's browser may cache (`private`). So copy without an experiment stays one shared URL a
 * CDN caches, and only readers of an experiment make a second, per-visitor request.
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
        visitor: z
          .string()
          .regex(visitorPattern, "8 to 64 letters, digits or . _ : -")
          .optional()
          .describe("The visitor's random id, for A/B experiments: the same id keeps seeing the same variant"),
      }),
      responses: {
        200: { description: "The published copy, or the visitor's variant", schema: storefrontContentResponse },
        304: { description: "Not modified since the ETag in If-None-Match" },
        404: { description: "Nothing published in that exact locale; walk your fallback chain" },
      },
      handler: async ({ params, query, principal, services, request, reply }) => {
        const { tenantId } = requirePrincipal(principal);
        if (query.visitor !== undefined) {
          const experiment = await services.experiments.get(tenantId, params.id, query.locale);
          if (experiment !== null) {
            const served = experiment.serve(query.visitor);
            // The URL names the visitor, but a shared cache must still never hand one visitor's variant to another.
            reply
              .header("etag", served.etag)
              .header("cache-control", "private, max-age=60")
              .header("vary", "Origin, Authorization");
            if (request.headers["if-none-match"] === served.etag) return reply.status(304).send();
            return reply.type("application/json; charset=utf-8").send(served.body);
          }
        }
        const cache = services.publishedCache;
        let entry = cache.get(tenantId, params.id, query.locale);
        if (entry === undefined) {
          const [version, experiment] = await Promise.all([
            services.repository.documents.getPublished(tenantId, params.id, query.locale),
            services.experiments.get(tenantId, params.id, query.locale),
          ]);
          const document = version && (await services.repository.documents.get(tenantId, params.id));
          const body =
            version && document
              ? JSON.stringify({
                  id: document.id,
                  locale: version.locale,
                  format: document.format,
                  content: version.content,
                  version: version.version,
                  updated_at: new Date(version.createdAt).toISOString(),
                  ...(experiment !== null && { experiment: true }),
                })
              : (experiment?.controlBody ?? null);
          entry = cache.set(tenantId, params.id, query.locale, body);
        }
        if (entry === null) throw new NotFoundError(`published copy in ${query.locale} of document`, params.id);
        // Document ids are per tenant, so a shared cache must tell keys apart: `?key=` is in the URL, a key sent as
        // Authorization is named here (`public` lets a shared cache store answers to requests that carry one).
        reply
          .header("etag", entry.etag)
          .header("cache-control", "public, max-age=60, stale-while-revalidate=600")
          .header("vary", "Origin, Authorization");
        if (request.headers["if-none-match"] === entry.etag) return reply.status(304).send();
        return reply.type("application/json; charset=utf-8").send(entry.body);
      },
    }),
  ];
}
