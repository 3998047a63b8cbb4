import type { ModelCaller } from "@frontier-ai/core";
import type { FastifyInstance } from "fastify";
import { Redis } from "ioredis";
import packageJson from "../package.json" with { type: "json" };
import { createAuthenticator } from "./auth/authenticator.ts";
import { createApiKey } from "./auth/key-service.ts";
import { deriveServerKeys } from "./auth/secrets.ts";
import type { Config } from "./config.ts";
import type { Services } from "./context.ts";
import { openStorage, type Storage } from "./db/open.ts";
import type { AppOptions } from "./http/app.ts";
import { buildApp } from "./http/app.ts";
import { defaultRoutes, providerHealth } from "./http/default-routes.ts";
import { createLogger } from "./http/logging.ts";
import { createRateLimits, type RateLimitStore } from "./http/rate-limits.ts";
import { createExperimentCache } from "./learning/experiments.ts";
import { createTenantCultureCache } from "./learning/tenant-cultures.ts";
import { createModels } from "./models.ts";
import { Metrics } from "./observability/metrics.ts";
import { recordModelCall } from "./observability/model-events.ts";
import { budgetUsage, createTenantBudgets, serverBudgets, serverSpendLedgers } from "./observability/spend-budgets.ts";
import { createUsageRecorder } from "./observability/usage.ts";
import { registerPlayground } from "./playground/playground.ts";
import { createPublishedCache } from "./published-cache.ts";
import { resolveServerSecret } from "./secret.ts";

export const defaultTenantName = "default";

export interface PreparedServer {
  app: FastifyInstance;
  services: Services;
  storage: Storage;
  /** The owner key created for the "default" tenant on first start; null on every later start. */
  firstOwnerKey: string | null;
  close(): Promise<void>;
}

/** Opens and migrates storage, then creates the "default" tenant and its first owner key when the tenant is new. */
export async function prepareStorage(config: Config): Promise<{
  storage: Storage;
  services: Omit<
    Services,
    "metrics" | "authenticator" | "usage" | "models" | "publishedCache" | "cultures" | "experiments" | "tenantBudgets"
  >;
  firstOwnerKey: string | null;
}> {
  const secret = await resolveServerSecret(config.secret, config.dataDir);
  const storage = await openStorage(config.database);
  await storage.migrate();
  const services = {
    config,
    repository: storage.repository,
    keys: deriveServerKeys(secret, config.encryptionKeys),
    now: Date.now,
    version: packageJson.version,
  };
  let firstOwnerKey: string | null = null;
  if ((await storage.repository.tenants.findByName(defaultTenantName)) === null) {
    const tenant = await storage.repository.tenants.create(defaultTenantName);
    const created = await createApiKey(storage.repository, services.keys, tenant.id, {
      name: "first owner key (frontier start)",
      kind: "secret",
      role: "owner",
    });
    firstOwnerKey = created.plaintext;
  }
  return { storage, services, firstOwnerKey };
}

/** Counters fail over to memory while Redis is away (no offline queue); one log line per outage, not per retry. */
function connectRedis(url: string, log: (error: unknown, message: string) => void): Redis {
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  let reported = false;
  client.on("error", (error: unknown) => {
    if (!reported) log(error, "redis unavailable; rate limits count in this process until it returns");
    reported = true;
  });
  client.on("ready", () => {
    reported = false;
  });
  return client;
}

/** Everything `frontier start` runs, without listening: tests and embedders call this and `app.listen` themselves. */
export async function prepareServer(
  config: Config,
  options: Pick<AppOptions, "routes" | "providers"> & {
    logStream?: { write(line: string): void };
    /** Where the providers read their keys (OPENAI_API_KEY …); the CLI passes the process environment. */
    environment?: Readonly<Record<string, string | undefined>>;
    /** A model caller of the caller's own (tests pass fakes); built from `environment` otherwise. */
    models?: ModelCaller;
  } = {},
): Promise<PreparedServer> {
  const { storage, services: base, firstOwnerKey } = await prepareStorage(config);
  const logger = createLogger(config.logLevel, options.logStream);
  const log = (error: unknown, message: string) => logger.error({ err: error }, message);
  const metrics = new Metrics();
  const tenantBudgets = createTenantBudgets(storage.repository.tenantSettings, config.spendBudgets.period, {
    now: base.now,
  });
  const ledgers = serverSpendLedgers(storage.repository.spend, tenantBudgets, config.spendBudgets.period, base.now);
  const budgets = serverBudgets(config.spendBudgets, tenantBudgets, ledgers);
  if (Object.keys(config.spendBudgets.providersUsd).length > 0) {
    metrics.observeSpendBudgets(() => budgetUsage(config.spendBudgets, ledgers.providers));
  }
  const services: Services = {
    ...base,
    metrics,
    publishedCache: createPublishedCache(),
    cultures: createTenantCultureCache(storage.repository),
    experiments: createExperimentCache(storage.repository),
    tenantBudgets,
    models:
      options.models ??
      createModels(options.environment ?? {}, {
        onEvent: (event) => recordModelCall(metrics, event),
        budgets,
      }),
    authenticator: createAuthenticator({ repository: storage.repository, keys: base.keys, now: base.now }),
    usage: createUsageRecorder(storage.repository.requests, {
      onError: (error) => log(error, "could not record usage"),
    }),
  };
  const redis = config.redisUrl ? connectRedis(config.redisUrl, log) : null;
  const store: RateLimitStore = redis
    ? { kind: "redis", client: redis }
    : storage.mysql
      ? { kind: "mysql", pool: storage.mysql.pool, database: storage.mysql.database }
      : { kind: "memory" };
  const app = await buildApp({
    routes: (authenticator) => [...defaultRoutes(), ...(options.routes?.(authenticator) ?? [])],
    providers: options.providers ?? (async () => providerHealth(services.models)),
    logger,
    services,
    rateLimits: createRateLimits(config.rateLimit, store, (error) => log(error, "rate limit store failed")),
  });
  registerPlayground(app, services, { tenantName: defaultTenantName, elements: config.playgroundElements });
  return {
    app,
    services,
    storage,
    firstOwnerKey,
    async close() {
      await app.close();
      await services.usage.close();
      redis?.disconnect();
      await storage.repository.close();
    },
  };
}
