import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createConnection } from "mysql2/promise";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDatabaseTarget } from "../config.ts";
import { openStorage, type Storage } from "../db/open.ts";
import { createScratchDatabase, mysqlUrl } from "../testing/mysql.ts";
import { createCrashJob, expectWrittenExactlyOnce, startWorker, waitForSucceeded } from "./testing/crash-scenario.ts";

async function countRows(url: string): Promise<number> {
  const connection = await createConnection({ uri: url });
  const [rows] = await connection.query("select count(*) as n from localized_fields");
  await connection.end();
  return Array.isArray(rows) ? Number((rows[0] as { n?: unknown } | undefined)?.n) : Number.NaN;
}

describe("workers on MariaDB", () => {
  let storage: Storage;
  let url: string;
  let drop: () => Promise<void>;
  let dir: string;
  beforeAll(async () => {
    const scratch = await createScratchDatabase(mysqlUrl ?? "");
    url = scratch.url;
    drop = scratch.drop;
    storage = await openStorage(parseDatabaseTarget(url));
    await storage.migrate();
    dir = await mkdtemp(join(tmpdir(), "frontier-crash-"));
  });
  afterAll(async () => {
    await storage.repository.close();
    await drop();
    await rm(dir, { recursive: true, force: true });
  });

  it("SIGKILL at ~100 of 500 items, restart: every item written exactly once", async () => {
    const repo = storage.repository;
    await repo.ping();
    const { tenantId, jobId } = await createCrashJob(repo);
    const callLog = join(dir, "kill.log");
    const env = { CALL_LOG: callLog, LEASE_MS: "1000", FAKE_DELAY_MS: "5" };
    const first = startWorker(url, env);
    await waitForSucceeded(repo, tenantId, jobId, 100);
    first.child.kill("SIGKILL");
    expect(await first.exited).toBeNull();
    const atKill = await repo.jobs.countItems(tenantId, jobId);
    expect(atKill.succeeded).toBeLessThan(500);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const second = startWorker(url, env);
    expect(await second.exited, second.output()).toBe(0);
    await expectWrittenExactlyOnce(repo, tenantId, jobId, await countRows(url), callLog, atKill.running);
  }, 120_000);

  it("two workers share one job through SKIP LOCKED without processing an item twice", async () => {
    const repo = storage.repository;
    const { tenantId, jobId } = await createCrashJob(repo);
    const before = await countRows(url);
    const callLog = join(dir, "pair.log");
    const env = { CALL_LOG: callLog, LEASE_MS: "30000", FAKE_DELAY_MS: "5", WAIT_FOR_GO: "1" };
    const a = startWorker(url, { ...env, OWNER: "worker-a" });
    const b = startWorker(url, { ...env, OWNER: "worker-b" });
    await Promise.all([a.ready(), b.ready()]);
    a.go();
    b.go();
    expect(await a.exited, a.output()).toBe(0);
    expect(await b.exited, b.output()).toBe(0);
    // With leases far longer than the run, a second call for an item could only come from a double claim.
    await expectWrittenExactlyOnce(repo, tenantId, jobId, (await countRows(url)) - before, callLog, 0);
    const stats = [a.output(), b.output()].map(
      (out) => JSON.parse(out.split("\n").find((line) => line.startsWith("{")) ?? "{}") as { claimed: number },
    );
    expect(stats.every((s) => s.claimed > 0)).toBe(true);
    expect(stats.reduce((sum, s) => sum + s.claimed, 0)).toBe(500);
  }, 120_000);
});
