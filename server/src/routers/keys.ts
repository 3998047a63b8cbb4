import { z } from "zod";
import { createApiKey, viewKey } from "../auth/key-service.ts";
import { roleAtLeast } from "../auth/permissions.ts";
import { ForbiddenError, NotFoundError } from "../errors.ts";
import { permissionProcedure, router } from "../trpc.ts";
import { apiKeyKinds, roles } from "../types.ts";

export const createKeyInput = z.strictObject({
  name: z.string().trim().min(1).max(100),
  role: z.enum(roles),
  kind: z.enum(apiKeyKinds).default("secret"),
  allowedOrigins: z.array(z.string().max(2048)).max(20).default([]),
  scopes: z.array(z.string().max(64)).max(32).nullable().default(null),
  quotaPerMinute: z.number().int().min(1).max(1_000_000).nullable().default(null),
});

const keyIdInput = z.strictObject({ id: z.string().min(1).max(64) });

export const keysRouter = router({
  /** Every key of the caller's tenant, revoked ones included, without hashes. */
  list: permissionProcedure("keys:read").query(async ({ ctx }) => {
    const keys = await ctx.services.repository.apiKeys.list(ctx.principal.tenantId);
    return keys.map(viewKey);
  }),

  /** Creates a key; `plaintext` is returned here only. A caller cannot create a key above its own role. */
  create: permissionProcedure("keys:write")
    .input(createKeyInput)
    .mutation(async ({ ctx, input }) => {
      const { principal, services } = ctx;
      if (!roleAtLeast(principal.role, input.role)) {
        throw new ForbiddenError(`a ${principal.role} cannot create a ${input.role} key`, input.role);
      }
      const created = await createApiKey(services.repository, services.keys, principal.tenantId, input);
      await services.repository.audit.append(principal.tenantId, {
        actorKeyId: principal.keyId,
        action: "keys.create",
        targetType: "api_key",
        targetId: created.key.id,
        data: { role: created.key.role, kind: created.key.kind },
      });
      return created;
    }),

  revoke: permissionProcedure("keys:write")
    .input(keyIdInput)
    .mutation(async ({ ctx, input }) => {
      const { principal, services } = ctx;
      const { repository } = services;
      const key = await repository.apiKeys.get(principal.tenantId, input.id);
      if (!key) throw new NotFoundError("api key", input.id);
      if (!roleAtLeast(principal.role, key.role)) {
        throw new ForbiddenError(`a ${principal.role} cannot revoke a ${key.role} key`, key.role);
      }
      const revoked = await repository.apiKeys.revoke(principal.tenantId, input.id, services.now());
      if (!revoked) throw new NotFoundError("active api key", input.id);
      services.authenticator.forget(input.id);
      await repository.audit.append(principal.tenantId, {
        actorKeyId: principal.keyId,
        action: "keys.revoke",
        targetType: "api_key",
        targetId: input.id,
        data: {},
      });
      return { id: input.id, revoked: true as const };
    }),
});
