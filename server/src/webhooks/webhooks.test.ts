import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSecretBox } from "../auth/secret-box.ts";
import type { Repository } from "../db/repository.ts";
import { temporarySqlite } from "../jobs/testing/storage.ts";
import { refusalReason } from "./address-policy.ts";
import { createWebhookDispatcher } from "./dispatcher.ts";
import { createEndpoint, emitEvent } from "./events.ts";
import { type Connector, type Resolver, safePost, systemConnector } from "./safe-post.ts";

const secretBox = createSecretBox(new Map([["k1", new Uint8Array(32).fill(7)]]));

/** Fails the test when anything would connect to an address outside the loopback range. */
const loopbackOnly: Connector = async (request) => {
  if (!/^(127\.|::1$)/.test(request.address)) throw new Error(`test tried to connect to ${request.address}`);
  return systemConnector(request);
};
const noConnection: Connector = async (request) => {
  throw new Error(`no connection may be attempted, got ${request.address}`);
};
const names: Record<string, string[]> = {
  "internal.shop.test": ["10.0.0.5"],
  "metadata.shop.test": ["169.254.169.254"],
  "mixed.shop.test": ["93.184.216.34", "192.168.0.10"],
  "v6.shop.test": ["fd12::1"],
};
const resolver: Resolver = async (host) => names[host] ?? [];

describe("webhook delivery to a receiver on 127.0.0.1", () => {
  let repo: Repository;
  let cleanup: () => Promise<void>;
  let tenant: string;
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += String(chunk);
    });
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.statusCode = received.length === 1 ? 500 : 204;
      response.end();
    });
  });
  let url: string;

  beforeEach(async () => {
    const db = await temporarySqlite();
    repo = db.storage.repository;
    cleanup = db.cleanup;
    tenant = (await repo.tenants.create("shop")).id;
    received.length = 0;
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  });
  afterEach(async () => {
    await new Promise((resolve) => receiver.close(resolve));
    await cleanup();
  });

  it("signs so the standardwebhooks verifier accepts it, retries after a 500, and logs both attempts", async () => {
    let clock = Date.now() + 1_000;
    const { endpoint, secret } = await createEndpoint(repo, secretBox, tenant, { url, events: ["job.completed"] });
    expect(secret).toMatch(/^whsec_/);
    expect(endpoint.secretCiphertext).not.toContain(secret.slice(6));
    expect(await emitEvent(repo, tenant, "job.completed", { job_id: "job_1" }, () => clock)).toBe(1);
    expect(await emitEvent(repo, tenant, "job.failed", { job_id: "job_1" }, () => clock)).toBe(0);
    const dispatcher = createWebhookDispatcher({
      repository: repo,
      secretBox,
      allowLoopback: true,
      connect: loopbackOnly,
      resolve: resolver,
      backoff: { baseMs: 1_000, maxMs: 1_000 },
      now: () => clock,
    });
    expect(await dispatcher.runOnce()).toBe(1);
    const [failed] = await repo.webhooks.listDeliveries(tenant, endpoint.id);
    expect(failed).toMatchObject({ status: "pending", attempts: 1, responseStatus: 500 });
    expect(failed?.nextAttemptAt).toBeGreaterThan(clock);
    expect(await dispatcher.runOnce()).toBe(0);

    clock += 2_000;
    expect(await dispatcher.runOnce()).toBe(1);
    const [delivered] = await repo.webhooks.listDeliveries(tenant, endpoint.id);
    expect(delivered).toMatchObject({ status: "succeeded", attempts: 2, responseStatus: 204, nextAttemptAt: null });

    expect(received).toHaveLength(2);
    const last = received[1];
    if (!last) throw new Error("nothing received");
    const headers = Object.fromEntries(Object.entries(last.headers).map(([k, v]) => [k, String(v)]));
    // The verifier checks the timestamp against its own clock (5 min tolerance): ours runs 3 s ahead.
    const payload = new Webhook(secret).verify(last.body, headers) as { type: string; data: { job_id: string } };
    expect(payload).toMatchObject({ type: "job.completed", data: { job_id: "job_1" } });
    expect(headers["webhook-id"]).toBe(delivered?.id);
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 1).toString("base64")}`).verify(last.body, headers)).toThrow();
  });

  it("refuses loopback unless the operator allows it, without connecting", async () => {
    await expect(
      safePost(
        url,
        { headers: {}, body: "{}" },
        {
          allowLoopback: false,
          resolve: resolver,
          connect: noConnection,
          timeoutMs: 1_000,
          maxRedirects: 3,
        },
      ),
    ).rejects.toMatchObject({ name: "WebhookTargetRefusedError", reason: expect.stringMatching(/loopback/) });
  });
});

describe("webhook target refusal (injected resolver, no connection attempted)", () => {
  const options = { allowLoopback: true, resolve: resolver, connect: noConnection, timeoutMs: 1_000, maxRedirects: 3 };
  const targets = [
    "http://10.1.2.3/hook",
    "http://172.16.0.1/hook",
    "http://172.31.255.254/hook",
    "http://192.168.1.20/hook",
    "http://169.254.169.254/latest/meta-data",
    "http://[fd00::1]/hook",
    "http://[fe80::1]/hook",
    "http://0.0.0.0/hook",
    "http://[::ffff:10.0.0.1]/hook",
    "https://internal.shop.test/hook",
    "https://metadata.shop.test/hook",
    "https://mixed.shop.test/hook",
    "https://v6.shop.test/hook",
    "https://unknown.shop.test/hook",
    "file:///etc/passwd",
  ];
  it.each(targets)("refuses %s", async (target) => {
    await expect(safePost(target, { headers: {}, body: "{}" }, options)).rejects.toMatchObject({
      name: "WebhookTargetRefusedError",
    });
  });

  it("refuses a redirect to a private or metadata address before following it", async () => {
    for (const location of ["http://169.254.169.254/latest", "http://internal.shop.test/x", "http://[fd00::2]/"]) {
      const hops: string[] = [];
      const redirecting: Connector = async (request) => {
        hops.push(request.address);
        if (request.address !== "127.0.0.1") throw new Error(`connected to ${request.address}`);
        return { status: 302, location };
      };
      await expect(
        safePost("http://127.0.0.1:9/hook", { headers: {}, body: "{}" }, { ...options, connect: redirecting }),
      ).rejects.toMatchObject({ name: "WebhookTargetRefusedError" });
      expect(hops).toEqual(["127.0.0.1"]);
    }
  });

  it("classifies the ranges at their edges", () => {
    const policy = { allowLoopback: false };
    expect(refusalReason("172.15.255.255", policy)).toBeNull();
    expect(refusalReason("172.32.0.0", policy)).toBeNull();
    expect(refusalReason("172.16.0.0", policy)).not.toBeNull();
    expect(refusalReason("fbff::1", policy)).toBeNull();
    expect(refusalReason("fc00::1", policy)).not.toBeNull();
    expect(refusalReason("127.0.0.1", policy)).toMatch(/loopback/);
    expect(refusalReason("::1", { allowLoopback: true })).toBeNull();
  });
});
