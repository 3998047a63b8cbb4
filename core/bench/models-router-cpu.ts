// CPU cost of the router's own machinery (policy, breaker, limiter, tracker, event), without any
// network: the same in-memory provider called directly and through the router, interleaved rounds.
// Complements models-overhead.ts, whose figures include HTTP and are noisy on a busy machine.
// Run: node core/bench/models-router-cpu.ts
import { createRouter } from "../src/models/index.ts";
import { createScriptedProvider } from "../testing/index.ts";
import { median } from "./models-bench-stats.ts";

const rounds = 9;
const callsPerRound = 20_000;
const provider = createScriptedProvider({ id: "openai", respond: () => ({ text: "Tu café, como en casa." }) });
const router = createRouter({
  providers: [provider],
  policy: { rules: [{ candidates: [{ provider: "openai", model: "gpt-5.4-mini" }] }] },
  onEvent: () => {},
});
const messages = [{ role: "user" as const, content: "Escribe un titular para una cafetera." }];

async function perCallMicroseconds(call: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let index = 0; index < callsPerRound; index += 1) await call();
  return ((performance.now() - started) / callsPerRound) * 1000;
}

const added: number[] = [];
for (let round = 0; round < rounds; round += 1) {
  const direct = await perCallMicroseconds(() => provider.generate("gpt-5.4-mini", { messages }));
  const viaRouter = await perCallMicroseconds(() => router.generate({ task: "generate", tenant: "bench", messages }));
  provider.calls.length = 0;
  if (round > 0) added.push(viaRouter - direct); // round 0 warms the JIT
}
console.log(`models-router-cpu: ${rounds - 1} rounds × ${callsPerRound} calls, in-memory provider`);
console.log(`  router machinery per call (median of rounds): ${median(added).toFixed(1)} µs`);
