// What an Idempotency-Key costs: REST `POST /api/v1/localize` (offline rules provider, unique copy per call, so
// no translation memory answers) without a key, with a fresh key (claim + stored answer: an insert and an update),
// and a replay of a stored key (one read, no pipeline). Series interleaved over one keep-alive connection.
// Run: node server/bench/idempotency-overhead.ts [iterations]
import { Agent, request as httpRequest } from "node:http";
import { performance } from "node:perf_hooks";
import { percentile, startBenchServer } from "./bench-server.ts";

const iterations = Number(process.argv[2] ?? 400);
const bench = await startBenchServer();
const endpoint = new URL("/api/v1/localize", bench.url);
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function post(body: string, key?: string): Promise<{ status: number; replayed: boolean }> {
  return new Promise((resolve, reject) => {
    const call = httpRequest(
      {
        agent,
        host: endpoint.hostname,
        port: endpoint.port,
        path: endpoint.pathname,
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${bench.ownerKey}`,
          "content-length": Buffer.byteLength(body),
          ...(key !== undefined && { "idempotency-key": key }),
        },
      },
      (response) => {
        response.resume();
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, replayed: response.headers["idempotent-replayed"] === "true" }),
        );
        response.on("error", reject);
      },
    );
    call.on("error", reject);
    call.end(body);
  });
}

const body = (index: number, side: string) =>
  JSON.stringify({
    content: `Oferta ${side}-${index}: Coged el móvil y comprad vuestro ordenador hoy, con envío en 24 horas.`,
    format: "text",
    source_locale: "es-ES",
    target_locales: ["es-AR"],
  });

async function timed(send: () => Promise<{ status: number; replayed: boolean }>, replay: boolean): Promise<number> {
  const started = performance.now();
  const { status, replayed } = await send();
  const elapsed = performance.now() - started;
  if (status !== 200 || replayed !== replay) throw new Error(`answered ${status}, replayed ${replayed}`);
  return elapsed;
}

const stored = body(0, "r");
await post(stored, "stored-key");
const series = { none: [] as number[], fresh: [] as number[], replay: [] as number[] };
for (let index = 0; index < 30; index += 1) await post(body(index, "warm"), `warm-${index}`);
for (let index = 0; index < iterations; index += 1) {
  series.none.push(await timed(() => post(body(index, "n")), false));
  series.fresh.push(await timed(() => post(body(index, "k"), `key-${index}`), false));
  series.replay.push(await timed(() => post(stored, "stored-key"), true));
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((left, right) => left - right);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
};
const none = stats(series.none);
const fresh = stats(series.fresh);
const replay = stats(series.replay);
const ms = (value: number) => `${value.toFixed(2)} ms`;
console.log(`${iterations} calls per series, SQLite, offline rules provider`);
console.log(`no key:           p50 ${ms(none.p50)}  p95 ${ms(none.p95)}`);
console.log(`fresh key:        p50 ${ms(fresh.p50)}  p95 ${ms(fresh.p95)}`);
console.log(`replay of a key:  p50 ${ms(replay.p50)}  p95 ${ms(replay.p95)}`);
console.log(`a key adds:       p50 ${ms(fresh.p50 - none.p50)}  p95 ${ms(fresh.p95 - none.p95)}`);
await bench.close();
