import type { ModelCaller } from "@frontier-ai/core";
import type { Authenticator } from "./auth/authenticator.ts";
import type { Principal } from "./auth/principal.ts";
import type { ServerKeys } from "./auth/secrets.ts";
import type { Config } from "./config.ts";
import type { Repository } from "./db/repository.ts";
import type { ExperimentCache } from "./learning/experiments.ts";
import type { TenantCultures } from "./learning/tenant-cultures.ts";
import type { Metrics } from "./observability/metrics.ts";
import type { TenantBudgets } from "./observability/spend-budgets.ts";
import type { UsageRecorder } from "./observability/usage.ts";
import type { PublishedCache } from "./published-cache.ts";

/** What every route can use; built once at start and shared by the tRPC and REST handlers. */
export interface Services {
  config: Config;
  repository: Repository;
  keys: ServerKeys;
  metrics: Metrics;
  authenticator: Authenticator;
  usage: UsageRecorder;
  /** The model router behind the content pipelines. */
  models: ModelCaller;
  /** Published copy for the storefront read path. */
  publishedCache: PublishedCache;
  /** Running A/B experiments for the storefront read path. */
  experiments: ExperimentCache;
  /** Each tenant's culture (accepted lexicon overrides) for the content pipelines. */
  cultures: TenantCultures;
  /** Each tenant's spend budget, as the model calls read it. */
  tenantBudgets: TenantBudgets;
  now: () => number;
  version: string;
}

/** The tRPC context: the services and who is calling. */
export interface Context {
  services: Services;
  principal: Principal | null;
  requestId: string;
}
