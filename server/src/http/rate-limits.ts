import type { Redis } from "ioredis";
import type { Pool } from "mysql2";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { RateLimiterMemory, RateLimiterMySQL, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { Principal } from "../auth/principal.ts";
import type { Config } from "../config.ts";
import { RateLimitedError } from "../errors.ts";

/** Where the counters live: this process, Redis (several processes), or the MySQL database already in use. */
export type RateLimitStore =
  | { kind: "memory" }
  | { kind: "redis"; client: Redis }
  | { kind: "mysql"; pool: Pool; database: string };

export interface RateLimits {
  readonly store: RateLimitStore["kind"];
  /** Counts one request; throws RateLimitedError when the key's, the tenant's or the address's budget is spent. */
  consume(principal: Principal | null, address: string): Promise<void>;
}

const windowSeconds = 60;

export function createRateLimits(
  settings: Config["rateLimit"],
  store: RateLimitStore,
  onStoreError: (error: unknown) => void = () => {},
): RateLimits {
  const limiters = new Map<string, Promise<RateLimiterAbstract>>();

  function create(scope: string, points: number): Promise<RateLimiterAbstract> {
    const options = { keyPrefix: `frontier_${scope}_${points}`, points, duration: windowSeconds };
    if (store.kind === "memory") return Promise.resolve(new RateLimiterMemory(options));
    // When the shared store fails, count in this process rather than fail the request or let it through unmetered.
    const insuranceLimiter = new RateLimiterMemory(options);
    if (store.kind === "redis") {
      return Promise.resolve(new RateLimiterRedis({ ...options, storeClient: store.client, insuranceLimiter }));
    }
    return new Promise((resolve, reject) => {
      // The MySQL limiter creates its table first and refuses to count until the callback says it is there.
      const created: RateLimiterMySQL = new RateLimiterMySQL(
        {
          ...options,
          insuranceLimiter,
          storeClient: store.pool,
          storeType: "pool",
          dbName: store.database,
          tableName: "frontier_rate_limits",
        },
        (error?: unknown) => (error ? reject(error) : resolve(created)),
      );
    });
  }

  function limiter(scope: "key" | "tenant" | "address", points: number): Promise<RateLimiterAbstract> {
    const name = `${scope}:${points}`;
    const existing = limiters.get(name);
    if (existing) return existing;
    // A store that cannot be set up (no table privilege, say) is reported once; this process then counts alone.
    const created = create(scope, points).catch((error: unknown) => {
      onStoreError(error);
      return new RateLimiterMemory({ keyPrefix: name, points, duration: windowSeconds });
    });
    limiters.set(name, created);
    return created;
  }

  async function take(scope: "key" | "tenant" | "address", points: number, id: string): Promise<void> {
    try {
      await (await limiter(scope, points)).consume(id);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        throw new RateLimitedError(scope, Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      }
      throw rejection;
    }
  }

  return {
    store: store.kind,
    async consume(principal, address) {
      if (principal === null) return take("address", settings.addressPerMinute, address);
      await take("key", principal.quotaPerMinute ?? settings.keyPerMinute, principal.keyId);
      await take("tenant", settings.tenantPerMinute, principal.tenantId);
    },
  };
}
