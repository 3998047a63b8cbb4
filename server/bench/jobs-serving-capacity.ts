// Requests per second one process serves over loopback, for the capacity estimate in docs/scaling.md:
// the storefront read path (GET /api/v1/content/:id with a publishable key, from the published cache) and
// REST POST /api/v1/localize with the offline rules provider. A bounded number of requests, CONCURRENCY at once.
//   node server/bench/jobs-serving-capacity.ts [requests per target, default 4000] [concurrency, default 32]
import type { AddressInfo } from "node:net";
import { createTestServer } from "../src/testing/harness.ts";

const total = Number(process.argv[2] ?? 4000);
const concurrency = Number(process.argv[3] ?? 32);

const server = await createTestServer();
await server.app.listen({ port: 0, host: "127.0.0.1" });
const base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
const repo = server.services.repository;
const tenantId = await server.tenantId("default");
const document = await repo.documents.create(tenantId, { name: "home", format: "html", sourceLocale: "es-ES" });
await repo.documents.addVersion(tenantId, document.id, {
  locale: "es-MX",
  origin: "edited",
  content: "<h1>Ofertas de verano</h1><p>Envío gratis en pedidos mayores a $499.</p>",
  metadata: {},
});
await repo.documents.publish(tenantId, document.id, "es-MX", 1);
const origin = "https://shop.example";
const publishable = await server.key("default", "viewer", { kind: "publishable", allowedOrigins: [origin] });

async function measure(name: string, send: () => Promise<Response>) {
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        const response = await send();
        await response.arrayBuffer();
        if (!response.ok) failures += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1_000;
  console.log(`${name.padEnd(44)} ${(total / seconds).toFixed(0).padStart(6)} req/s  (${failures} non-2xx)`);
}

console.log(`${total} requests per target, ${concurrency} at once, one process, loopback`);
await measure("GET /api/v1/content/:id (publishable key)", () =>
  fetch(`${base}/api/v1/content/${document.id}?locale=es-MX`, {
    headers: { authorization: `Bearer ${publishable.plaintext}`, origin },
  }),
);
const localizeBody = JSON.stringify({
  content: "¡Ofertas de verano! Coged el móvil y comprad ya: envío gratis en pedidos grandes.",
  source_locale: "es-ES",
  target_locales: ["es-MX"],
  provider: "rules",
});
await measure("POST /api/v1/localize (rules provider)", () =>
  fetch(`${base}/api/v1/localize`, {
    method: "POST",
    headers: { authorization: `Bearer ${server.ownerKey}`, "content-type": "application/json" },
    body: localizeBody,
  }),
);
await server.close();
