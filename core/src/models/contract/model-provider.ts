import type { ModelRequest } from "./model-request.ts";
import type { ModelResult } from "./model-result.ts";
import type { ModelStreamEvent } from "./model-stream-event.ts";
import type { ProviderCapabilities } from "./provider-capabilities.ts";

/**
 * A source of text. HTTP adapters and the offline rules engine implement the same interface, so the
 * router treats them alike. Errors are thrown as the classes in `../errors`.
 */
export interface ModelProvider {
  /** Stable id used in policies, prices, events and results: `openai`, `anthropic`, `compatible`, `rules`. */
  readonly id: string;
  readonly capabilities: ProviderCapabilities;
  /** Whether the provider has what it needs (a key, a base URL) without making a call. */
  isConfigured(): boolean;
  generate(model: string, request: ModelRequest): Promise<ModelResult>;
  /** Text deltas then exactly one `finish`; never `restart` (that is the router's). */
  stream(model: string, request: ModelRequest): AsyncIterable<ModelStreamEvent>;
}
