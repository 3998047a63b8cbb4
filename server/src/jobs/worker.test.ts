import { ProviderApiError } from "@frontier-ai/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Repository } from "../db/repository.ts";
import { createModels } from "../models.ts";
import type { JobStatus } from "../types.ts";
import { createLocalizeJob, viewJob } from "./localize-job.ts";
import { temporarySqlite } from "./testing/storage.ts";
import { createJobWorker, type LocalizeOne } from "./worker.ts";

const models = createModels({});
const body = {
  items: Array.from({ length: 10 }, (_, n) => ({
    document: `sku-${n}`,
    field: "title",
    text: `Ofertas de verano ${n}`,
  })),
  source_locale: "es-ES",
  target_locales: ["es-MX", "es-AR"],
};

describe("job worker (sqlite)", () => {
  let repo: Repository;
  let cleanup: () => Promise<void>;
  let tenant: string;
  beforeEach(async () => {
    const db = await temporarySqlite();
    repo = db.storage.repository;
    cleanup = db.cleanup;
    tenant = (await repo.tenants.create("shop")).id;
  });
  afterEach(() => cleanup());

  it("localizes every item through the router, settles the job once, and a re-run reuses the copy", async () => {
    const settled: JobStatus[] = [];
    const events = { jobSettled: async (_t: string, _j: string, status: JobStatus) => void settled.push(status) };
    const job = await createLocalizeJob(repo, tenant, body);
    const stats = await createJobWorker({ repository: repo, models, events, pollMs: 10 }).drain();
    expect(stats).toMatchObject({ claimed: 20, succeeded: 20, reused: 0, failed: 0 });
    expect(settled).toEqual(["succeeded"]);
    const view = await viewJob(repo, tenant, job.id, { offset: 0, limit: 5 });
    expect(view?.status).toBe("succeeded");
    expect(view?.counts.succeeded).toBe(20);
    expect(view?.items).toHaveLength(5);
    expect(view?.next_offset).toBe(5);
    expect(view?.items[0]?.content).toMatch(/verano 0/);

    let calls = 0;
    const counting: LocalizeOne = async () => {
      calls += 1;
      return { content: "x", score: 1, provider: "p", model: "m" };
    };
    const again = await createLocalizeJob(repo, tenant, body);
    const rerun = await createJobWorker({ repository: repo, models, localizeOne: counting, pollMs: 10 }).drain();
    expect(calls).toBe(0);
    expect(rerun).toMatchObject({ succeeded: 20, reused: 20 });
    expect((await viewJob(repo, tenant, again.id, { offset: 0, limit: 1 }))?.items[0]?.reused).toBe(true);
  });

  it("retries a rate-limited call with backoff and fails an item for good after a permanent error", async () => {
    const seen = new Map<string, number>();
    const flaky: LocalizeOne = async (item) => {
      const n = (seen.get(item.document + item.locale) ?? 0) + 1;
      seen.set(item.document + item.locale, n);
      if (item.document === "sku-0") throw new Error("the model answered nonsense");
      if (n === 1) throw new ProviderApiError({ message: "slow down", provider: "p", status: 429, retryAfterMs: 5 });
      return { content: `ok ${item.document}`, score: 1, provider: "p", model: "m" };
    };
    const settled: JobStatus[] = [];
    const events = { jobSettled: async (_t: string, _j: string, status: JobStatus) => void settled.push(status) };
    const job = await createLocalizeJob(repo, tenant, body);
    const worker = createJobWorker({
      repository: repo,
      models,
      localizeOne: flaky,
      events,
      pollMs: 5,
      backoff: { baseMs: 5, maxMs: 20 },
    });
    let stats = await worker.drain();
    for (let round = 0; round < 20 && (await repo.jobs.get(tenant, job.id))?.status === "running"; round += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      stats = await worker.drain();
    }
    const counts = await repo.jobs.countItems(tenant, job.id);
    expect(counts).toMatchObject({ succeeded: 18, failed: 2, queued: 0, running: 0 });
    expect(stats.retried).toBe(18);
    expect(settled).toEqual(["failed"]);
    expect(seen.get("sku-0es-MX")).toBe(1);
    const view = await viewJob(repo, tenant, job.id, { offset: 0, limit: 1 });
    expect(view?.items[0]?.error).toMatch(/nonsense/);
  });

  it("stops a cancelled job: no item of it is claimed or written", async () => {
    const job = await createLocalizeJob(repo, tenant, body);
    expect(await repo.jobs.cancel(tenant, job.id)).toBe(true);
    const stats = await createJobWorker({ repository: repo, models, pollMs: 5 }).drain();
    expect(stats.claimed).toBe(0);
    expect((await repo.jobs.get(tenant, job.id))?.status).toBe("cancelled");
  });
});
