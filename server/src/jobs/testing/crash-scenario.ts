import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { expect } from "vitest";
import type { Repository } from "../../db/repository.ts";
import { createLocalizeJob, sourceDigest } from "../localize-job.ts";

const workerScript = new URL("./crash-worker.ts", import.meta.url).pathname;

export function startWorker(databaseUrl: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [workerScript, databaseUrl], {
    env: { ...process.env, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += String(chunk);
  });
  child.stderr.on("data", (chunk) => {
    output += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const ready = async () => {
    while (!output.includes("ready")) await new Promise((resolve) => setTimeout(resolve, 20));
  };
  return { child, exited, output: () => output, ready, go: () => child.stdin.write("go\n") };
}

export const crashBatch = {
  items: Array.from({ length: 500 }, (_, n) => ({ document: `sku-${n}`, field: "title", text: `Producto ${n}` })),
  source_locale: "es-ES",
  target_locales: ["es-MX"],
};

/** Waits until at least `count` items of the job succeeded. */
export async function waitForSucceeded(repo: Repository, tenantId: string, jobId: string, count: number) {
  for (let waited = 0; waited < 60_000; waited += 20) {
    const counts = await repo.jobs.countItems(tenantId, jobId);
    if (counts.succeeded >= count) return counts;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`fewer than ${count} items succeeded in 60 s`);
}

export async function createCrashJob(repo: Repository) {
  const tenantId = (await repo.tenants.create(`crash-${Date.now()}`)).id;
  const job = await createLocalizeJob(repo, tenantId, crashBatch);
  return { tenantId, jobId: job.id };
}

/**
 * Every item succeeded and its copy sits under its key, written by that item (one row per key, enforced by
 * the unique index, and `rows` counts them all); the provider was paid at most once per item plus the calls
 * that were in flight when the worker died.
 */
export async function expectWrittenExactlyOnce(
  repo: Repository,
  tenantId: string,
  jobId: string,
  rows: number,
  callLog: string,
  inFlightAtKill: number,
) {
  const counts = await repo.jobs.countItems(tenantId, jobId);
  expect(counts).toMatchObject({ succeeded: 500, queued: 0, running: 0, failed: 0 });
  expect(rows).toBe(500);
  const items = await repo.jobs.listItems(tenantId, jobId);
  for (const item of items) {
    const input = item.input as { document: string; field: string; locale: string; text: string };
    const stored = await repo.jobs.findLocalized(tenantId, {
      documentKey: input.document,
      field: input.field,
      locale: input.locale,
      sourceDigest: sourceDigest("es-ES", input.text),
    });
    expect(stored?.jobItemId).toBe(item.id);
    expect(stored?.content).toBe(`${input.text} [es-MX]`);
    expect(item.output?.content).toBe(stored?.content);
  }
  const calls = (await readFile(callLog, "utf8")).trim().split("\n");
  expect(new Set(calls).size).toBe(500);
  expect(calls.length).toBeLessThanOrEqual(500 + inFlightAtKill);
  expect((await repo.jobs.get(tenantId, jobId))?.status).toBe("succeeded");
}
