import { randomBytes } from "node:crypto";
import { createConnection } from "mysql2/promise";

/** The MySQL-compatible server for tests, from MYSQL_URL (CI sets it); undefined when there is none. */
export const mysqlUrl = process.env.MYSQL_URL;

/** Creates a uniquely named database (so parallel runs never collide) and returns its URL and a dropper. */
export async function createScratchDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = new URL(serverUrl);
  const database = `frontier_test_${randomBytes(6).toString("hex")}`;
  const admin = await createConnection({ uri: url.toString() });
  await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  url.pathname = `/${database}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE \`${database}\``);
      await admin.end();
    },
  };
}
