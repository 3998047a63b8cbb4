import { randomUUID } from "node:crypto";
import type { Core } from "@strapi/strapi";
import type { LocalizeRequest } from "./localizer.ts";

export interface BulkJob {
  id: string;
  status: "running" | "done" | "failed";
  total: number;
  done: number;
  errors: { documentId: string; message: string }[];
}

/**
 * Bulk localization. The Frontier server has no job API yet, so entries run here one after another and the admin
 * polls the progress; jobs live in memory and are forgotten on restart.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const jobs = new Map<string, BulkJob>();
  return {
    start(request: Omit<LocalizeRequest, "documentId"> & { documentIds: string[] }): BulkJob {
      const job: BulkJob = {
        id: randomUUID(),
        status: "running",
        total: request.documentIds.length,
        done: 0,
        errors: [],
      };
      jobs.set(job.id, job);
      const localizer = strapi.plugin("frontier").service("localizer");
      void (async () => {
        for (const documentId of request.documentIds) {
          try {
            await localizer.localize({ ...request, documentId });
          } catch (error) {
            job.errors.push({ documentId, message: error instanceof Error ? error.message : String(error) });
          }
          job.done += 1;
        }
        job.status = job.errors.length === job.total && job.total > 0 ? "failed" : "done";
      })();
      return job;
    },
    get(id: string): BulkJob | null {
      return jobs.get(id) ?? null;
    },
  };
};
