import type { ModelResult, ModelStreamEvent } from "../models/contract/index.ts";
import type { RouterRequest } from "../models/index.ts";

/** A router request that may be pinned to one provider id (the CLI's `--provider`, the API's `provider`). */
export interface ModelCallRequest extends RouterRequest {
  provider?: string;
}

/** What the pipelines need from the models layer: the router satisfies it. */
export interface ModelCaller {
  generate(request: ModelCallRequest): Promise<ModelResult>;
  stream(request: ModelCallRequest): AsyncIterable<ModelStreamEvent>;
}
