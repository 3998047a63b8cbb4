import type { Command } from "commander";
import type { CliIo } from "../main.ts";
import { configFromCli, failWith } from "./server-config.ts";

export function registerMigrateCommand(program: Command, io: CliIo): void {
  program
    .command("migrate")
    .description("Apply pending database migrations (also done by start).")
    .option("--db <url>", "SQLite path, file:<path> or mysql://... (DATABASE_URL)")
    .action(async (flags: { db?: string }) => {
      const config = configFromCli(io, flags);
      const { openStorage } = await import("../../db/open.ts");
      const storage = await failWith(io, "could not open the database", () => openStorage(config.database));
      try {
        await failWith(io, "migration failed", () => storage.migrate());
        io.stdout(`Migrated the ${storage.repository.dialect} database.\n`);
      } finally {
        await storage.repository.close();
      }
    });
}
