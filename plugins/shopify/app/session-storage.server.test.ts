import { Session } from "@shopify/shopify-api";
import { describe, expect, it } from "vitest";
import { openAppDatabase } from "./db.server.ts";
import { SqliteSessionStorage } from "./session-storage.server.ts";

describe("SqliteSessionStorage", () => {
  it("stores, finds by shop, loads and deletes sessions with their expiry and scopes", async () => {
    const storage = new SqliteSessionStorage(openAppDatabase(":memory:"));
    const expires = new Date("2030-01-01T00:00:00Z");
    const online = new Session({
      id: "a",
      shop: "s.myshopify.com",
      state: "x",
      isOnline: true,
      expires,
      scope: "read_products",
      accessToken: "t1",
    });
    const offline = new Session({
      id: "offline_s.myshopify.com",
      shop: "s.myshopify.com",
      state: "",
      isOnline: false,
      accessToken: "t2",
    });
    await storage.storeSession(online);
    await storage.storeSession(offline);
    await storage.storeSession(new Session({ id: "b", shop: "other.myshopify.com", state: "", isOnline: false }));

    const loaded = await storage.loadSession("a");
    expect(loaded?.expires?.toISOString()).toBe(expires.toISOString());
    expect(loaded?.scope).toBe("read_products");
    expect(loaded?.accessToken).toBe("t1");
    expect((await storage.findSessionsByShop("s.myshopify.com")).map((session) => session.id).sort()).toEqual([
      "a",
      "offline_s.myshopify.com",
    ]);
    await storage.deleteSessions(["a", "offline_s.myshopify.com"]);
    expect(await storage.findSessionsByShop("s.myshopify.com")).toEqual([]);
    expect(await storage.loadSession("b")).toBeDefined();
  });
});
