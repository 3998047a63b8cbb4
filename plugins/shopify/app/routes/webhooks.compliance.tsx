import type { ActionFunctionArgs } from "@remix-run/node";
import { appDatabase } from "../context.server.ts";
import { forgetShop } from "../db.server.ts";
import { authenticate } from "../shopify.server.ts";

/**
 * The mandatory privacy topics. The Frontier server's contract has no data-request or redaction route
 * yet, so they are handled here: the app keeps no customer data (only the shop's sessions, settings, job
 * progress and source digests), so a customer request has nothing to export or erase and is logged;
 * `shop/redact` erases everything the app keeps for the shop. Forged requests get 401 from the library.
 */
export const action = async ({ request }: ActionFunctionArgs) => {
  const { shop, topic, payload } = await authenticate.webhook(request);
  const normalized = topic.toUpperCase().replace("/", "_");
  if (normalized === "SHOP_REDACT") {
    forgetShop(appDatabase, shop);
    console.info(`compliance ${normalized} ${shop}: erased the shop's settings, sessions, jobs and digests`);
  } else if (normalized === "CUSTOMERS_DATA_REQUEST" || normalized === "CUSTOMERS_REDACT") {
    console.info(
      `compliance ${normalized} ${shop}: the app stores no customer data; nothing to export or erase`,
      customerReference(payload),
    );
  } else {
    return new Response(`Unhandled compliance topic ${topic}`, { status: 400 });
  }
  return new Response(null, { status: 200 });
};

function customerReference(payload: unknown): { customerId: unknown } {
  const record = typeof payload === "object" && payload !== null ? (payload as Record<string, unknown>) : {};
  const customer = typeof record.customer === "object" && record.customer !== null ? record.customer : {};
  return { customerId: (customer as Record<string, unknown>).id ?? null };
}
