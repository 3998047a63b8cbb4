import { createTenantCultures, type TenantCulture } from "@frontier-ai/core";
import type { Repository } from "../db/repository.ts";
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
  const ttlMs = options.ttlMs ?? 10_000;
  const maxTenants = options.maxTenants ?? 10_000;
  const now = options.now ?? Date.now;
  const cultures = createTenantCultures();
  const entries = new Map<string, { culture: Promise<TenantCulture | undefined>; until: number }>();

  return {
    forTenant(tenantId) {
      const found = entries.get(tenantId);
      if (found && found.until > now()) return found.culture;
      const culture = acceptedOverrides(repository, tenantId).then((overrides) =>
        overrides.length === 0 ? undefined : cultures(overrides),
      );
      // A failed read is not kept: the next request tries again.
      culture.catch(() => {
        if (entries.get(tenantId)?.culture === culture) entries.delete(tenantId);
      });
      entries.delete(tenantId);
      entries.set(tenantId, { culture, until: now() + ttlMs });
      if (entries.size > maxTenants) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      return culture;
    },
    invalidate(tenantId) {
      entries.delete(tenantId);
    },
  };
}
