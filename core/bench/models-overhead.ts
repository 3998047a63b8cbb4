// Overhead benchmark: the router in front of a fake OpenAI with a fixed 20 ms latency, against the
// `openai` SDK called directly on the same fake. Interleaved rounds: within a round the two paths
// alternate call by call (and which goes first alternates), so load drift on a shared machine hits
// both alike. The figure is the median over rounds of (router − direct) per-round medians, and
// likewise for p99.
// Run: node core/bench/models-overhead.ts
import OpenAI from "openai";
import { createOpenAI, createRouter } from "../src/models/index.ts";
import { startFakeOpenAI } from "../testing/index.ts";
import { format, median, percentile } from "./models-bench-stats.ts";

const rounds = 20;
const perRound = 40;
const latencyMs = 20;
const messages = [{ role: "user" as const, content: "Escribe un titular para una cafetera." }];

const fake = await startFakeOpenAI({
  respond: () => ({ text: "Tu café, como en casa.", firstByteDelayMs: latencyMs }),
});
const direct = new OpenAI({ apiKey: "sk-bench", baseURL: fake.url, maxRetries: 0 });
const router = createRouter({
  providers: [createOpenAI({ apiKey: "sk-bench", baseURL: fake.url, environment: {} })],
  policy: { rules: [{ candidates: [{ provider: "openai", model: "gpt-4o-mini" }] }] },
  onEvent: () => {},
});

async function timeDirect(): Promise<number> {
  const started = performance.now();
  await direct.chat.completions.create({ model: "gpt-4o-mini", messages });
  return performance.now() - started;
}

async function timeRouter(): Promise<number> {
  const started = performance.now();
  await router.generate({ task: "generate", tenant: "bench", messages });
  return performance.now() - started;
}

async function sample(run: () => Promise<number>): Promise<number[]> {
  const latencies: number[] = [];
  for (let index = 0; index < perRound; index += 1) latencies.push(await run());
  return latencies;
}

// Warm both paths (connections, JIT) before measuring.
await sample(timeDirect);
await sample(timeRouter);

const addedMedians: number[] = [];
const addedP99s: number[] = [];
const directMedians: number[] = [];
const allRouter: number[] = [];
const allDirect: number[] = [];
for (let round = 0; round < rounds; round += 1) {
  const viaRouter: number[] = [];
  const viaSdk: number[] = [];
  for (let pair = 0; pair < perRound; pair += 1) {
    if ((round + pair) % 2 === 0) {
      viaRouter.push(await timeRouter());
      viaSdk.push(await timeDirect());
    } else {
      viaSdk.push(await timeDirect());
      viaRouter.push(await timeRouter());
    }
  }
  addedMedians.push(median(viaRouter) - median(viaSdk));
  addedP99s.push(percentile(viaRouter, 0.99) - percentile(viaSdk, 0.99));
  directMedians.push(median(viaSdk));
  allRouter.push(...viaRouter);
  allDirect.push(...viaSdk);
}
await fake.close();

console.log(`models-overhead: ${rounds} rounds × ${perRound} interleaved pairs, fake latency ${latencyMs} ms`);
console.log(`  direct SDK median: ${format(median(directMedians))}`);
console.log(`  added by the router p50: ${format(median(addedMedians))} (target ≤ 0.5 ms)`);
console.log(
  `  added by the router p99: ${format(median(addedP99s))} (target ≤ 2 ms; median of per-round p99 differences)`,
);
console.log(
  `  pooled p99: router ${format(percentile(allRouter, 0.99))}, direct ${format(percentile(allDirect, 0.99))}`,
);
