import OpenAI, { type ClientOptions } from "openai";
import type { ModelProvider } from "../contract/model-provider.ts";
import type { ModelRequest } from "../contract/model-request.ts";
import type { ModelResult } from "../contract/model-result.ts";
import type { ModelStreamEvent } from "../contract/model-stream-event.ts";
import type { ProviderCapabilities } from "../contract/provider-capabilities.ts";
import type { ProviderTimeouts } from "../contract/provider-timeouts.ts";
import { CallGuard, resolveTimeouts } from "../shared/call-guard.ts";
import { type ChatRequestOptions, toChatRequest, toChatStreamRequest } from "./openai-request.ts";
import { fromChatCompletion } from "./openai-response.ts";
import { fromChatCompletionChunks } from "./openai-stream.ts";

/** What differs between OpenAI and an OpenAI-compatible server; the wire handling is shared. */
export interface ChatCompletionsProviderOptions {
  id: string;
  capabilities: ProviderCapabilities;
  request: ChatRequestOptions;
  timeouts: Partial<ProviderTimeouts> | undefined;
  /** Resolves key and base URL; called on first use so a missing key fails the call, not the import. */
  clientOptions: () => ClientOptions;
  isConfigured: () => boolean;
}

/** A provider speaking chat completions through the `openai` SDK, with the SDK's own retries off. */
export function createChatCompletionsProvider(options: ChatCompletionsProviderOptions): ModelProvider {
  let client: OpenAI | undefined;
  const getClient = (): OpenAI => {
    // Retries and fallback are the router's; a long SDK timeout because ours (CallGuard) are tighter.
    client ??= new OpenAI({ maxRetries: 0, timeout: 24 * 60 * 60 * 1000, ...options.clientOptions() });
    return client;
  };
  const guardFor = (model: string, request: ModelRequest): CallGuard =>
    new CallGuard({
      provider: options.id,
      model,
      timeouts: resolveTimeouts(options.timeouts, request.timeouts),
      callerSignal: request.signal,
    });
  const requestOptions = (request: ModelRequest, guard: CallGuard) => ({
    signal: guard.signal,
    ...(request.idempotencyKey !== undefined && { idempotencyKey: request.idempotencyKey }),
  });

  return {
    id: options.id,
    capabilities: options.capabilities,
    isConfigured: options.isConfigured,

    async generate(model: string, request: ModelRequest): Promise<ModelResult> {
      const sdk = getClient();
      const guard = guardFor(model, request);
      try {
        // asResponse() resolves on the headers, which lets the connect and first-byte timers differ.
        const response = await sdk.chat.completions
          .create(toChatRequest(model, request, options.request), requestOptions(request, guard))
          .asResponse();
        guard.headersReceived();
        const body: unknown = await response.json();
        guard.throwIfAborted();
        guard.complete();
        return fromChatCompletion(body, { provider: options.id, model, request });
      } catch (error) {
        throw guard.toError(error);
      } finally {
        guard.finish();
      }
    },

    async *stream(model: string, request: ModelRequest): AsyncGenerator<ModelStreamEvent> {
      const sdk = getClient();
      const guard = guardFor(model, request);
      try {
        const chunks = await sdk.chat.completions.create(
          toChatStreamRequest(model, request, options.request),
          requestOptions(request, guard),
        );
        guard.headersReceived();
        yield* fromChatCompletionChunks(chunks, { provider: options.id, model, request, guard });
      } catch (error) {
        throw guard.toError(error);
      } finally {
        // Also runs when the consumer stops early: the upstream request is aborted.
        guard.finish();
      }
    },
  };
}
