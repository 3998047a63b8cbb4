import { z } from "zod";
import { createSecretBox } from "../auth/secret-box.ts";
import { permissionProcedure, router } from "../trpc.ts";
import { createEndpoint, webhookEvents } from "../webhooks/events.ts";

const view = (endpoint: {
  id: string;
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
  createdAt: number;
}) => ({
  id: endpoint.id,
  url: endpoint.url,
  description: endpoint.description,
  events: endpoint.events,
  enabled: endpoint.enabled,
  createdAt: new Date(endpoint.createdAt).toISOString(),
});

export const webhooksRouter = router({
  /** Registers an endpoint; `secret` (whsec_...) is returned here only, to verify signatures with. */
  create: permissionProcedure("webhooks:write")
    .input(
      z.strictObject({
        url: z.url({ protocol: /^https?$/ }).max(2048),
        description: z.string().max(200).optional(),
        events: z.array(z.enum(webhookEvents)).min(1),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const box = createSecretBox(ctx.services.keys.encryptionKeys);
      const { endpoint, secret } = await createEndpoint(ctx.services.repository, box, ctx.principal.tenantId, input);
      return { ...view(endpoint), secret };
    }),
  list: permissionProcedure("webhooks:read").query(async ({ ctx }) =>
    (await ctx.services.repository.webhooks.listEndpoints(ctx.principal.tenantId)).map(view),
  ),
  delete: permissionProcedure("webhooks:write")
    .input(z.strictObject({ id: z.string().min(1).max(64) }))
    .mutation(async ({ ctx, input }) => ({
      deleted: await ctx.services.repository.webhooks.deleteEndpoint(ctx.principal.tenantId, input.id),
    })),
  deliveries: permissionProcedure("webhooks:read")
    .input(z.strictObject({ endpointId: z.string().min(1).max(64) }))
    .query(async ({ ctx, input }) =>
      ctx.services.repository.webhooks.listDeliveries(ctx.principal.tenantId, input.endpointId),
    ),
});
