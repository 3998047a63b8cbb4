// What the server adds to a localize call: REST `POST /api/v1/localize` over HTTP (keep-alive, on 127.0.0.1)
// vs calling the same pipeline in-process, with the same scripted provider of fixed 20 ms latency.
// Requests alternate between the series so all see the same machine state. Target: added p50 ≤ 1 ms.
// Run: node server/bench/localize-overhead.ts [iterations]
import { Agent, createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { createModelCaller, localize } from "@frontier-ai/core";
import { createScriptedProvider } from "@frontier-ai/core/testing";
import { tenantTranslationMemory } from "../src/translation-memory.ts";
import { percentile, startBenchServer } from "./bench-server.ts";

const iterations = Number(process.argv[2] ?? 300);
const latencyMs = 20;

/**
 * Waits exactly `ms`. Node's timers count whole milliseconds from the event loop's cached clock, so a 20 ms
 * timer armed while handling I/O (as in the server) fires ~0.5 ms later on average than one armed right after
 * another timer (as in a tight in-process loop): measured with a bare node:http server, that alone reads as
 * ~1 ms of "overhead" for two calls. The coarse timer stops a millisecond early and the rest is polled.
 */
async function exactly(ms: number): Promise<void> {
  const until = performance.now() + ms;
  await sleep(Math.max(0, ms - 1.5));
  while (performance.now() < until) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** Echoes the segments it is sent: a model that changes nothing, answering in `latencyMs`. */
const scripted = createScriptedProvider({
  id: "compatible",
  respond: (request) => {
    const user = request.messages.at(-1)?.content ?? "{}";
    const sent = JSON.parse(user.slice(user.indexOf("{"))) as { segments: { id: string; text: string }[] };
    return { text: JSON.stringify({ segments: sent.segments, changes: [] }) };
  },
});
// Structured answers carry the parsed object, as the HTTP adapters return it.
const provider = {
  ...scripted,
  async generate(...args: Parameters<typeof scripted.generate>) {
    await exactly(latencyMs);
    const result = await scripted.generate(...args);
    return { ...result, object: JSON.parse(result.text) as unknown };
  },
};
const models = createModelCaller({ providers: [provider] });
const bench = await startBenchServer(models);
const endpoint = new URL("/api/v1/localize", bench.url);
const headers = { "content-type": "application/json", authorization: `Bearer ${bench.ownerKey}` };
// A plain keep-alive client (as autocannon or a server-side caller would use): `fetch` costs ~0.5 ms of CPU per
// call in this same process, which is the client's cost, not the server's.
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function post(path: URL, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const call = httpRequest(
      {
        agent,
        host: path.hostname,
        port: path.port,
        path: path.pathname,
        method: "POST",
        headers: { ...headers, "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", reject);
      },
    );
    call.on("error", reject);
    call.end(body);
  });
}

const tenant = await bench.server.services.repository.tenants.findByName("default");
if (!tenant) throw new Error("the default tenant is missing");
// The route keeps a translation memory in the database; the in-process series with memory does the same, so the
// difference to it is what HTTP, authentication, validation, limits and usage add. A bare node:http server in
// front of that same in-process call tells which part of it is HTTP on this machine rather than the server.
const memory = tenantTranslationMemory(bench.server.services.repository, tenant.id);

// Unique copy per call so no series is served from a translation memory.
const copy = (index: number, side: string) =>
  `Oferta ${side}-${index}: Coged el móvil y comprad vuestro ordenador hoy, con envío en 24 horas.`;

/** The same pipeline (with the DB memory) behind a bare node:http server: what HTTP alone costs on this machine. */
const bare = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", async () => {
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { content: string };
    const results = await localize(
      { content: body.content, format: "text", from: "es-ES", to: ["es-AR"] },
      { models, memory },
    );
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ results }));
  });
});
await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
const bareEndpoint = new URL(`http://127.0.0.1:${(bare.address() as AddressInfo).port}/localize`);

async function overHttp(index: number, target: URL = endpoint): Promise<number> {
  const side = target === endpoint ? "h" : "b";
  const body = { content: copy(index, side), format: "text", source_locale: "es-ES", target_locales: ["es-AR"] };
  const started = performance.now();
  const status = await post(target, JSON.stringify(body));
  const elapsed = performance.now() - started;
  if (status !== 200) throw new Error(`localize answered ${status}`);
  return elapsed;
}

async function inProcess(index: number, withMemory = false): Promise<number> {
  const started = performance.now();
  const request = {
    content: copy(index, withMemory ? "m" : "p"),
    format: "text" as const,
    from: "es-ES",
    to: ["es-AR"],
  };
  await localize(request, withMemory ? { models, memory } : { models });
  return performance.now() - started;
}

type Series = { name: string; run: (index: number) => Promise<number>; wall: number[]; cpu: number[] };
const entry = (name: string, run: (index: number) => Promise<number>): Series => ({ name, run, wall: [], cpu: [] });
const series: Series[] = [
  entry("REST over HTTP", (index) => overHttp(index)),
  entry("bare node:http + same", (index) => overHttp(index, bareEndpoint)),
  entry("pipeline in-process", (index) => inProcess(index)),
  entry("in-process + DB memory", (index) => inProcess(index, true)),
];
const [rest, bareHttp, local, localMemory] = series as [Series, Series, Series, Series];

for (let index = 0; index < 20; index++) for (const each of series) await each.run(-index - 1);

// CPU time of the whole process during each call (client and server alike): unlike wall time, it does not
// depend on how busy the rest of the machine is. Every series includes the same ~3 ms of the provider's polling.
for (let index = 0; index < iterations; index++) {
  // Rotate the order so no series always runs first.
  for (let offset = 0; offset < series.length; offset++) {
    const each = series[(index + offset) % series.length] as Series;
    const before = process.cpuUsage();
    each.wall.push(await each.run(index));
    const used = process.cpuUsage(before);
    each.cpu.push((used.user + used.system) / 1000);
  }
}
agent.destroy();
bare.close();
await bench.close();

for (const each of series) {
  each.wall.sort((a, b) => a - b);
  each.cpu.sort((a, b) => a - b);
}
const p = (values: number[], at: number) => percentile(values, at).toFixed(2);
console.log(`localize, 1 market, provider latency ${latencyMs} ms, ${iterations} calls each, interleaved`);
for (const each of series) {
  console.log(
    `${each.name.padEnd(24)} p50 ${p(each.wall, 50)} ms   p99 ${p(each.wall, 99)} ms   CPU p50 ${p(each.cpu, 50)} ms`,
  );
}
const added = (label: string, base: Series, target = "") =>
  console.log(
    `${label.padEnd(44)} p50 ${(percentile(rest.wall, 50) - percentile(base.wall, 50)).toFixed(2)} ms   ` +
      `p99 ${(percentile(rest.wall, 99) - percentile(base.wall, 99)).toFixed(2)} ms   ` +
      `CPU p50 ${(percentile(rest.cpu, 50) - percentile(base.cpu, 50)).toFixed(2)} ms${target}`,
  );
added("REST added vs bare pipeline", local);
added("REST added vs pipeline + DB memory", localMemory, "   (target p50 ≤ 1 ms)");
added("REST added vs bare node:http + same pipeline", bareHttp);
console.log(
  `HTTP itself on this machine (bare node:http vs in-process + DB memory): p50 ` +
    `${(percentile(bareHttp.wall, 50) - percentile(localMemory.wall, 50)).toFixed(2)} ms`,
);
