import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import { parseDatabaseTarget } from "../../config.ts";
import { jobQueueContract } from "../job-queue-contract.ts";
import { migrationContract } from "../migration-contract.ts";
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

migrationContract("sqlite", "sqlite", async () => {
  const dir = await mkdtemp(join(tmpdir(), "frontier-migrate-"));
  const file = join(dir, "frontier.db");
  const client = createClient({ url: `file:${file}` });
  return {
    migrateFrom: (folder) => migrate(drizzle(client), { migrationsFolder: folder }),
    execute: async (statement) => {
      await client.execute(statement);
    },
    open: async () => {
      client.close();
      return openStorage(parseDatabaseTarget(file));
    },
    cleanup: async () => {
      client.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});
