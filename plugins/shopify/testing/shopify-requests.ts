import { createHmac, randomUUID } from "node:crypto";

/** An App Bridge session token (HS256 JWT signed with the app's secret), as the embedded admin sends it. */
export function sessionToken(options: { shop: string; apiKey: string; apiSecret: string; now?: number }): string {
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const header = encode({ alg: "HS256", typ: "JWT" });
  const payload = encode({
    iss: `https://${options.shop}/admin`,
    dest: `https://${options.shop}`,
    aud: options.apiKey,
    sub: "42",
    exp: now + 60,
    nbf: now - 5,
    iat: now - 5,
    jti: randomUUID(),
    sid: randomUUID(),
  });
  const signature = createHmac("sha256", options.apiSecret).update(`${header}.${payload}`).digest("base64url");
  return `${header}.${payload}.${signature}`;
}

/** A webhook delivery as Shopify sends it: raw JSON body signed with HMAC-SHA256 (base64) using the app secret. */
export function webhookRequest(options: {
  url: string;
  topic: string;
  shop: string;
  payload: unknown;
  secret: string;
  apiVersion: string;
  eventId?: string;
}): Request {
  const body = JSON.stringify(options.payload);
  const hmac = createHmac("sha256", options.secret).update(body, "utf8").digest("base64");
  return new Request(options.url, {
    method: "POST",
    body,
    headers: {
      "content-type": "application/json",
      "x-shopify-topic": options.topic,
      "x-shopify-shop-domain": options.shop,
      "x-shopify-api-version": options.apiVersion,
      "x-shopify-webhook-id": randomUUID(),
      "x-shopify-event-id": options.eventId ?? randomUUID(),
      "x-shopify-triggered-at": new Date().toISOString(),
      "x-shopify-hmac-sha256": hmac,
    },
  });
}
