import helmet from "@fastify/helmet";
import Fastify from "fastify";

/**
 * Helmet's security headers, computed once. @fastify/helmet builds its middleware again on every request, which
 * cost the storefront read path about 5% of its CPU; the headers never vary per request here, so the server asks
 * helmet for them once (on a throwaway instance) and sets the same values on every reply.
 */
export async function securityHeaders(): Promise<Readonly<Record<string, string>>> {
  const probe = Fastify({ logger: false });
  await probe.register(helmet, { global: true });
  probe.get("/", async () => "");
  const response = await probe.inject({ method: "GET", url: "/" });
  await probe.close();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (typeof value !== "string" || ignored.has(name)) continue;
    headers[name] = value;
  }
  return headers;
}

/** What the probe's reply carries that is not a security header. */
const ignored = new Set(["content-type", "content-length", "date", "connection", "keep-alive"]);
