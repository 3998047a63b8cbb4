// Batch jobs against a rate-limited provider, and the database rows a worker writes per second on SQLite.
// Part 1: a scripted provider that allows RATE requests a minute (in one-second windows) and answers 429 with
// Retry-After beyond it; the worker's gate is set to the same rate. Prints the achieved rate against the
// allowed one (busy %) and the 429s. Part 2: an instant provider, so the database is the limit: items/s
// (each item = one claimed row update, one result row, one state change, one settle check).
//   node server/bench/jobs-throughput.ts [requests per minute, default 3000] [seconds, default 20]
import { ProviderApiError } from "@frontier-ai/core";
import { createLocalizeJob } from "../src/jobs/localize-job.ts";
import { temporarySqlite } from "../src/jobs/testing/storage.ts";
import { createJobWorker, type LocalizeOne } from "../src/jobs/worker.ts";
import { createModels } from "../src/models.ts";

const rate = Number(process.argv[2] ?? 3000);
const seconds = Number(process.argv[3] ?? 20);
const latencyMs = 80;
const models = createModels({});

function items(count: number, tag: string) {
  return Array.from({ length: count }, (_, n) => ({ document: `${tag}-${n}`, field: "title", text: `Producto ${n}` }));
}

// Part 1 ------------------------------------------------------------------------------------------------
{
  const { storage, cleanup } = await temporarySqlite();
  const repo = storage.repository;
  const tenant = (await repo.tenants.create("bench")).id;
  const perSecond = rate / 60;
  let windowStart = 0;
  let inWindow = 0;
  let served = 0;
  let rejected = 0;
  const firstAt = { value: 0 };
  let lastAt = 0;
  const provider: LocalizeOne = async (item) => {
    const at = Date.now();
    if (at - windowStart >= 1_000) {
      windowStart = at - ((at - windowStart) % 1_000);
      inWindow = 0;
    }
    if (inWindow >= perSecond) {
      rejected += 1;
      const retryAfterMs = 1_000 - (at - windowStart);
      throw new ProviderApiError({ message: "rate limited", provider: "fake", status: 429, retryAfterMs });
    }
    inWindow += 1;
    if (firstAt.value === 0) firstAt.value = at;
    await new Promise((resolve) => setTimeout(resolve, latencyMs));
    served += 1;
    lastAt = Date.now();
    return { content: `${item.text} (${item.locale})`, score: 1, provider: "fake", model: "m" };
  };
  const planned = Math.ceil(perSecond * seconds);
  await createLocalizeJob(repo, tenant, {
    items: items(planned, "p1"),
    source_locale: "es-ES",
    target_locales: ["es-MX"],
  });
  const worker = createJobWorker({
    repository: repo,
    models,
    concurrency: 32,
    providerLimits: { default: { maxConcurrency: 32, requestsPerMinute: rate } },
    localizeOne: provider,
    pollMs: 20,
    backoff: { baseMs: 200, maxMs: 2_000 },
  });
  const started = Date.now();
  const stats = await worker.drain();
  const elapsed = (Date.now() - started) / 1_000;
  const achieved = (served / Math.max(0.001, (lastAt - firstAt.value) / 1_000 + latencyMs / 1_000)) * 60;
  console.log(`Part 1: ${planned} items, provider allows ${rate} requests/min (429 beyond), ${latencyMs} ms per call`);
  console.log(
    `  achieved ${achieved.toFixed(0)} requests/min = ${((achieved / rate) * 100).toFixed(1)}% of the allowed rate`,
  );
  console.log(
    `  429 answers: ${rejected} (${((rejected / Math.max(1, served)) * 100).toFixed(2)}% of calls); retries: ${stats.retried}`,
  );
  console.log(`  wall time ${elapsed.toFixed(1)} s; succeeded ${stats.succeeded}, failed ${stats.failed}`);
  await cleanup();
}

// Part 2 ------------------------------------------------------------------------------------------------
{
  const { storage, cleanup } = await temporarySqlite();
  const repo = storage.repository;
  const tenant = (await repo.tenants.create("bench")).id;
  const count = 2_000;
  const created = Date.now();
  await createLocalizeJob(repo, tenant, {
    items: items(count, "p2"),
    source_locale: "es-ES",
    target_locales: ["es-MX"],
  });
  const createMs = Date.now() - created;
  const instant: LocalizeOne = async (item) => ({ content: item.text, score: 1, provider: "fake", model: "m" });
  const worker = createJobWorker({ repository: repo, models, concurrency: 16, localizeOne: instant, pollMs: 5 });
  const started = Date.now();
  const stats = await worker.drain();
  const elapsed = (Date.now() - started) / 1_000;
  console.log(`Part 2: SQLite (WAL, one connection), ${count} items, instant provider, concurrency 16`);
  console.log(`  job creation: ${((count / createMs) * 1_000).toFixed(0)} items/s inserted (${createMs} ms)`);
  console.log(`  worker: ${(stats.succeeded / elapsed).toFixed(0)} items/s completed (${elapsed.toFixed(1)} s)`);
  await cleanup();
}
