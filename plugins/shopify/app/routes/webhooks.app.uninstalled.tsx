import type { ActionFunctionArgs } from "@remix-run/node";
import { appDatabase } from "../context.server.ts";
import { authenticate, sessionStorage } from "../shopify.server.ts";

/** `app/uninstalled`: drop the shop's sessions. Settings stay until `shop/redact` (sent 48 hours later). */
export const action = async ({ request }: ActionFunctionArgs) => {
  const { shop, session } = await authenticate.webhook(request);
  // The webhook may arrive more than once, or after the sessions were already removed.
  if (session) {
    const sessions = await sessionStorage.findSessionsByShop(shop);
    await sessionStorage.deleteSessions(sessions.map((entry) => entry.id));
  }
  appDatabase.prepare("UPDATE bulk_jobs SET status = 'cancelled' WHERE shop = ? AND status = 'running'").run(shop);
  return new Response(null, { status: 200 });
};
