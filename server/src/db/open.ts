import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "@libsql/client";
import { drizzle as drizzleLibsql } from "drizzle-orm/libsql";
import { migrate as migrateLibsql } from "drizzle-orm/libsql/migrator";
import { drizzle as drizzleMysql } from "drizzle-orm/mysql2";
import { migrate as migrateMysql } from "drizzle-orm/mysql2/migrator";
import { createPool } from "mysql2/promise";
import type { DatabaseTarget } from "../config.ts";
import { createMysqlRepository } from "./mysql/repository.ts";
import * as mysqlSchema from "./mysql/schema.ts";
import type { Repository } from "./repository.ts";
import { createSqliteRepository } from "./sqlite/repository.ts";
import * as sqliteSchema from "./sqlite/schema.ts";

export interface Storage {
  repository: Repository;
  /** Applies the dialect's pending migrations (committed under `<dialect>/migrations`). Idempotent. */
  migrate(): Promise<void>;
  /** The MySQL pool (callback API) and database name, for stores that share the connection (rate limits). */
  mysql: { pool: import("mysql2").Pool; database: string } | null;
}

const migrationsFolder = (dialect: "sqlite" | "mysql") =>
  fileURLToPath(new URL(`./${dialect}/migrations`, import.meta.url));

/** Opens the database named by the configuration; the SQLite file and its folder are created when missing. */
export async function openStorage(target: DatabaseTarget, options: { now?: () => number } = {}): Promise<Storage> {
  if (target.dialect === "mysql") {
    // Big numbers as numbers: our bigint columns hold epoch milliseconds, far below 2^53.
    const pool = createPool({ uri: target.url, supportBigNumbers: true, bigNumberStrings: false, connectionLimit: 10 });
    const db = drizzleMysql(pool, { schema: mysqlSchema, mode: "default" });
    const repository = createMysqlRepository(db, { close: () => pool.end(), now: options.now });
    return {
      repository,
      migrate: () => migrateMysql(db, { migrationsFolder: migrationsFolder("mysql") }),
      mysql: { pool: pool.pool, database: decodeURIComponent(new URL(target.url).pathname.slice(1)) },
    };
  }
  if (target.file) await mkdir(dirname(target.file), { recursive: true });
  // One connection: the PRAGMAs below are per connection, and SQLite has one writer anyway (the job lease).
  const client = createClient({ url: target.url, concurrency: 1 });
  if (target.file) {
    // WAL lets the storefront read while a job writes; the timeout waits out a writer instead of failing.
    await client.execute("PRAGMA journal_mode = WAL");
    await client.execute("PRAGMA busy_timeout = 5000");
    // NORMAL is safe with WAL (no corruption); a power cut may lose the last commits, not the database.
    await client.execute("PRAGMA synchronous = NORMAL");
  }
  const db = drizzleLibsql(client, { schema: sqliteSchema });
  const close = async () => client.close();
  const repository = createSqliteRepository(db, { close, now: options.now });
  return {
    repository,
    migrate: () => migrateLibsql(db, { migrationsFolder: migrationsFolder("sqlite") }),
    mysql: null,
  };
}
