import type { AppDatabase } from "../db.server.ts";

/** The digest of the source each translation was made from, per shop, product, key and target market. */
export function rememberLocalizedField(
  database: AppDatabase,
  entry: { shop: string; resourceId: string; key: string; targetLocale: string; sourceDigest: string },
): void {
  database
    .prepare(
      `INSERT INTO localized_fields (shop, resource_id, key, target_locale, source_digest, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (shop, resource_id, key, target_locale)
       DO UPDATE SET source_digest = excluded.source_digest, updated_at = excluded.updated_at`,
    )
    .run(entry.shop, entry.resourceId, entry.key, entry.targetLocale, entry.sourceDigest, new Date().toISOString());
}

export type LocalizedField = { key: string; targetLocale: string; sourceDigest: string };

export function localizedFieldsOf(database: AppDatabase, shop: string, resourceId: string): LocalizedField[] {
  return database
    .prepare(
      "SELECT key, target_locale AS targetLocale, source_digest AS sourceDigest FROM localized_fields WHERE shop = ? AND resource_id = ?",
    )
    .all(shop, resourceId)
    .map((row) => ({
      key: String(row.key),
      targetLocale: String(row.targetLocale),
      sourceDigest: String(row.sourceDigest),
    }));
}
