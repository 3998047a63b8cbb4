// Shared by the server benchmarks: the real server on a temporary SQLite file, listening on 127.0.0.1 only,
// with rate limits raised so they count without refusing (their cost stays in the measurement).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ModelCaller } from "@frontier-ai/core";
import { loadConfig } from "../src/config.ts";
import { type PreparedServer, prepareServer } from "../src/server.ts";

export interface BenchServer {
  server: PreparedServer;
  url: string;
  ownerKey: string;
  close(): Promise<void>;
}

export async function startBenchServer(models?: ModelCaller): Promise<BenchServer> {
  const directory = await mkdtemp(join(tmpdir(), "frontier-bench-"));
  const config = loadConfig({
    DATABASE_URL: join(directory, "frontier.db"),
    FRONTIER_SECRET: "bench-secret-that-is-long-enough-0123456789",
    LOG_LEVEL: "silent",
    FRONTIER_RATE_LIMIT_KEY_PER_MINUTE: "10000000",
    FRONTIER_RATE_LIMIT_TENANT_PER_MINUTE: "100000000",
    FRONTIER_RATE_LIMIT_ADDRESS_PER_MINUTE: "10000000",
  });
  const server = await prepareServer(config, { environment: {}, ...(models && { models }) });
  const url = await server.app.listen({ host: "127.0.0.1", port: 0 });
  if (server.firstOwnerKey === null) throw new Error("a fresh database must yield an owner key");
  return {
    server,
    url,
    ownerKey: server.firstOwnerKey,
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}
