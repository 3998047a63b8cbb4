// What the server adds to a localize call: REST `POST /api/v1/localize` over HTTP (keep-alive, on 127.0.0.1)
// vs calling the same pipeline in-process, with the same scripted provider of fixed 20 ms latency.
// Requests alternate between the two so both see the same machine state. Target: added p50 ≤ 1 ms.
// Run: node server/bench/localize-overhead.ts [iterations]
import { performance } from "node:perf_hooks";
import { createModelCaller, localize } from "@frontier-ai/core";
import { createScriptedProvider } from "@frontier-ai/core/testing";
import { tenantTranslationMemory } from "../src/translation-memory.ts";
import { percentile, startBenchServer } from "./bench-server.ts";

const iterations = Number(process.argv[2] ?? 300);
const latencyMs = 20;

/** Echoes the segments it is sent: a model that changes nothing, answering in `latencyMs`. */
const scripted = createScriptedProvider({
  id: "compatible",
  respond: (request) => {
    const user = request.messages.at(-1)?.content ?? "{}";
    const sent = JSON.parse(user.slice(user.indexOf("{"))) as { segments: { id: string; text: string }[] };
    return { delayMs: latencyMs, text: JSON.stringify({ segments: sent.segments, changes: [] }) };
  },
});
// Structured answers carry the parsed object, as the HTTP adapters return it.
const provider = {
  ...scripted,
  async generate(...args: Parameters<typeof scripted.generate>) {
    const result = await scripted.generate(...args);
    return { ...result, object: JSON.parse(result.text) as unknown };
  },
};
const models = createModelCaller({ providers: [provider] });
const bench = await startBenchServer(models);
const endpoint = `${bench.url}/api/v1/localize`;
const headers = { "content-type": "application/json", authorization: `Bearer ${bench.ownerKey}` };

const tenant = await bench.server.services.repository.tenants.findByName("default");
if (!tenant) throw new Error("the default tenant is missing");
// The route keeps a translation memory in the database; the third series does the same in-process, so the
// difference to it is what HTTP, authentication, validation, limits and usage add.
const memory = tenantTranslationMemory(bench.server.services.repository, tenant.id);

// Unique copy per call so no series is served from a translation memory.
const copy = (index: number, side: string) =>
  `Oferta ${side}-${index}: Coged el móvil y comprad vuestro ordenador hoy, con envío en 24 horas.`;

async function overHttp(index: number): Promise<number> {
  const body = { content: copy(index, "h"), format: "text", source_locale: "es-ES", target_locales: ["es-AR"] };
  const started = performance.now();
  const response = await fetch(endpoint, { method: "POST", headers, body: JSON.stringify(body) });
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`localize answered ${response.status}`);
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

for (let index = 0; index < 20; index++) {
  await overHttp(-index - 1);
  await inProcess(-index - 1);
  await inProcess(-index - 1, true);
}

const http: number[] = [];
const local: number[] = [];
const localMemory: number[] = [];
// CPU time of the whole process during each call (client and server alike): unlike wall time, it does not
// depend on how busy the rest of the machine is.
const cpu = { http: [] as number[], local: [] as number[], localMemory: [] as number[] };
const measured = async (run: () => Promise<number>, wall: number[], cpuTimes: number[]) => {
  const before = process.cpuUsage();
  wall.push(await run());
  const used = process.cpuUsage(before);
  cpuTimes.push((used.user + used.system) / 1000);
};
const series = [
  (index: number) => measured(() => overHttp(index), http, cpu.http),
  (index: number) => measured(() => inProcess(index), local, cpu.local),
  (index: number) => measured(() => inProcess(index, true), localMemory, cpu.localMemory),
];
for (let index = 0; index < iterations; index++) {
  // Rotate the order so no series always runs first.
  for (let offset = 0; offset < series.length; offset++) await series[(index + offset) % series.length]?.(index);
}
await bench.close();

http.sort((a, b) => a - b);
local.sort((a, b) => a - b);
localMemory.sort((a, b) => a - b);
for (const values of Object.values(cpu)) values.sort((a, b) => a - b);
const row = (name: string, values: number[]) =>
  `${name.padEnd(22)} p50 ${percentile(values, 50).toFixed(2)} ms   p99 ${percentile(values, 99).toFixed(2)} ms`;
console.log(`localize, 1 market, provider latency ${latencyMs} ms, ${iterations} calls each, interleaved`);
console.log(row("REST over HTTP", http));
console.log(row("pipeline in-process", local));
console.log(row("in-process + DB memory", localMemory));
const added = (base: number[]) =>
  `p50 ${(percentile(http, 50) - percentile(base, 50)).toFixed(2)} ms   ` +
  `p99 ${(percentile(http, 99) - percentile(base, 99)).toFixed(2)} ms   ` +
  `ratio p50 ${(percentile(http, 50) / percentile(base, 50)).toFixed(3)}`;
console.log(`added vs bare pipeline          ${added(local)}`);
console.log(`added vs pipeline + DB memory   ${added(localMemory)}   (target p50 ≤ 1 ms)`);
const cpuRow = (name: string, values: number[]) =>
  `${name.padEnd(22)} CPU p50 ${percentile(values, 50).toFixed(2)} ms   p99 ${percentile(values, 99).toFixed(2)} ms`;
console.log(cpuRow("REST over HTTP", cpu.http));
console.log(cpuRow("pipeline in-process", cpu.local));
console.log(cpuRow("in-process + DB memory", cpu.localMemory));
console.log(
  `CPU added by the server (p50 vs pipeline + DB memory) ${(percentile(cpu.http, 50) - percentile(cpu.localMemory, 50)).toFixed(2)} ms`,
);
