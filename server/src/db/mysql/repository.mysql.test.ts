import { drizzle } from "drizzle-orm/mysql2";
import { migrate } from "drizzle-orm/mysql2/migrator";
import { createPool } from "mysql2/promise";
import { describe } from "vitest";
import { parseDatabaseTarget } from "../../config.ts";
import { createScratchDatabase, mysqlUrl } from "../../testing/mysql.ts";
import { jobQueueContract } from "../job-queue-contract.ts";
import { migrationContract } from "../migration-contract.ts";
import { openStorage } from "../open.ts";
import { repositoryContract } from "../repository-contract.ts";

// Runs when MYSQL_URL names a MySQL-compatible server (CI sets it to the local MariaDB), in a database of its own.
describe("mysql", () => {
  repositoryContract("mysql (mysql2)", async (now) => {
    const scratch = await createScratchDatabase(mysqlUrl ?? "");
    const storage = await openStorage(parseDatabaseTarget(scratch.url), { now });
    return { storage, cleanup: scratch.drop };
  });
  jobQueueContract("mysql", async () => {
    const scratch = await createScratchDatabase(mysqlUrl ?? "");
    const storage = await openStorage(parseDatabaseTarget(scratch.url));
    await storage.migrate();
    return { storage, cleanup: scratch.drop };
  });
  migrationContract("mysql", "mysql", async () => {
    const scratch = await createScratchDatabase(mysqlUrl ?? "");
    const pool = createPool({ uri: scratch.url, connectionLimit: 1 });
    let ended = false;
    const end = async () => {
      if (!ended) await pool.end();
      ended = true;
    };
    return {
      migrateFrom: (folder) => migrate(drizzle(pool), { migrationsFolder: folder }),
      execute: async (statement) => {
        await pool.query(statement);
      },
      open: async () => {
        await end();
        return openStorage(parseDatabaseTarget(scratch.url));
      },
      cleanup: async () => {
        await end();
        await scratch.drop();
      },
    };
  });
});
