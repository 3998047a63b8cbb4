import type { ActionFunctionArgs } from "@remix-run/node";
import { authenticate, sessionStorage } from "../shopify.server.ts";

/** `app/scopes_update`: keep the stored session's scopes in step with what the merchant granted. */
export const action = async ({ request }: ActionFunctionArgs) => {
  const { payload, session } = await authenticate.webhook(request);
  const current = typeof payload === "object" && payload !== null ? (payload as Record<string, unknown>).current : null;
  if (session && Array.isArray(current) && current.every((scope) => typeof scope === "string")) {
    session.scope = current.join(",");
    await sessionStorage.storeSession(session);
  }
  return new Response(null, { status: 200 });
};
