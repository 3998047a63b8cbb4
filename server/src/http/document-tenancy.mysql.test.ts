import { createScratchDatabase, mysqlUrl } from "../testing/mysql.ts";
import { documentTenancyContract } from "./document-tenancy-contract.ts";

// Runs when MYSQL_URL names a MySQL-compatible server (CI sets it to the local MariaDB).
documentTenancyContract("mysql", async () => {
  const scratch = await createScratchDatabase(mysqlUrl ?? "");
  return { env: { DATABASE_URL: scratch.url }, cleanup: scratch.drop };
});
