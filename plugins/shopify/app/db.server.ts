import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DatabaseSync } from "node:sqlite";

/**
 * The app's own storage: Shopify sessions, each shop's settings, bulk-job progress, the digests of
 * the source each translation was made from and the state of each product's published storefront copy. Node's built-in SQLite keeps the app free of native builds.
 */
export type AppDatabase = DatabaseSync;

const schema = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY, shop TEXT NOT NULL, payload TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_shop ON sessions (shop);
CREATE TABLE IF NOT EXISTS shop_settings (
  shop TEXT PRIMARY KEY, source_locale TEXT NOT NULL, target_locales TEXT NOT NULL,
  translate_handles INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS localized_fields (
  shop TEXT NOT NULL, resource_id TEXT NOT NULL, key TEXT NOT NULL, target_locale TEXT NOT NULL,
  source_digest TEXT NOT NULL, updated_at TEXT NOT NULL,
  PRIMARY KEY (shop, resource_id, key, target_locale)
);
CREATE TABLE IF NOT EXISTS bulk_jobs (
  id INTEGER PRIMARY KEY AUTOINCREMENT, shop TEXT NOT NULL, status TEXT NOT NULL, cursor TEXT,
  pages_done INTEGER NOT NULL DEFAULT 0,
  total INTEGER NOT NULL, processed INTEGER NOT NULL DEFAULT 0, written INTEGER NOT NULL DEFAULT 0,
  requeued INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0, last_error TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS bulk_job_retries (
  job_id INTEGER NOT NULL, resource_id TEXT NOT NULL, attempts INTEGER NOT NULL,
  PRIMARY KEY (job_id, resource_id)
);
CREATE TABLE IF NOT EXISTS storefront_copy (
  shop TEXT NOT NULL, resource_id TEXT NOT NULL, locale TEXT NOT NULL, content TEXT NOT NULL, origin TEXT NOT NULL,
  status TEXT NOT NULL, version INTEGER, error TEXT, attempts INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL,
  PRIMARY KEY (shop, resource_id, locale)
);
CREATE TABLE IF NOT EXISTS webhook_events (
  event_id TEXT PRIMARY KEY, shop TEXT NOT NULL, topic TEXT NOT NULL, received_at TEXT NOT NULL
);
`;

export function openAppDatabase(path: string): AppDatabase {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const database = new DatabaseSync(path);
  database.exec("PRAGMA journal_mode = WAL;");
  database.exec(schema);
  return database;
}

/** Removes everything the app holds about a shop (uninstall clean-up and `shop/redact`). */
export function forgetShop(database: AppDatabase, shop: string): void {
  for (const table of ["sessions", "shop_settings", "localized_fields", "storefront_copy", "webhook_events"]) {
    database.prepare(`DELETE FROM ${table} WHERE shop = ?`).run(shop);
  }
  database.prepare("DELETE FROM bulk_job_retries WHERE job_id IN (SELECT id FROM bulk_jobs WHERE shop = ?)").run(shop);
  database.prepare("DELETE FROM bulk_jobs WHERE shop = ?").run(shop);
}

/** Records a webhook delivery; false when this event id was seen before (Shopify may deliver twice). */
export function recordWebhookEvent(database: AppDatabase, event: { id: string; shop: string; topic: string }): boolean {
  const result = database
    .prepare("INSERT OR IGNORE INTO webhook_events (event_id, shop, topic, received_at) VALUES (?, ?, ?, ?)")
    .run(event.id, event.shop, event.topic, new Date().toISOString());
  return result.changes === 1;
}
