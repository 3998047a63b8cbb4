import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grantedPermissions } from "../auth/permissions.ts";
import type { Principal } from "../auth/principal.ts";
import { bearer, createTestServer, type TestServer } from "../testing/harness.ts";
import { createCallerFactory } from "../trpc.ts";
import type { Role } from "../types.ts";
import { appRouter } from "./_app.ts";

const createCaller = createCallerFactory(appRouter);

describe("keys router", () => {
  let server: TestServer;
  let tenantId: string;

  beforeAll(async () => {
    server = await createTestServer();
    tenantId = await server.tenantId("default");
  });
  afterAll(() => server.close());

  function callerAs(role: Role, keyId = `key_${role}`) {
    const principal: Principal = {
      tenantId,
      keyId,
      kind: "secret",
      role,
      permissions: new Set(grantedPermissions("secret", role, null)),
      via: "key",
      quotaPerMinute: null,
    };
    return createCaller({ services: server.services, principal, requestId: "test" }).keys;
  }

  describe("through a caller (no HTTP)", () => {
    it("creates a key whose plaintext authenticates, lists it without a hash, and revokes it", async () => {
      const admin = callerAs("admin");
      const created = await admin.create({ name: "ci", role: "editor" });
      expect(created.plaintext).toMatch(/^fk_live_/);
      expect(created.key).toMatchObject({ name: "ci", role: "editor", kind: "secret", revokedAt: null });
      expect(created.key.prefix).toBe(created.plaintext.slice(0, 12));

      const listed = await admin.list();
      const mine = listed.find((key) => key.id === created.key.id);
      expect(mine).toBeDefined();
      expect(JSON.stringify(listed)).not.toContain(created.plaintext);
      expect(Object.keys(mine ?? {})).not.toContain("secretHash");

      const ok = await server.app.inject({ method: "GET", url: "/trpc/keys.list", headers: bearer(created.plaintext) });
      expect(ok.statusCode).toBe(403); // an editor cannot read keys, but the key itself authenticated

      expect(await admin.revoke({ id: created.key.id })).toEqual({ id: created.key.id, revoked: true });
      const after = await server.app.inject({
        method: "GET",
        url: "/trpc/keys.list",
        headers: bearer(created.plaintext),
      });
      expect(after.statusCode).toBe(401);
      await expect(admin.revoke({ id: created.key.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

      const audit = await server.services.repository.audit.list(tenantId);
      expect(audit.slice(0, 2).map((entry) => [entry.action, entry.targetId, entry.actorKeyId])).toEqual([
        ["keys.revoke", created.key.id, "key_admin"],
        ["keys.create", created.key.id, "key_admin"],
      ]);
    });

    it("creates publishable keys with origins and storefront scopes only", async () => {
      const created = await callerAs("admin").create({
        name: "storefront",
        role: "viewer",
        kind: "publishable",
        allowedOrigins: ["https://shop.example"],
      });
      expect(created.plaintext).toMatch(/^fk_pub_/);
      expect(created.key.scopes).toEqual(["storefront:read", "events:write", "consent:write"]);
      await expect(
        callerAs("admin").create({ name: "x", role: "viewer", kind: "publishable", allowedOrigins: [] }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
      await expect(
        callerAs("admin").create({
          name: "x",
          role: "editor",
          kind: "publishable",
          allowedOrigins: ["https://a.example"],
        }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
      await expect(
        callerAs("admin").create({
          name: "x",
          role: "viewer",
          kind: "publishable",
          allowedOrigins: ["https://a.example/path"],
        }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    });

    it("refuses to create or revoke above the caller's role, and viewers or editors writing keys", async () => {
      await expect(callerAs("admin").create({ name: "x", role: "owner" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(callerAs("editor").create({ name: "x", role: "viewer" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(callerAs("viewer").create({ name: "x", role: "viewer" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(callerAs("viewer").list()).rejects.toMatchObject({ code: "FORBIDDEN" });
      const owner = await callerAs("owner").create({ name: "o", role: "owner" });
      await expect(callerAs("admin").revoke({ id: owner.key.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await callerAs("owner").revoke({ id: owner.key.id })).toMatchObject({ revoked: true });
    });

    it("refuses calls without a principal", async () => {
      const anonymous = createCaller({ services: server.services, principal: null, requestId: "test" });
      await expect(anonymous.keys.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    });
  });

  describe("through HTTP", () => {
    it("names the field a service-level check refused", async () => {
      const response = await server.app.inject({
        method: "POST",
        url: "/trpc/keys.create",
        headers: bearer(server.ownerKey),
        payload: { name: "p", role: "viewer", kind: "publishable", allowedOrigins: ["https://ok.example", "ftp://x"] },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.data.issues).toEqual([
        { path: "allowedOrigins.1", message: "must be an origin such as https://shop.example" },
      ]);
    });

    it("creates, lists and revokes with an owner key", async () => {
      const create = await server.app.inject({
        method: "POST",
        url: "/trpc/keys.create",
        headers: bearer(server.ownerKey),
        payload: { name: "plugin", role: "admin" },
      });
      expect(create.statusCode).toBe(200);
      const created = create.json().result.data;
      expect(created.plaintext).toMatch(/^fk_live_/);

      const list = await server.app.inject({
        method: "GET",
        url: "/trpc/keys.list",
        headers: bearer(created.plaintext),
      });
      expect(list.statusCode).toBe(200);
      expect(list.json().result.data.map((key: { id: string }) => key.id)).toContain(created.key.id);

      const revoke = await server.app.inject({
        method: "POST",
        url: "/trpc/keys.revoke",
        headers: bearer(server.ownerKey),
        payload: { id: created.key.id },
      });
      expect(revoke.json().result.data).toEqual({ id: created.key.id, revoked: true });
    });

    it("answers a bad input with 400 and issues naming each field", async () => {
      const response = await server.app.inject({
        method: "POST",
        url: "/trpc/keys.create",
        headers: bearer(server.ownerKey),
        payload: { name: "", role: "boss", extra: 1 },
      });
      expect(response.statusCode).toBe(400);
      const paths = response.json().error.data.issues.map((issue: { path: string }) => issue.path);
      expect(paths).toEqual(expect.arrayContaining(["name", "role", ""]));
      expect(response.json().error.message).toMatch(/^(name|role)/);
    });
  });
});
