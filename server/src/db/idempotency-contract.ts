import { expect, it } from "vitest";
import type { Repository } from "./repository.ts";

/** The idempotency keys' part of the storage contract; called from repository-contract.ts inside its describe. */
export function idempotencyContract(repository: () => Repository, tenants: () => { a: string; b: string }): void {
  const day = 86_400_000;
  const t0 = 1_800_000_000_000;
  const answer = {
    status: 202,
    headers: { "content-type": "application/json; charset=utf-8" },
    body: '{"id":"job_1"}',
  };

  it("idempotency keys: one claim wins, its answer is stored, another tenant or route is independent", async () => {
    const repo = repository().idempotencyKeys;
    const { a, b } = tenants();
    const scope = { tenantId: a, route: "/api/v1/jobs", key: "retry-1" };
    const claim = { fingerprint: "f1", now: t0, expiresAt: t0 + 60_000 };

    const first = await repo.claim(scope, claim);
    if (first.outcome !== "claimed") throw new Error("the first claim of a key must win");
    const again = await repo.claim(scope, { ...claim, now: t0 + 1 });
    expect(again).toMatchObject({
      outcome: "exists",
      record: { state: "in_flight", fingerprint: "f1", response: null },
    });

    expect((await repo.claim({ ...scope, tenantId: b }, claim)).outcome).toBe("claimed");
    expect((await repo.claim({ ...scope, route: "/api/v1/localize" }, claim)).outcome).toBe("claimed");
    // Keys compare byte for byte: another case is another key.
    expect((await repo.claim({ ...scope, key: "RETRY-1" }, claim)).outcome).toBe("claimed");

    expect(await repo.complete(scope, "idk_other", answer, t0 + day)).toBe(false);
    expect(await repo.complete(scope, first.claimId, answer, t0 + day)).toBe(true);
    expect(await repo.complete(scope, first.claimId, answer, t0 + day)).toBe(false);
    const replay = await repo.claim(scope, { ...claim, now: t0 + 2 });
    expect(replay).toEqual({
      outcome: "exists",
      record: {
        ...scope,
        fingerprint: "f1",
        claimId: first.claimId,
        state: "completed",
        response: answer,
        createdAt: t0,
        expiresAt: t0 + day,
      },
    });
    // A completed answer is not released by a late failure of the same claim.
    expect(await repo.release(scope, first.claimId)).toBe(false);
  });

  it("idempotency keys: a released claim frees the key; an expired row is taken over, once", async () => {
    const repo = repository().idempotencyKeys;
    const { a } = tenants();
    const scope = { tenantId: a, route: "/api/v1/generate-content", key: "K" };
    const claim = { fingerprint: "f", now: t0, expiresAt: t0 + 60_000 };
    const first = await repo.claim(scope, claim);
    if (first.outcome !== "claimed") throw new Error("expected a claim");
    expect(await repo.release(scope, first.claimId)).toBe(true);
    const second = await repo.claim(scope, claim);
    if (second.outcome !== "claimed") throw new Error("a released key must be claimable");

    // The second claimant died: past expiresAt its claim is abandoned and one newcomer takes it over.
    const later = { fingerprint: "g", now: t0 + 60_000, expiresAt: t0 + 120_000 };
    const racers = await Promise.all(Array.from({ length: 8 }, () => repo.claim(scope, later)));
    const won = racers.filter((outcome) => outcome.outcome === "claimed");
    expect(won).toHaveLength(1);
    for (const outcome of racers) {
      if (outcome.outcome === "exists") expect(outcome.record.fingerprint).toBe("g");
    }
    // The dead claimant cannot overwrite the new claim.
    expect(await repo.complete(scope, second.claimId, answer, t0 + day)).toBe(false);
    expect(await repo.release(scope, second.claimId)).toBe(false);
  });

  it("idempotency keys: concurrent claims of one fresh key, exactly one wins", async () => {
    const repo = repository().idempotencyKeys;
    const { a } = tenants();
    for (let round = 0; round < 3; round += 1) {
      const scope = { tenantId: a, route: "/api/v1/localize", key: `race-${round}` };
      const racers = await Promise.all(
        Array.from({ length: 12 }, (_, index) =>
          repo.claim(scope, { fingerprint: `f${index}`, now: t0, expiresAt: t0 + 60_000 }),
        ),
      );
      const winners = racers.flatMap((outcome, index) => (outcome.outcome === "claimed" ? [index] : []));
      expect(winners).toHaveLength(1);
      for (const outcome of racers) {
        if (outcome.outcome === "exists") expect(outcome.record.fingerprint).toBe(`f${winners[0]}`);
      }
    }
  });

  it("idempotency keys: purging deletes only expired rows", async () => {
    const repo = repository().idempotencyKeys;
    const { b } = tenants();
    const scope = { tenantId: b, route: "/api/v1/jobs", key: "purge" };
    const claimed = await repo.claim(scope, { fingerprint: "f", now: t0, expiresAt: t0 + 10 });
    if (claimed.outcome !== "claimed") throw new Error("expected a claim");
    const kept = { ...scope, key: "kept" };
    await repo.claim(kept, { fingerprint: "f", now: t0, expiresAt: t0 + 10 * day });
    expect(await repo.purgeExpired(t0 + 10)).toBeGreaterThanOrEqual(1);
    expect(await repo.release(scope, claimed.claimId)).toBe(false);
    expect(await repo.claim(kept, { fingerprint: "f", now: t0 + 11, expiresAt: t0 + day })).toMatchObject({
      outcome: "exists",
    });
  });
}
