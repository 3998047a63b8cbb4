import { join } from "node:path";
import { createClient } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Storage } from "../db/open.ts";
import { createCrashJob, expectWrittenExactlyOnce, startWorker, waitForSucceeded } from "./testing/crash-scenario.ts";
import { temporarySqlite } from "./testing/storage.ts";

describe("a worker killed mid-batch (sqlite)", () => {
  let storage: Storage;
  let file: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ storage, file, cleanup } = await temporarySqlite());
  });
  afterAll(() => cleanup());

  it("SIGKILL at ~100 of 500 items, restart: every item written exactly once", async () => {
    const repo = storage.repository;
    const { tenantId, jobId } = await createCrashJob(repo);
    const callLog = join(file, "..", "calls.log");
    const env = { CALL_LOG: callLog, LEASE_MS: "1000", FAKE_DELAY_MS: "5" };

    const first = startWorker(`file:${file}`, env);
    await waitForSucceeded(repo, tenantId, jobId, 100);
    first.child.kill("SIGKILL");
    expect(await first.exited).toBeNull();
    const atKill = await repo.jobs.countItems(tenantId, jobId);
    expect(atKill.succeeded).toBeLessThan(500);
    expect(atKill.running).toBeGreaterThan(0);

    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const second = startWorker(`file:${file}`, env);
    expect(await second.exited, second.output()).toBe(0);

    const client = createClient({ url: `file:${file}` });
    const result = await client.execute("select count(*) as n from localized_fields");
    client.close();
    await expectWrittenExactlyOnce(repo, tenantId, jobId, Number(result.rows[0]?.n), callLog, atKill.running);
  }, 120_000);
});
