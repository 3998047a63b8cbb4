import type { ModelCaller } from "@frontier-ai/core";
import { createSecretBox } from "../auth/secret-box.ts";
import type { Repository } from "../db/repository.ts";
import { createWebhookDispatcher } from "../webhooks/dispatcher.ts";
import { webhookJobEvents } from "../webhooks/events.ts";
import { createJobWorker, type JobWorker, type JobWorkerOptions } from "./worker.ts";

/** FRONTIER_JOBS_CONCURRENCY, FRONTIER_JOBS_REQUESTS_PER_MINUTE, FRONTIER_WEBHOOKS_ALLOW_LOOPBACK, parsed at the edge. */
export interface BackgroundSettings {
  concurrency: number;
  requestsPerMinute: number | undefined;
  allowLoopbackWebhooks: boolean;
}

export function backgroundSettings(env: Readonly<Record<string, string | undefined>>): BackgroundSettings {
  const positive = (name: string, value: string | undefined, fallback: number | undefined) => {
    if (value === undefined || value === "") return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${name} must be a positive integer, got "${value}"`);
    return parsed;
  };
  const loopback = env.FRONTIER_WEBHOOKS_ALLOW_LOOPBACK ?? "false";
  if (loopback !== "true" && loopback !== "false") {
    throw new Error(`FRONTIER_WEBHOOKS_ALLOW_LOOPBACK must be true or false, got "${loopback}"`);
  }
  return {
    concurrency: positive("FRONTIER_JOBS_CONCURRENCY", env.FRONTIER_JOBS_CONCURRENCY, 8) ?? 8,
    requestsPerMinute: positive("FRONTIER_JOBS_REQUESTS_PER_MINUTE", env.FRONTIER_JOBS_REQUESTS_PER_MINUTE, undefined),
    allowLoopbackWebhooks: loopback === "true",
  };
}

/** The job worker and the webhook dispatcher, as `frontier start` and `frontier jobs run` run them. */
export function startBackgroundWork(
  services: {
    repository: Repository;
    models: ModelCaller;
    keys: { encryptionKeys: ReadonlyMap<string, Uint8Array> };
    cultures?: JobWorkerOptions["cultures"];
  },
  settings: BackgroundSettings,
  extra: Pick<JobWorkerOptions, "onItem"> = {},
): { worker: JobWorker; stop: () => Promise<void> } {
  const gate = {
    maxConcurrency: settings.concurrency,
    ...(settings.requestsPerMinute && { requestsPerMinute: settings.requestsPerMinute }),
  };
  const worker = createJobWorker({
    repository: services.repository,
    models: services.models,
    concurrency: settings.concurrency,
    providerLimits: { default: gate, rules: gate, openai: gate, anthropic: gate, compatible: gate },
    events: webhookJobEvents(services.repository),
    ...(services.cultures && { cultures: services.cultures }),
    ...extra,
  });
  const dispatcher = createWebhookDispatcher({
    repository: services.repository,
    secretBox: createSecretBox(services.keys.encryptionKeys),
    allowLoopback: settings.allowLoopbackWebhooks,
  });
  const running = worker.run();
  dispatcher.start();
  return {
    worker,
    async stop() {
      await worker.stop();
      await running;
      await dispatcher.stop();
    },
  };
}
