import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDatabaseTarget } from "../../config.ts";
import { openStorage, type Storage } from "../../db/open.ts";

/** A migrated SQLite file in a temporary folder, for job tests. */
export async function temporarySqlite(): Promise<{ storage: Storage; file: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "frontier-jobs-"));
  const file = join(dir, "frontier.db");
  const storage = await openStorage(parseDatabaseTarget(file));
  await storage.migrate();
  return {
    storage,
    file,
    cleanup: async () => {
      await storage.repository.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
