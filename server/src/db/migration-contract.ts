import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { Storage } from "./open.ts";

/** A database migrated only up to some migration, with raw SQL to fill it in that layout, then opened as usual. */
export interface PartlyMigrated {
  /** Applies the migrations of `folder` (a copy of the dialect's folder cut after some migration). */
  migrateFrom(folder: string): Promise<void>;
  execute(statement: string): Promise<void>;
  /** The same database opened as the server opens it; its `migrate()` applies the rest. */
  open(): Promise<Storage>;
  cleanup(): Promise<void>;
}

/** A copy of the dialect's migrations that ends with the migration tagged `lastTag`. */
async function migrationsUpTo(dialect: "sqlite" | "mysql", lastTag: string): Promise<string> {
  const source = fileURLToPath(new URL(`./${dialect}/migrations`, import.meta.url));
  const folder = await mkdtemp(join(tmpdir(), `frontier-migrations-${dialect}-`));
  await cp(source, folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(await readFile(journalPath, "utf8")) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((entry) => entry.tag === lastTag);
  if (last < 0) throw new Error(`no migration tagged ${lastTag}`);
  journal.entries = journal.entries.slice(0, last + 1);
  await writeFile(journalPath, JSON.stringify(journal));
  return folder;
}

/**
 * Migrations that change a table's keys must keep its rows: each case fills a database in the layout before the
 * migration (raw SQL valid in both dialects), applies the rest and reads the rows back through the repository.
 */
export function migrationContract(
  name: string,
  dialect: "sqlite" | "mysql",
  create: () => Promise<PartlyMigrated>,
): void {
  describe(`migrations keep data: ${name}`, () => {
    const folders: string[] = [];
    afterAll(async () => {
      await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
    });

    it("0008: documents keyed per tenant keep their rows, versions and published copy", async () => {
      const database = await create();
      let storage: Storage | undefined;
      try {
        const folder = await migrationsUpTo(dialect, "0007_idempotency_keys");
        folders.push(folder);
        await database.migrateFrom(folder);
        const statements = [
          "insert into tenants (id, name, created_at) values ('ten_a', 'acme', 1), ('ten_b', 'globex', 1)",
          `insert into documents (id, tenant_id, name, format, source_locale, created_at, updated_at) values
            ('wp-post-123', 'ten_a', 'Post', 'html', 'es-MX', 10, 20),
            ('doc_generated1', 'ten_a', 'Hero', 'text', 'es-MX', 11, 11)`,
          `insert into document_versions
            (id, tenant_id, document_id, locale, version, origin, content, metadata, published, created_at) values
            ('ver_1', 'ten_a', 'wp-post-123', 'es-AR', 1, 'localized', '<p>uno</p>', '{}', 0, 12),
            ('ver_2', 'ten_a', 'wp-post-123', 'es-AR', 2, 'edited', '<p>dos</p>', '{"score":1}', 1, 13)`,
        ];
        for (const statement of statements) await database.execute(statement);

        storage = await database.open();
        await storage.migrate();
        const repo = storage.repository;
        expect(await repo.documents.get("ten_a", "wp-post-123")).toEqual({
          id: "wp-post-123",
          tenantId: "ten_a",
          name: "Post",
          format: "html",
          sourceLocale: "es-MX",
          createdAt: 10,
          updatedAt: 20,
        });
        expect((await repo.documents.list("ten_a")).map((document) => document.id)).toEqual([
          "wp-post-123",
          "doc_generated1",
        ]);
        expect(
          (await repo.documents.listVersions("ten_a", "wp-post-123")).map((v) => [v.version, v.published]),
        ).toEqual([
          [1, false],
          [2, true],
        ]);
        expect(await repo.documents.getPublished("ten_a", "wp-post-123", "es-AR")).toMatchObject({
          content: "<p>dos</p>",
          metadata: { score: 1 },
        });
        // The new keys: another tenant may now hold the id, and the old document's numbering goes on.
        await repo.documents.create("ten_b", { id: "wp-post-123", name: "Theirs", format: "text", sourceLocale: "es" });
        const next = await repo.documents.addVersion("ten_a", "wp-post-123", {
          locale: "es-AR",
          origin: "edited",
          content: "<p>tres</p>",
          metadata: {},
        });
        expect(next.version).toBe(3);
        expect(await repo.documents.listVersions("ten_b", "wp-post-123")).toEqual([]);
      } finally {
        await storage?.repository.close();
        await database.cleanup();
      }
    });

    it("0009: translation-memory rows from before it read as having no changes", async () => {
      const database = await create();
      let storage: Storage | undefined;
      try {
        const folder = await migrationsUpTo(dialect, "0008_tenant_document_ids");
        folders.push(folder);
        await database.migrateFrom(folder);
        await database.execute(
          `insert into translation_memory
            (id, tenant_id, segment_digest, source_locale, target_locale, profile_version, text, created_at) values
            ('tm_old', 'ten_a', 'd1', 'es-ES', 'es-MX', '1', 'Tu computadora', 5)`,
        );
        storage = await database.open();
        await storage.migrate();
        const repo = storage.repository;
        const key = { segmentDigest: "d1", sourceLocale: "es-ES", targetLocale: "es-MX", profileVersion: "1" };
        expect(await repo.translationMemory.lookup("ten_a", key)).toEqual({ text: "Tu computadora", changes: [] });
        const changes = [{ from: "ordenador", to: "computadora", reason: "México" }];
        await repo.translationMemory.put("ten_a", { ...key, text: "Tu computadora", changes });
        expect(await repo.translationMemory.lookup("ten_a", key)).toEqual({ text: "Tu computadora", changes });
      } finally {
        await storage?.repository.close();
        await database.cleanup();
      }
    });
  });
}
