import { z } from "zod";
import { complianceFor } from "../../compliance/service.ts";
import { defineRestRoute, requirePrincipal } from "../rest-route.ts";

const marketPattern = /^([a-z]{2,3}-)?[A-Za-z]{2}$/;
const market = z.string().regex(marketPattern, "a market (AR) or a locale (es-AR)");

export const noticeResponse = z.object({
  market: z.string(),
  locale: z.string(),
  law: z.string(),
  authority: z.string().nullable(),
  text: z.string(),
  text_version: z.string(),
  purposes: z.array(z.object({ id: z.string(), label: z.string(), required: z.boolean() })),
});

export const consentBody = z.strictObject({
  subject_id: z.string().trim().min(1).max(200).describe("The storefront's id for the person (kept encrypted)"),
  purpose: z.string().min(1).max(100),
  market,
  granted: z.boolean(),
  text_version: z.string().min(1).max(100),
});

export const consentResponse = z.object({ id: z.string(), recorded_at: z.iso.datetime() });

/** The storefront's compliance routes: the consent notice for a market and recording a person's decision. */
export function complianceRoutes() {
  return [
    defineRestRoute({
      method: "GET",
      path: "/api/v1/compliance/notice",
      summary: "The consent notice for a market: law, authority, text in the market's language, purposes",
      tags: ["compliance"],
      auth: { kind: "key", permission: "storefront:read", publishable: true },
      query: z.object({ market, key: z.string().optional() }),
      responses: {
        200: { description: "The notice; record `text_version` with each consent", schema: noticeResponse },
        400: { description: "No jurisdiction data for the market" },
      },
      handler: async ({ query, services }) => complianceFor(services).notice(query.market),
    }),
    defineRestRoute({
      method: "POST",
      path: "/api/v1/consent",
      summary: "Record a person's consent decision for one purpose (publishable key with consent:write)",
      tags: ["compliance"],
      auth: { kind: "key", permission: "consent:write", publishable: true },
      body: consentBody,
      responses: {
        201: { description: "Recorded", schema: consentResponse },
        400: { description: "A field is missing or not allowed; `error.issues` names it" },
      },
      handler: async ({ body, principal, services, reply }) => {
        const { tenantId } = requirePrincipal(principal);
        const record = await complianceFor(services).decide(tenantId, {
          subjectId: body.subject_id,
          purpose: body.purpose,
          market: body.market,
          textVersion: body.text_version,
          granted: body.granted,
        });
        reply.status(201);
        return { id: record.id, recorded_at: record.grantedAt };
      },
    }),
  ];
}
