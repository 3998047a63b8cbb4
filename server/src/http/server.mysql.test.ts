import { describe, expect, it } from "vitest";
import { bearer, createTestServer } from "../testing/harness.ts";
import { createScratchDatabase, mysqlUrl } from "../testing/mysql.ts";

// Runs when MYSQL_URL names a MySQL-compatible server (CI sets it to the local MariaDB).
describe("the server on MySQL", () => {
  it("migrates, serves keys and rate-limits with the MySQL store", async () => {
    const scratch = await createScratchDatabase(mysqlUrl ?? "");
    const server = await createTestServer({ DATABASE_URL: scratch.url, FRONTIER_RATE_LIMIT_KEY_PER_MINUTE: "2" });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await server.app.inject({
          method: "GET",
          url: "/trpc/keys.list",
          headers: bearer(server.ownerKey),
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([200, 200, 429]);
      const health = await server.app.inject({ method: "GET", url: "/api/v1/health" });
      expect(health.json().database).toEqual({ dialect: "mysql", status: "ok" });
    } finally {
      await server.close();
      await scratch.drop();
    }
  });
});
