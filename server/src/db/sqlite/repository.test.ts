import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDatabaseTarget } from "../../config.ts";
import { jobQueueContract } from "../job-queue-contract.ts";
import { openStorage } from "../open.ts";
import { repositoryContract } from "../repository-contract.ts";

repositoryContract("sqlite (libsql, temporary file)", async (now) => {
  const dir = await mkdtemp(join(tmpdir(), "frontier-sqlite-"));
  const storage = await openStorage(parseDatabaseTarget(join(dir, "nested", "frontier.db")), { now });
  return { storage, cleanup: () => rm(dir, { recursive: true, force: true }) };
});

jobQueueContract("sqlite", async () => {
  const dir = await mkdtemp(join(tmpdir(), "frontier-queue-"));
  const storage = await openStorage(parseDatabaseTarget(join(dir, "frontier.db")));
  await storage.migrate();
  return { storage, cleanup: () => rm(dir, { recursive: true, force: true }) };
});
