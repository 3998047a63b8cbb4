import type { ActionFunctionArgs } from "@remix-run/node";
import { appDatabase, frontier } from "../context.server.ts";
import { recordWebhookEvent } from "../db.server.ts";
import { runInBackground } from "../localization/background.server.ts";
import { relocalizeChangedFields } from "../localization/relocalize.server.ts";
import { authenticate } from "../shopify.server.ts";

/** `products/update`: re-localizes only the fields whose source changed. The library checks the HMAC first. */
export const action = async ({ request }: ActionFunctionArgs) => {
  const { shop, topic, payload, admin, webhookId } = await authenticate.webhook(request);
  // No offline session means the app was uninstalled: nothing to write to.
  if (!admin) return new Response(null, { status: 200 });
  const eventId = request.headers.get("x-shopify-event-id") ?? webhookId;
  if (!recordWebhookEvent(appDatabase, { id: eventId, shop, topic })) return new Response(null, { status: 200 });

  const resourceId = productIdOf(payload);
  if (!resourceId) return new Response("payload without a product id", { status: 400 });
  // Answer now; the fields are re-localized after the response (Shopify retries slow deliveries).
  runInBackground(`products/update ${shop} ${resourceId}`, () =>
    relocalizeChangedFields({ graphql: admin.graphql, frontier, database: appDatabase, shop }, resourceId),
  );
  return new Response(null, { status: 200 });
};

function productIdOf(payload: unknown): string | null {
  if (typeof payload !== "object" || payload === null) return null;
  const record = payload as Record<string, unknown>;
  if (typeof record.admin_graphql_api_id === "string") return record.admin_graphql_api_id;
  if (typeof record.id === "number" || typeof record.id === "string") return `gid://shopify/Product/${record.id}`;
  return null;
}
