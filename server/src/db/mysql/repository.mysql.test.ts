import { describe } from "vitest";
import { parseDatabaseTarget } from "../../config.ts";
import { createScratchDatabase, mysqlUrl } from "../../testing/mysql.ts";
import { jobQueueContract } from "../job-queue-contract.ts";
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
});
