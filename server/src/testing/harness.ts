import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ModelCaller } from "@frontier-ai/core";
import { createApiKey } from "../auth/key-service.ts";
import { type Config, loadConfig } from "../config.ts";
import type { AppOptions } from "../http/app.ts";
import { type PreparedServer, prepareServer } from "../server.ts";
import type { ApiKeyKind, Role } from "../types.ts";

export interface TestServer extends PreparedServer {
  /** The first owner key of the "default" tenant. */
  ownerKey: string;
  /** Creates a key (and its tenant when new) and returns its plaintext and id. */
  key(
    tenant: string,
    role: Role,
    options?: { kind?: ApiKeyKind; allowedOrigins?: string[]; scopes?: string[]; quotaPerMinute?: number },
  ): Promise<{ plaintext: string; id: string; tenantId: string }>;
  tenantId(name: string): Promise<string>;
}

/**
 * A real server on a temporary SQLite file (or the database in `env.DATABASE_URL`), not listening: drive it with
 * `app.inject`. The environment is ours alone, so the developer's variables cannot leak in.
 */
export async function createTestServer(
  env: Record<string, string> = {},
  options: Pick<AppOptions, "routes" | "providers"> & {
    logStream?: { write(line: string): void };
    configure?: (config: Config) => Config;
    models?: ModelCaller;
    /** The providers' variables (OPENAI_BASE_URL …) when the server builds its own models. */
    environment?: Readonly<Record<string, string | undefined>>;
  } = {},
): Promise<TestServer> {
  const dir = await mkdtemp(join(tmpdir(), "frontier-server-"));
  const loaded = loadConfig({
    DATABASE_URL: join(dir, "frontier.db"),
    FRONTIER_SECRET: "test-secret-that-is-long-enough-0123456789",
    LOG_LEVEL: "silent",
    FRONTIER_RATE_LIMIT_KEY_PER_MINUTE: "100000",
    FRONTIER_RATE_LIMIT_TENANT_PER_MINUTE: "100000",
    FRONTIER_RATE_LIMIT_ADDRESS_PER_MINUTE: "100000",
    ...env,
  });
  const config = options.configure ? options.configure(loaded) : loaded;
  const server = await prepareServer(config, options);
  const ownerKey = server.firstOwnerKey;
  if (ownerKey === null) throw new Error("a fresh database must yield a first owner key");
  const { repository } = server.services;

  async function tenantId(name: string): Promise<string> {
    return ((await repository.tenants.findByName(name)) ?? (await repository.tenants.create(name))).id;
  }

  return {
    ...server,
    ownerKey,
    tenantId,
    async key(tenant, role, keyOptions = {}) {
      const id = await tenantId(tenant);
      const created = await createApiKey(repository, server.services.keys, id, {
        name: `${role} test key`,
        kind: keyOptions.kind ?? "secret",
        role,
        allowedOrigins: keyOptions.allowedOrigins ?? [],
        scopes: keyOptions.scopes ?? null,
        quotaPerMinute: keyOptions.quotaPerMinute ?? null,
      });
      return { plaintext: created.plaintext, id: created.key.id, tenantId: id };
    },
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}
