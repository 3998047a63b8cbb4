import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Storage } from "./open.ts";
import type { Repository } from "./repository.ts";

/** The job queue's half of the storage contract, run on both dialects beside `repositoryContract`. */
export function jobQueueContract(
  name: string,
  open: () => Promise<{ storage: Storage; cleanup: () => Promise<void> }>,
) {
  describe(`job queue contract: ${name}`, () => {
    let storage: Storage;
    let cleanup: () => Promise<void>;
    let repo: Repository;
    let tenant: string;
    let other: string;

    beforeAll(async () => {
      ({ storage, cleanup } = await open());
      repo = storage.repository;
      tenant = (await repo.tenants.create("queue-a")).id;
      other = (await repo.tenants.create("queue-b")).id;
    });
    afterAll(async () => {
      await repo.close();
      await cleanup();
    });

    const key = { documentKey: "sku-1", field: "title", locale: "es-MX", sourceDigest: "d1" };

    it("claims each due item once, completes it with its copy in one step, and settles the job once", async () => {
      const job = await repo.jobs.create(tenant, { kind: "localize", input: {}, items: [{ n: 0 }, { n: 1 }] });
      const first = await repo.jobs.claimItems("w1", { limit: 1, leaseMs: 1_000, now: 10 });
      const second = await repo.jobs.claimItems("w2", { limit: 5, leaseMs: 1_000, now: 10 });
      const claimedIds = [...first, ...second].filter((item) => item.jobId === job.id).map((item) => item.id);
      expect(new Set(claimedIds).size).toBe(2);
      expect(await repo.jobs.claimItems("w3", { limit: 5, leaseMs: 1_000, now: 11 })).toEqual([]);
      expect((await repo.jobs.get(tenant, job.id))?.status).toBe("running");

      const [mine] = first;
      if (!mine) throw new Error("no item claimed");
      expect(await repo.jobs.completeItem(tenant, mine.id, "someone-else", { output: {}, localized: null })).toBe(
        false,
      );
      expect(await repo.jobs.completeItem(other, mine.id, "w1", { output: {}, localized: null })).toBe(false);
      const done = { output: { content: "hola" }, localized: { ...key, content: "hola" } };
      expect(await repo.jobs.completeItem(tenant, mine.id, "w1", done)).toBe(true);
      expect(await repo.jobs.completeItem(tenant, mine.id, "w1", done)).toBe(false);
      expect((await repo.jobs.findLocalized(tenant, key))?.content).toBe("hola");
      expect(await repo.jobs.findLocalized(other, key)).toBeNull();
      expect(await repo.jobs.settle(tenant, job.id)).toBeNull();

      const [theirs] = second.filter((item) => item.jobId === job.id);
      if (!theirs) throw new Error("no second item");
      expect(await repo.jobs.failItem(tenant, theirs.id, "w2", { error: "429", retryAt: 500 })).toBe(true);
      expect(await repo.jobs.claimItems("w3", { limit: 5, leaseMs: 1_000, now: 499 })).toEqual([]);
      const [retried] = await repo.jobs.claimItems("w3", { limit: 5, leaseMs: 1_000, now: 500 });
      expect(retried?.id).toBe(theirs.id);
      expect(retried?.attempts).toBe(2);
      expect(await repo.jobs.failItem(tenant, theirs.id, "w3", { error: "bad", retryAt: null })).toBe(true);
      expect(await repo.jobs.countItems(tenant, job.id)).toMatchObject({ succeeded: 1, failed: 1, queued: 0 });
      expect(await repo.jobs.settle(tenant, job.id)).toBe("failed");
      expect(await repo.jobs.settle(tenant, job.id)).toBeNull();
    });

    it("takes back an item whose lease expired, and the old owner can no longer complete it", async () => {
      const job = await repo.jobs.create(tenant, { kind: "localize", input: {}, items: [{ n: 0 }] });
      const [taken] = await repo.jobs.claimItems("dead", { limit: 1, leaseMs: 100, now: 1_000 });
      expect(taken?.jobId).toBe(job.id);
      expect(await repo.jobs.renewLeases("dead", [taken?.id ?? ""], 1_050)).toBe(1);
      expect(await repo.jobs.claimItems("alive", { limit: 1, leaseMs: 100, now: 1_049 })).toEqual([]);
      const [again] = await repo.jobs.claimItems("alive", { limit: 1, leaseMs: 100, now: 1_050 });
      expect(again?.id).toBe(taken?.id);
      expect(await repo.jobs.completeItem(tenant, taken?.id ?? "", "dead", { output: {}, localized: null })).toBe(
        false,
      );
      expect(await repo.jobs.completeItem(tenant, taken?.id ?? "", "alive", { output: {}, localized: null })).toBe(
        true,
      );
      expect(await repo.jobs.settle(tenant, job.id)).toBe("succeeded");
    });

    it("cancels queued and running items, and lists and pages", async () => {
      const job = await repo.jobs.create(tenant, {
        kind: "localize",
        input: {},
        items: [{ n: 0 }, { n: 1 }, { n: 2 }],
      });
      const [running] = await repo.jobs.claimItems("w", { limit: 1, leaseMs: 1_000, now: 5_000 });
      expect(await repo.jobs.cancel(other, job.id)).toBe(false);
      expect(await repo.jobs.cancel(tenant, job.id)).toBe(true);
      expect(await repo.jobs.cancel(tenant, job.id)).toBe(false);
      expect(await repo.jobs.countItems(tenant, job.id)).toMatchObject({ cancelled: 3 });
      expect(await repo.jobs.completeItem(tenant, running?.id ?? "", "w", { output: {}, localized: null })).toBe(false);
      expect(await repo.jobs.claimItems("w", { limit: 5, leaseMs: 1_000, now: 9_000 })).toEqual([]);
      const page = await repo.jobs.listItems(tenant, job.id, { offset: 1, limit: 1 });
      expect(page.map((item) => item.position)).toEqual([1]);
      expect((await repo.jobs.list(tenant)).map((listed) => listed.id)).toContain(job.id);
      expect(await repo.jobs.list(other)).toEqual([]);
    });

    it("claims due webhook deliveries once until their lease passes", async () => {
      const endpoint = await repo.webhooks.createEndpoint(tenant, {
        url: "https://hooks.example/x",
        description: "",
        events: ["job.completed"],
        secretCiphertext: "sealed",
      });
      expect((await repo.webhooks.getEndpoint(tenant, endpoint.id))?.url).toBe(endpoint.url);
      expect(await repo.webhooks.getEndpoint(other, endpoint.id)).toBeNull();
      const delivery = await repo.webhooks.enqueueDelivery(tenant, {
        endpointId: endpoint.id,
        eventType: "job.completed",
        payload: { a: 1 },
      });
      const at = (delivery.nextAttemptAt ?? 0) + 1;
      const claimed = await repo.webhooks.claimDueDeliveries({ limit: 10, leaseMs: 1_000, now: at });
      expect(claimed.map((row) => row.id)).toEqual([delivery.id]);
      expect(await repo.webhooks.claimDueDeliveries({ limit: 10, leaseMs: 1_000, now: at + 1 })).toEqual([]);
      expect((await repo.webhooks.claimDueDeliveries({ limit: 10, leaseMs: 1_000, now: at + 1_000 })).length).toBe(1);
    });
  });
}
