import { describe, expect, it } from "vitest";
import type { RequestRecord, RequestRepository } from "../db/repository.ts";
import { createUsageRecorder } from "./usage.ts";

function fakeRequests(fail = false) {
  const batches: Omit<RequestRecord, "id">[][] = [];
  const repository: RequestRepository = {
    record: async () => {},
    summarize: async () => ({ requests: 0, errors: 0, units: 0 }),
    recordMany: async (rows) => {
      if (fail) throw new Error("database down");
      batches.push(rows);
    },
  };
  return { repository, batches };
}

const row = (route: string): Omit<RequestRecord, "id"> => ({
  tenantId: "ten_a",
  keyId: "key_a",
  route,
  status: 200,
  durationMs: 1,
  units: 0,
  provider: null,
  createdAt: 1,
});

describe("usage recorder", () => {
  it("writes queued rows together on flush, and a full batch at once", async () => {
    const { repository, batches } = fakeRequests();
    const usage = createUsageRecorder(repository, { intervalMs: 60_000, maxRows: 3 });
    usage.record(row("/a"));
    usage.record(row("/b"));
    expect(batches).toEqual([]);
    await usage.flush();
    expect(batches.map((batch) => batch.map((r) => r.route))).toEqual([["/a", "/b"]]);
    usage.record(row("/c"));
    usage.record(row("/d"));
    usage.record(row("/e"));
    await usage.flush();
    expect(batches.map((batch) => batch.length)).toEqual([2, 3]);
    usage.record(row("/f"));
    await usage.close();
    expect(batches.at(-1)?.map((r) => r.route)).toEqual(["/f"]);
  });

  it("reports a failed write and goes on", async () => {
    const errors: unknown[] = [];
    const { repository } = fakeRequests(true);
    const usage = createUsageRecorder(repository, { intervalMs: 60_000, onError: (error) => errors.push(error) });
    usage.record(row("/a"));
    await usage.flush();
    usage.record(row("/b"));
    await usage.close();
    expect(errors).toHaveLength(2);
  });
});
