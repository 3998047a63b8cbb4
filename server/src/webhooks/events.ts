import { randomBytes } from "node:crypto";
import type { SecretBox } from "../auth/secret-box.ts";
import type { Repository, WebhookEndpoint } from "../db/repository.ts";
import type { JobEvents } from "../jobs/worker.ts";

export const webhookEvents = ["job.completed", "job.failed", "content.localized"] as const;
export type WebhookEvent = (typeof webhookEvents)[number];

/** Registers an endpoint; the signing secret (`whsec_` + 32 random bytes, base64) is returned once, stored sealed. */
export async function createEndpoint(
  repository: Repository,
  secretBox: SecretBox,
  tenantId: string,
  input: { url: string; description?: string; events: readonly WebhookEvent[] },
): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  const secret = `whsec_${randomBytes(32).toString("base64")}`;
  const endpoint = await repository.webhooks.createEndpoint(tenantId, {
    url: input.url,
    description: input.description ?? "",
    events: [...input.events],
    secretCiphertext: secretBox.seal(secret),
  });
  return { endpoint, secret };
}

/** Queues the event for every enabled endpoint of the tenant that subscribed to it; returns how many. */
export async function emitEvent(
  repository: Repository,
  tenantId: string,
  type: WebhookEvent,
  data: Record<string, unknown>,
  now: () => number = Date.now,
): Promise<number> {
  const endpoints = (await repository.webhooks.listEndpoints(tenantId)).filter(
    (endpoint) => endpoint.enabled && endpoint.events.includes(type),
  );
  for (const endpoint of endpoints) {
    await repository.webhooks.enqueueDelivery(tenantId, {
      endpointId: endpoint.id,
      eventType: type,
      payload: { type, timestamp: new Date(now()).toISOString(), data },
    });
  }
  return endpoints.length;
}

/** The worker's events as webhooks: a finished job, and the copy it localized. */
export function webhookJobEvents(repository: Repository, now: () => number = Date.now): JobEvents {
  return {
    async jobSettled(tenantId, jobId, status, counts) {
      const data = { job_id: jobId, status, counts };
      await emitEvent(repository, tenantId, status === "succeeded" ? "job.completed" : "job.failed", data, now);
      if (counts.succeeded > 0) {
        await emitEvent(repository, tenantId, "content.localized", { job_id: jobId, items: counts.succeeded }, now);
      }
    },
  };
}
