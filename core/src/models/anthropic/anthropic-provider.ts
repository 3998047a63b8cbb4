import Anthropic from "@anthropic-ai/sdk";
import type { ModelProvider } from "../contract/model-provider.ts";
import type { ModelRequest } from "../contract/model-request.ts";
import type { ModelResult } from "../contract/model-result.ts";
import type { ModelStreamEvent } from "../contract/model-stream-event.ts";
import type { ModelWarning } from "../contract/model-warning.ts";
import type { ProviderTimeouts } from "../contract/provider-timeouts.ts";
import { loadSetting } from "../shared/api-key.ts";
import { CallGuard, resolveTimeouts } from "../shared/call-guard.ts";
import { requestWarnings, toMessagesRequest, toMessagesStreamRequest } from "./anthropic-request.ts";
import { fromMessage } from "./anthropic-response.ts";
import { fromMessageStreamEvents } from "./anthropic-stream.ts";

export interface AnthropicSettings {
  /** Defaults to the ANTHROPIC_API_KEY environment variable. */
  apiKey?: string;
  /** Defaults to ANTHROPIC_BASE_URL, then https://api.anthropic.com. */
  baseURL?: string;
  headers?: Record<string, string>;
  timeouts?: Partial<ProviderTimeouts>;
  /** Anthropic requires `max_tokens`; used when a request sets none. Default 4096. */
  defaultMaxTokens?: number;
  fetch?: typeof globalThis.fetch;
  /** Where to read ANTHROPIC_API_KEY / ANTHROPIC_BASE_URL; defaults to `process.env`. */
  environment?: Readonly<Record<string, string | undefined>>;
}

function withWarnings(result: ModelResult, warnings: readonly ModelWarning[]): ModelResult {
  return warnings.length === 0 ? result : { ...result, warnings };
}

/** Anthropic messages through the official SDK; structured output is a forced tool call. */
export function createAnthropic(settings: AnthropicSettings = {}): ModelProvider {
  const id = "anthropic";
  const environment = settings.environment ?? process.env;
  const defaultMaxTokens = settings.defaultMaxTokens ?? 4096;
  let client: Anthropic | undefined;
  const getClient = (): Anthropic => {
    client ??= new Anthropic({
      apiKey: loadSetting({
        provider: id,
        setting: "apiKey",
        settingValue: settings.apiKey,
        environmentVariable: "ANTHROPIC_API_KEY",
        environment,
      }),
      // Explicit so the SDK reads no credentials of its own (auth token, profiles).
      authToken: null,
      baseURL: settings.baseURL ?? environment.ANTHROPIC_BASE_URL ?? "https://api.anthropic.com",
      // Retries and fallback are the router's; CallGuard's timeouts are the tighter ones.
      maxRetries: 0,
      timeout: 24 * 60 * 60 * 1000,
      ...(settings.headers && { defaultHeaders: settings.headers }),
      ...(settings.fetch && { fetch: settings.fetch }),
    });
    return client;
  };
  const guardFor = (model: string, request: ModelRequest): CallGuard =>
    new CallGuard({
      provider: id,
      model,
      timeouts: resolveTimeouts(settings.timeouts, request.timeouts),
      callerSignal: request.signal,
    });
  const requestOptions = (request: ModelRequest, guard: CallGuard) => ({
    signal: guard.signal,
    ...(request.idempotencyKey !== undefined && { idempotencyKey: request.idempotencyKey }),
  });

  return {
    id,
    capabilities: { structuredOutput: true, streaming: true, remote: true, translates: () => true },
    isConfigured: () => (settings.apiKey ?? environment.ANTHROPIC_API_KEY ?? "").trim() !== "",

    async generate(model: string, request: ModelRequest): Promise<ModelResult> {
      const sdk = getClient();
      const guard = guardFor(model, request);
      try {
        const response = await sdk.messages
          .create(toMessagesRequest(model, request, defaultMaxTokens), requestOptions(request, guard))
          .asResponse();
        guard.headersReceived();
        const body: unknown = await response.json();
        guard.throwIfAborted();
        guard.complete();
        return withWarnings(fromMessage(body, { provider: id, model, request }), requestWarnings(request));
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
        const events = await sdk.messages.create(
          toMessagesStreamRequest(model, request, defaultMaxTokens),
          requestOptions(request, guard),
        );
        guard.headersReceived();
        const warnings = requestWarnings(request);
        for await (const event of fromMessageStreamEvents(events, { provider: id, model, request, guard })) {
          yield event.type === "finish" ? { ...event, result: withWarnings(event.result, warnings) } : event;
        }
      } catch (error) {
        throw guard.toError(error);
      } finally {
        guard.finish();
      }
    },
  };
}
