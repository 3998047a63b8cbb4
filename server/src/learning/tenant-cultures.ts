import { createTenantCultures, type TenantCulture } from "@frontier-ai/core";
import type { Repository } from "../db/repository.ts";
import { createExpiringReads } from "../expiring-reads.ts";
import { acceptedOverrides } from "./edits.ts";

export interface TenantCultures {
  /** The tenant's culture, or undefined when it accepted no override: the pipelines then use the bundled one. */
  forTenant(tenantId: string): Promise<TenantCulture | undefined>;
  /** After an admin's decision on this process: the next request reads the overrides again. */
  invalidate(tenantId: string): void;
}

/**
 * Each tenant's accepted lexicon overrides, read once per `ttlMs` (so other processes see a decision within it),
 * and the culture built over them; tenants with the same overrides share one engine (core's cache). A tenant
 * without overrides costs one read per `ttlMs`, then nothing.
 */
export function createTenantCultureCache(
  repository: Repository,
  options: { ttlMs?: number; maxTenants?: number; now?: () => number } = {},
): TenantCultures {
  const cultures = createTenantCultures();
  const reads = createExpiringReads<TenantCulture | undefined>({
    ttlMs: options.ttlMs ?? 10_000,
    maxEntries: options.maxTenants ?? 10_000,
    now: options.now ?? Date.now,
  });
  return {
    forTenant: (tenantId) =>
      reads.get(tenantId, async () => {
        const overrides = await acceptedOverrides(repository, tenantId);
        return overrides.length === 0 ? undefined : cultures(overrides);
      }),
    invalidate: (tenantId) => reads.forget(tenantId),
  };
}
