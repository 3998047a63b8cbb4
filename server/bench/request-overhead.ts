// What the server's foundation adds to a request: a bare node:http server answering the same bytes as
// GET /api/v1/health, against Frontier's health (no credentials), the same with a secret key (authentication
// from the key cache, rate limits, usage), and a tRPC query that also reads the database. Rounds alternate
// between the targets so they share the machine's state; prints p50/p99 per target and the added time.
//   node server/bench/request-overhead.ts [requests per target, default 3000]
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createTestServer } from "../src/testing/harness.ts";

const total = Number(process.argv[2] ?? 3000);
const round = 100;

const frontier = await createTestServer();
await frontier.app.listen({ port: 0, host: "127.0.0.1" });
const frontierUrl = `http://127.0.0.1:${(frontier.app.server.address() as AddressInfo).port}`;
const sample = await (await fetch(`${frontierUrl}/api/v1/health`)).text();

const bare = createServer((_request, response) => {
  response.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(sample);
});
await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;

const auth = { authorization: `Bearer ${frontier.ownerKey}` };
const targets = {
  "bare node:http": { url: `${bareUrl}/api/v1/health`, headers: {} },
  "GET /api/v1/health": { url: `${frontierUrl}/api/v1/health`, headers: {} },
  "  + secret key": { url: `${frontierUrl}/api/v1/health`, headers: auth },
  "GET /trpc/keys.list": { url: `${frontierUrl}/trpc/keys.list`, headers: auth },
} as const;
type Target = keyof typeof targets;

const samples = new Map<Target, number[]>(Object.keys(targets).map((name) => [name as Target, []]));
for (const target of Object.values(targets)) {
  for (let i = 0; i < 50; i++) await (await fetch(target.url, { headers: target.headers })).arrayBuffer();
}
for (let done = 0; done < total; done += round) {
  for (const [name, target] of Object.entries(targets) as [Target, (typeof targets)[Target]][]) {
    const list = samples.get(name) ?? [];
    for (let i = 0; i < round; i++) {
      const started = performance.now();
      const response = await fetch(target.url, { headers: target.headers });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${name} answered ${response.status}`);
      list.push(performance.now() - started);
    }
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const base = samples.get("bare node:http") ?? [];
const [baseP50, baseP99] = [percentile(base, 50), percentile(base, 99)];
console.log(`${total} sequential keep-alive requests per target over loopback, rounds of ${round}`);
console.log("target                 p50 ms   p99 ms   added p50   added p99");
for (const [name, values] of samples) {
  const [p50, p99] = [percentile(values, 50), percentile(values, 99)];
  console.log(
    `${name.padEnd(22)} ${p50.toFixed(3).padStart(7)}  ${p99.toFixed(3).padStart(7)}   ${(p50 - baseP50).toFixed(3).padStart(8)}   ${(p99 - baseP99).toFixed(3).padStart(8)}`,
  );
}
bare.close();
await frontier.close();
