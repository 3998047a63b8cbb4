import { describe, expect, it } from "vitest";
import { grantedPermissions } from "./auth/permissions.ts";
import type { Principal } from "./auth/principal.ts";
import type { Context, Services } from "./context.ts";
import { ConflictError, NotFoundError } from "./errors.ts";
import {
  createCallerFactory,
  permissionProcedure,
  publicProcedure,
  roleProcedure,
  router,
  storefrontProcedure,
} from "./trpc.ts";
import type { ApiKeyKind, Role } from "./types.ts";

// A router of its own, so the procedure builders are checked apart from any domain.
const testRouter = router({
  editorOnly: roleProcedure("editor").query(({ ctx }) => ctx.principal.role),
  canPublish: permissionProcedure("content:publish").query(() => "published"),
  storefront: storefrontProcedure("storefront:read").query(({ ctx }) => ctx.principal.kind),
  missing: publicProcedure.query(() => {
    throw new NotFoundError("document", "doc_1");
  }),
  taken: publicProcedure.query(() => {
    throw new ConflictError("already there");
  }),
});
const createCaller = createCallerFactory(testRouter);

function as(kind: ApiKeyKind, role: Role, scopes: string[] | null = null) {
  const principal: Principal = {
    tenantId: "ten_a",
    keyId: "key_a",
    kind,
    role,
    permissions: new Set(grantedPermissions(kind, role, scopes)),
    via: "key",
    quotaPerMinute: null,
  };
  const context: Context = { services: {} as Services, principal, requestId: "r" };
  return createCaller(context);
}
const anonymous = createCaller({ services: {} as Services, principal: null, requestId: "r" });

describe("procedure builders", () => {
  it("roleProcedure lets the role and those above it through", async () => {
    expect(await as("secret", "editor").editorOnly()).toBe("editor");
    expect(await as("secret", "owner").editorOnly()).toBe("owner");
    await expect(as("secret", "viewer").editorOnly()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(anonymous.editorOnly()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(as("publishable", "viewer").editorOnly()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("permissionProcedure follows the role and the key's scopes", async () => {
    expect(await as("secret", "admin").canPublish()).toBe("published");
    await expect(as("secret", "editor").canPublish()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(as("secret", "owner", ["content:read"]).canPublish()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("storefrontProcedure takes publishable and secret keys holding the scope", async () => {
    expect(await as("publishable", "viewer").storefront()).toBe("publishable");
    expect(await as("secret", "viewer").storefront()).toBe("secret");
    await expect(as("publishable", "viewer", ["events:write"]).storefront()).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(anonymous.storefront()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("maps domain errors to tRPC codes once, keeping the error as the cause", async () => {
    await expect(anonymous.missing()).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "document doc_1 was not found",
    });
    await expect(anonymous.taken()).rejects.toMatchObject({ code: "CONFLICT", cause: expect.any(ConflictError) });
  });
});
