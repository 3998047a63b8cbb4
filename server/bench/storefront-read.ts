// The storefront read path under load: the cached `GET /api/v1/content/:id?locale=` (publishable key, from
// memory) vs a bare node:http server answering the same bytes and headers, with autocannon on 127.0.0.1.
// Rounds alternate between the two; the figure is the total requests of each over its rounds.
// Target: the server serves ≥ 50% of the bare server's requests per second.
// Run: node server/bench/storefront-read.ts [rounds] [seconds per round]
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";
import { createApiKey } from "../src/auth/key-service.ts";
import { startBenchServer } from "./bench-server.ts";

const rounds = Number(process.argv[2] ?? 3);
const seconds = Number(process.argv[3] ?? 4);
const origin = "https://tienda.example";

const bench = await startBenchServer();
const { repository, keys } = bench.server.services;
const tenant = await repository.tenants.findByName("default");
if (!tenant) throw new Error("the default tenant is missing");
const document = await repository.documents.create(tenant.id, { name: "Bench", format: "html", sourceLocale: "es-ES" });
await repository.documents.addVersion(tenant.id, document.id, {
  locale: "es-AR",
  origin: "localized",
  content: "<p>Comprá tu computadora nueva hoy y recibila mañana, con envío gratis a todo el país.</p>",
  metadata: {},
});
await repository.documents.publish(tenant.id, document.id, "es-AR", 1);
const publishable = await createApiKey(repository, keys, tenant.id, {
  name: "storefront bench",
  kind: "publishable",
  role: "viewer",
  allowedOrigins: [origin],
});
const path = `/api/v1/content/${document.id}?locale=es-AR&key=${publishable.plaintext}`;

// The bytes and headers the server answers, captured once, for the bare server to repeat.
const sample = await fetch(`${bench.url}${path}`, { headers: { origin } });
if (sample.status !== 200) throw new Error(`storefront GET answered ${sample.status}`);
const body = Buffer.from(await sample.arrayBuffer());
const headers: Record<string, string> = {};
sample.headers.forEach((value, name) => {
  if (name !== "date" && name !== "connection" && name !== "keep-alive" && name !== "transfer-encoding") {
    headers[name] = value;
  }
});
const bare = createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
});
await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;

async function load(url: string): Promise<{ requests: number; non2xx: number; p99: number }> {
  const result = await autocannon({
    url: `${url}${path}`,
    connections: 50,
    pipelining: 1,
    duration: seconds,
    headers: { origin },
  });
  return { requests: result.requests.total, non2xx: result.non2xx, p99: result.latency.p99 };
}

await load(bench.url);
await load(bareUrl);
const totals = { frontier: 0, bare: 0, errors: 0 };
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? (["frontier", "bare"] as const) : (["bare", "frontier"] as const);
  for (const name of order) {
    const result = await load(name === "frontier" ? bench.url : bareUrl);
    totals[name] += result.requests;
    totals.errors += result.non2xx;
    console.log(
      `round ${round + 1} ${name.padEnd(8)} ${(result.requests / seconds).toFixed(0).padStart(7)} req/s   p99 ${result.p99} ms`,
    );
  }
}
await new Promise<void>((resolve) => bare.close(() => resolve()));
await bench.close();

const perSecond = (total: number) => total / (rounds * seconds);
console.log(`storefront GET (cached)   ${perSecond(totals.frontier).toFixed(0)} req/s`);
console.log(`bare node:http            ${perSecond(totals.bare).toFixed(0)} req/s`);
console.log(`ratio                     ${((100 * totals.frontier) / totals.bare).toFixed(1)}%   (target ≥ 50%)`);
if (totals.errors > 0) console.log(`non-2xx answers: ${totals.errors}`);
