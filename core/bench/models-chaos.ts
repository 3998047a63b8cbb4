// Chaos benchmark: 1,000 streamed requests through the router against a fake OpenAI and a fake
// Anthropic where every answer has a 30% chance of a fault (429, 500, stall, mid-stream reset).
// Prints the success rate, duplicates and the latency the faults add (against a fault-free control). Run: node core/bench/models-chaos.ts
import { createAnthropic, createOpenAI, createRouter, type ModelStreamEvent } from "../src/models/index.ts";
import { type FakeReply, faults, startFakeAnthropic, startFakeOpenAI } from "../testing/index.ts";
import { format, median, percentile } from "./models-bench-stats.ts";

const total = 1000;
const concurrency = 10;
const faultRate = 0.3;
const stallTimeoutMs = 100;
const text = "Aprovecha el Hot Sale: envío gratis y hasta 12 meses sin intereses en toda la tienda.";

const faultCounts = { "429": 0, "500": 0, stall: 0, reset: 0, none: 0 };
function chaoticReply(): FakeReply {
  const roll = Math.random();
  if (roll >= faultRate) {
    faultCounts.none += 1;
    return { text };
  }
  const kind = Math.floor((roll / faultRate) * 4);
  if (kind === 0) {
    faultCounts["429"] += 1;
    return faults.rateLimited({ retryAfterMs: 20 });
  }
  if (kind === 1) {
    faultCounts["500"] += 1;
    return faults.serverError(500);
  }
  if (kind === 2) {
    faultCounts.stall += 1;
    return faults.stallMidStream(4, text);
  }
  faultCounts.reset += 1;
  return faults.resetMidStream(4, text);
}

const openaiFake = await startFakeOpenAI({ respond: chaoticReply });
const anthropicFake = await startFakeAnthropic({ respond: chaoticReply });
const timeouts = { connectMs: 1000, firstByteMs: 1000, idleMs: stallTimeoutMs, totalMs: 5000 };
const openai = createOpenAI({ apiKey: "sk-bench", baseURL: openaiFake.url, environment: {}, timeouts });
const anthropic = createAnthropic({ apiKey: "sk-ant-bench", baseURL: anthropicFake.url, environment: {}, timeouts });
const router = createRouter({
  providers: [openai, anthropic],
  policy: {
    rules: [
      {
        candidates: [
          { provider: "openai", model: "gpt-4o-mini" },
          { provider: "anthropic", model: "claude-haiku-4-5" },
        ],
      },
    ],
  },
  retry: { maxRetries: 3, backoff: { initialDelayMs: 5, maxDelayMs: 50, factor: 2 } },
  circuitBreaker: { failureThreshold: 10, openMs: 200 },
});

// Control lane: after each chaotic request the same worker streams the same text from a fault-free
// fake straight through the adapter, so both see the same machine load; "added" is the pair's difference.
const clean = await startFakeOpenAI({ respond: () => ({ text }) });
const control = createOpenAI({ apiKey: "sk-bench", baseURL: clean.url, environment: {} });
async function controlLatency(): Promise<number> {
  const started = performance.now();
  for await (const _event of control.stream("gpt-4o-mini", { messages: [{ role: "user", content: "hola" }] })) {
    // drain
  }
  return performance.now() - started;
}

let succeeded = 0;
let duplicates = 0;
let restarts = 0;
const failures: string[] = [];
const latencies: number[] = [];
const added: number[] = [];

async function one(index: number): Promise<void> {
  const started = performance.now();
  let visible = "";
  let finishes = 0;
  let finalText = "";
  try {
    const events: AsyncIterable<ModelStreamEvent> = router.stream({
      task: "generate",
      idempotencyKey: `chaos-${index}`,
      messages: [{ role: "user", content: `Anuncio ${index}` }],
    });
    for await (const event of events) {
      if (event.type === "restart") {
        visible = "";
        restarts += 1;
      } else if (event.type === "text-delta") visible += event.text;
      else {
        finishes += 1;
        finalText = event.result.text;
      }
    }
    const latency = performance.now() - started;
    latencies.push(latency);
    added.push(latency - (await controlLatency()));
    if (finishes !== 1 || visible !== text || finalText !== text) duplicates += 1;
    else succeeded += 1;
  } catch (error) {
    failures.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }
}

const startedAt = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < total) {
      const index = next;
      next += 1;
      await one(index);
    }
  }),
);
const elapsedMs = performance.now() - startedAt;
await Promise.all([openaiFake.close(), anthropicFake.close(), clean.close()]);
console.log(`models-chaos: ${total} streamed requests, concurrency ${concurrency}, fault rate ${faultRate * 100}%`);
console.log(`  answers served by the fakes: ${JSON.stringify(faultCounts)}`);
console.log(`  success rate: ${((succeeded / total) * 100).toFixed(2)}% (${succeeded}/${total})`);
console.log(`  duplicates (text delivered twice, wrong, or several finishes): ${duplicates}`);
console.log(`  restarts sent to consumers: ${restarts}`);
console.log(`  failures: ${failures.length}${failures.length ? ` e.g. ${failures[0]}` : ""}`);
console.log(
  `  latency through the router p50: ${format(median(latencies))}  p99: ${format(percentile(latencies, 0.99))}`,
);
console.log(
  `  added vs a fault-free control call made right after (same load) p50: ${format(percentile(added, 0.5))}  p99: ${format(percentile(added, 0.99))}`,
);
console.log(`  wall time: ${(elapsedMs / 1000).toFixed(1)} s`);
