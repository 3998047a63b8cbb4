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
  const limiters = new Map<string, RateLimiterAbstract>();

  function limiter(scope: "key" | "tenant" | "address", points: number): RateLimiterAbstract {
    const name = `${scope}:${points}`;
    const existing = limiters.get(name);
    if (existing) return existing;
    const options = { keyPrefix: `frontier_${scope}_${points}`, points, duration: windowSeconds };
    const created =
      store.kind === "redis"
        ? new RateLimiterRedis({ ...options, storeClient: store.client })
        : store.kind === "mysql"
          ? new RateLimiterMySQL(
              {
                ...options,
                storeClient: store.pool,
                storeType: "pool",
                dbName: store.database,
                tableName: "frontier_rate_limits",
              },
              (error?: unknown) => {
                if (error) onStoreError(error);
              },
            )
          : new RateLimiterMemory(options);
    limiters.set(name, created);
    return created;
  }

  async function take(scope: "key" | "tenant" | "address", points: number, id: string): Promise<void> {
    try {
      await limiter(scope, points).consume(id);
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
