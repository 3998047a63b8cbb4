import type { ModelProvider, ModelResult, ModelStreamEvent } from "../models/contract/index.ts";
import {
  createMemorySpendLedger,
  createRouter,
  defaultModels,
  type ModelRouter,
  type RouterOptions,
  type RouterRequest,
} from "../models/index.ts";
import { InvalidContentRequestError } from "./errors.ts";

/** A router request that may be pinned to one provider id (the CLI's `--provider`, the API's `provider`). */
export interface ModelCallRequest extends RouterRequest {
  provider?: string;
  /** A model id for the pinned provider; only with `provider`. */
  model?: string;
}

/** What the pipelines need from the models layer. */
export interface ModelCaller {
  generate(request: ModelCallRequest): Promise<ModelResult>;
  stream(request: ModelCallRequest): AsyncIterable<ModelStreamEvent>;
  /** Ids of the providers that are configured and may be named in `provider`. */
  readonly providers: readonly string[];
}

/**
 * The router, plus pinning a call to one provider: a pinned call goes through a router whose policy
 * holds only that provider (its default model), sharing the spend ledgers and event listener, so budgets
 * and metrics see every call.
 */
export function createModelCaller(options: RouterOptions): ModelCaller {
  const ledger = options.budgets?.ledger ?? createMemorySpendLedger();
  const providerLedger = options.budgets?.providerLedger ?? createMemorySpendLedger();
  const shared: RouterOptions = {
    ...options,
    ...(options.budgets && { budgets: { ...options.budgets, ledger, providerLedger } }),
  };
  const router = createRouter(shared);
  const configured = options.providers.filter((provider) => provider.isConfigured());
  const providers = configured.map((provider) => provider.id);
  const pinned = new Map<string, ModelRouter>();

  const routerFor = (id: string | undefined, modelId: string | undefined): ModelRouter => {
    if (id === undefined) {
      if (modelId !== undefined) {
        throw new InvalidContentRequestError({
          field: "model",
          message: "model: name a provider too; a model id belongs to one provider.",
        });
      }
      return router;
    }
    const key = `${id}\u0000${modelId ?? ""}`;
    const existing = pinned.get(key);
    if (existing) return existing;
    const provider: ModelProvider | undefined = configured.find((candidate) => candidate.id === id);
    if (!provider) {
      throw new InvalidContentRequestError({
        field: "provider",
        message: `provider: "${id}" is not configured here; configured providers: ${providers.join(", ")}.`,
        allowed: providers,
      });
    }
    const model = modelId ?? (defaultModels as unknown as Record<string, string | undefined>)[id] ?? id;
    const single = createRouter({ ...shared, policy: { rules: [{ candidates: [{ provider: id, model }] }] } });
    pinned.set(key, single);
    return single;
  };

  return {
    providers,
    generate: ({ provider, model, ...request }) => routerFor(provider, model).generate(request),
    stream: ({ provider, model, ...request }) => routerFor(provider, model).stream(request),
  };
}
