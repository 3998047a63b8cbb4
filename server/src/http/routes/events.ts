import { z } from "zod";
import { defineRestRoute, requirePrincipal } from "../rest-route.ts";

const localePattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** Per request: a page view sends a handful; the per-key quota bounds the rate. */
export const maxEventsPerBatch = 50;

const storefrontEvent = z.strictObject({
  type: z.enum(["impression", "click", "add_to_cart", "conversion"]),
  content_id: z.string().min(1).max(64),
  locale: z.string().regex(localePattern),
  variant_id: z.string().min(1).max(40).optional(),
  occurred_at: z.iso.datetime().optional(),
});

/**
 * Strict on purpose: there is no field for a visitor id, an e-mail or anything else personal, so none can be
 * stored. `consent` is what the visitor's consent banner says about analytics; without it nothing is kept.
 */
export const storefrontEventsBody = z.strictObject({
  consent: z.strictObject({ analytics: z.boolean() }),
  events: z.array(storefrontEvent).min(1).max(maxEventsPerBatch),
});

const eventsResponse = z.object({ accepted: z.number().int(), dropped: z.number().int() });

export function learningStorefrontRoutes() {
  return [
    defineRestRoute({
      method: "POST",
      path: "/api/v1/events",
      summary:
        "Storefront events (impression, click, add_to_cart, conversion), batched, kept only with consent; JSON, " +
        "also as text/plain from navigator.sendBeacon",
      tags: ["storefront"],
      auth: { kind: "key", permission: "events:write", publishable: true },
      body: storefrontEventsBody,
      beacon: true,
      responses: { 202: { description: "Accepted (or dropped for lack of consent)", schema: eventsResponse } },
      handler: async ({ body, principal, services, reply }) => {
        const { tenantId } = requirePrincipal(principal);
        if (!body.consent.analytics) {
          services.metrics.countDroppedStorefrontEvents("no_consent", body.events.length);
          return reply.status(202).send({ accepted: 0, dropped: body.events.length });
        }
        const receivedAt = Date.now();
        // A client clock may be wrong: keep its time only within a day of ours.
        const occurredAt = (value: string | undefined): number => {
          const time = value === undefined ? receivedAt : Date.parse(value);
          return Math.abs(time - receivedAt) > 86_400_000 ? receivedAt : time;
        };
        await services.repository.learning.addEvents(
          tenantId,
          body.events.map((event) => ({
            type: event.type,
            contentId: event.content_id,
            locale: event.locale,
            variantId: event.variant_id ?? null,
            occurredAt: occurredAt(event.occurred_at),
          })),
        );
        for (const event of body.events) services.metrics.countStorefrontEvents(event.type, event.locale);
        return reply.status(202).send({ accepted: body.events.length, dropped: 0 });
      },
    }),
  ];
}
