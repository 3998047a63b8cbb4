import { Webhook } from "standardwebhooks";
import type { SecretBox } from "../auth/secret-box.ts";
import type { Repository, WebhookDelivery } from "../db/repository.ts";
import { backoffDelay } from "../jobs/backoff.ts";
import { WebhookTargetRefusedError } from "./errors.ts";
import { type Connector, type Resolver, safePost, systemConnector, systemResolver } from "./safe-post.ts";

export interface WebhookDispatcherOptions {
  repository: Repository;
  secretBox: SecretBox;
  /** FRONTIER_WEBHOOKS_ALLOW_LOOPBACK: lets a receiver on 127.0.0.1 / ::1 be reached. */
  allowLoopback?: boolean;
  resolve?: Resolver;
  connect?: Connector;
  timeoutMs?: number;
  maxAttempts?: number;
  backoff?: { baseMs: number; maxMs: number };
  now?: () => number;
}

export interface WebhookDispatcher {
  /** Sends every due delivery once; resolves to how many it attempted. */
  runOnce(): Promise<number>;
  /** Polls until stop(). */
  start(pollMs?: number): void;
  stop(): Promise<void>;
}

/**
 * Delivers queued events, signed the Standard Webhooks way (`webhook-id`, `webhook-timestamp`,
 * `webhook-signature` = v1,HMAC-SHA256 of `id.timestamp.body`). A non-2xx answer or a network failure is retried
 * with exponential backoff up to `maxAttempts`; a refused target fails at once. Each attempt updates the
 * delivery log (attempts, last status, next attempt).
 */
export function createWebhookDispatcher(options: WebhookDispatcherOptions): WebhookDispatcher {
  const { repository, secretBox } = options;
  const now = options.now ?? Date.now;
  const maxAttempts = options.maxAttempts ?? 8;
  const backoff = options.backoff ?? { baseMs: 10_000, maxMs: 6 * 3_600_000 };
  const timeoutMs = options.timeoutMs ?? 10_000;
  const post = {
    allowLoopback: options.allowLoopback ?? false,
    resolve: options.resolve ?? systemResolver,
    connect: options.connect ?? systemConnector,
    timeoutMs,
    maxRedirects: 3,
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<number> | undefined;
  let stopped = false;

  const deliver = async (delivery: WebhookDelivery) => {
    const endpoint = await repository.webhooks.getEndpoint(delivery.tenantId, delivery.endpointId);
    const attempt = delivery.attempts + 1;
    if (!endpoint?.enabled) {
      await repository.webhooks.recordAttempt(delivery.tenantId, delivery.id, {
        status: "failed",
        responseStatus: null,
        nextAttemptAt: null,
      });
      return;
    }
    const body = JSON.stringify(delivery.payload);
    const sentAt = new Date(now());
    const signature = new Webhook(secretBox.open(endpoint.secretCiphertext)).sign(delivery.id, sentAt, body);
    const headers = {
      "content-type": "application/json",
      "user-agent": "Frontier-Webhooks/1",
      "webhook-id": delivery.id,
      "webhook-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
      "webhook-signature": signature,
    };
    let responseStatus: number | null = null;
    let permanent = false;
    try {
      responseStatus = (await safePost(endpoint.url, { headers, body }, post)).status;
    } catch (error) {
      permanent = error instanceof WebhookTargetRefusedError;
    }
    const ok = responseStatus !== null && responseStatus >= 200 && responseStatus < 300;
    const retry = !ok && !permanent && attempt < maxAttempts;
    await repository.webhooks.recordAttempt(delivery.tenantId, delivery.id, {
      status: ok ? "succeeded" : retry ? "pending" : "failed",
      responseStatus,
      nextAttemptAt: retry ? now() + backoffDelay(attempt, backoff) : null,
    });
  };

  const runOnce = async () => {
    // The claim holds a delivery for twice the timeout so no other process sends it meanwhile.
    const due = await repository.webhooks.claimDueDeliveries({ limit: 20, leaseMs: timeoutMs * 2, now: now() });
    await Promise.all(due.map((delivery) => deliver(delivery).catch(() => {})));
    return due.length;
  };

  return {
    runOnce,
    start(pollMs = 1_000) {
      const tick = async () => {
        running = runOnce().catch(() => 0);
        const sent = await running;
        if (!stopped) timer = setTimeout(tick, sent > 0 ? 0 : pollMs);
      };
      timer = setTimeout(tick, 0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
