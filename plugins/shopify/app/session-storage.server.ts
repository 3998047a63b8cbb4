import { Session } from "@shopify/shopify-api";
import type { SessionStorage } from "@shopify/shopify-app-session-storage";
import type { AppDatabase } from "./db.server.ts";

/** Shopify's session storage contract over the app database (the kept adapters need native builds or an ORM). */
export class SqliteSessionStorage implements SessionStorage {
  readonly #database: AppDatabase;

  constructor(database: AppDatabase) {
    this.#database = database;
  }

  async storeSession(session: Session): Promise<boolean> {
    this.#database
      .prepare("INSERT OR REPLACE INTO sessions (id, shop, payload) VALUES (?, ?, ?)")
      .run(session.id, session.shop, JSON.stringify(session.toPropertyArray(true)));
    return true;
  }

  async loadSession(id: string): Promise<Session | undefined> {
    const row = this.#database.prepare("SELECT payload FROM sessions WHERE id = ?").get(id);
    return row ? toSession(row.payload) : undefined;
  }

  async deleteSession(id: string): Promise<boolean> {
    this.#database.prepare("DELETE FROM sessions WHERE id = ?").run(id);
    return true;
  }

  async deleteSessions(ids: string[]): Promise<boolean> {
    for (const id of ids) await this.deleteSession(id);
    return true;
  }

  async findSessionsByShop(shop: string): Promise<Session[]> {
    const rows = this.#database.prepare("SELECT payload FROM sessions WHERE shop = ?").all(shop);
    return rows.map((row) => toSession(row.payload));
  }
}

function toSession(payload: unknown): Session {
  if (typeof payload !== "string") throw new TypeError("session row without a payload");
  const entries: unknown = JSON.parse(payload);
  if (!Array.isArray(entries)) throw new TypeError("session payload is not a property array");
  return Session.fromPropertyArray(entries as [string, string | number | boolean][], true);
}
