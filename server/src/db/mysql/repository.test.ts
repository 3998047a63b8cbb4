import { randomBytes } from "node:crypto";
import { createConnection } from "mysql2/promise";
import { describe } from "vitest";
import { parseDatabaseTarget } from "../../config.ts";
import { openStorage } from "../open.ts";
import { repositoryContract } from "../repository-contract.ts";

// Runs when MYSQL_URL names a MySQL-compatible server (CI sets it to the local MariaDB). Each run works in a
// database of its own, created and dropped here, so parallel runs do not collide.
const mysqlUrl = process.env.MYSQL_URL;

describe.runIf(mysqlUrl)("mysql", () => {
  repositoryContract("mysql (mysql2)", async (now) => {
    const server = new URL(mysqlUrl ?? "");
    const database = `frontier_test_${randomBytes(6).toString("hex")}`;
    const admin = await createConnection({ uri: server.toString() });
    await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
    server.pathname = `/${database}`;
    const storage = await openStorage(parseDatabaseTarget(server.toString()), { now });
    return {
      storage,
      cleanup: async () => {
        await admin.query(`DROP DATABASE \`${database}\``);
        await admin.end();
      },
    };
  });
});
