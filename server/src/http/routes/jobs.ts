import { z } from "zod";
import { createJobForTenant } from "../../content/tenant-pipelines.ts";
import { NotFoundError } from "../../errors.ts";
import { localizeJobBody, viewJob } from "../../jobs/localize-job.ts";
import { jobStatuses } from "../../types.ts";
import { defineRestRoute, requirePrincipal } from "../rest-route.ts";

const counts = z.object(Object.fromEntries(jobStatuses.map((status) => [status, z.number().int()])));

export const jobResponse = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(jobStatuses),
  total: z.number().int(),
  counts,
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
  items: z.array(
    z.object({
      position: z.number().int(),
      document: z.string(),
      field: z.string(),
      locale: z.string(),
      status: z.enum(jobStatuses),
      attempts: z.number().int(),
      content: z.string().nullable(),
      reused: z.boolean(),
      error: z.string().nullable(),
    }),
  ),
  next_offset: z.number().int().nullable(),
});

const errors = {
  400: { description: "A field is missing or not allowed; `error.issues` names it" },
  401: { description: "No or an unknown key" },
  403: { description: "The key lacks the permission" },
  429: { description: "Rate limited; see Retry-After" },
};

/** Batch localization: create a durable job, then follow it. */
export function jobRoutes() {
  return [
    defineRestRoute({
      method: "POST",
      path: "/api/v1/jobs",
      summary: "Queue a batch localization (items × target locales); the worker of `frontier start` runs it",
      tags: ["jobs"],
      auth: { kind: "key", permission: "jobs:write", publishable: false },
      body: localizeJobBody,
      idempotency: {},
      responses: { 202: { description: "The job, queued", schema: jobResponse }, ...errors },
      handler: async ({ body, principal, services, reply }) => {
        const { tenantId } = requirePrincipal(principal);
        const job = await createJobForTenant(services, tenantId, body);
        reply.code(202);
        return viewJob(services.repository, tenantId, job.id, { offset: 0, limit: 0 });
      },
    }),
    defineRestRoute({
      method: "GET",
      path: "/api/v1/jobs/:id",
      summary: "A job's status, counts per status and one page of per-item results",
      tags: ["jobs"],
      auth: { kind: "key", permission: "jobs:read", publishable: false },
      params: z.object({ id: z.string().min(1).max(64) }),
      query: z.object({
        offset: z.coerce.number().int().min(0).default(0),
        limit: z.coerce.number().int().min(0).max(500).default(100),
      }),
      responses: {
        200: { description: "The job", schema: jobResponse },
        404: { description: "No such job" },
        ...errors,
      },
      handler: async ({ params, query, principal, services }) => {
        const { tenantId } = requirePrincipal(principal);
        const view = await viewJob(services.repository, tenantId, params.id, query);
        if (!view) throw new NotFoundError("job", params.id);
        return view;
      },
    }),
  ];
}
