import { z } from "zod";
import { createJobForTenant } from "../content/tenant-pipelines.ts";
import { NotFoundError } from "../errors.ts";
import { localizeJobBody, viewJob } from "../jobs/localize-job.ts";
import { permissionProcedure, router } from "../trpc.ts";

const jobId = z.strictObject({ id: z.string().min(1).max(64) });

export const jobsRouter = router({
  create: permissionProcedure("jobs:write")
    .input(localizeJobBody)
    .mutation(async ({ ctx, input }) => {
      const job = await createJobForTenant(ctx.services, ctx.principal.tenantId, input);
      return viewJob(ctx.services.repository, ctx.principal.tenantId, job.id, { offset: 0, limit: 0 });
    }),
  get: permissionProcedure("jobs:read")
    .input(
      jobId.extend({
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(0).max(500).default(100),
      }),
    )
    .query(async ({ ctx, input }) => {
      const view = await viewJob(ctx.services.repository, ctx.principal.tenantId, input.id, input);
      if (!view) throw new NotFoundError("job", input.id);
      return view;
    }),
  list: permissionProcedure("jobs:read").query(async ({ ctx }) => {
    const jobs = await ctx.services.repository.jobs.list(ctx.principal.tenantId);
    return jobs.map((job) => ({ id: job.id, kind: job.kind, status: job.status, total: job.totalItems }));
  }),
  cancel: permissionProcedure("jobs:write")
    .input(jobId)
    .mutation(async ({ ctx, input }) => ({
      cancelled: await ctx.services.repository.jobs.cancel(ctx.principal.tenantId, input.id),
    })),
});
