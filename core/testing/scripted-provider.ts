import type { ModelProvider } from "../src/models/contract/model-provider.ts";
import type { ModelRequest } from "../src/models/contract/model-request.ts";
import type { ModelResult } from "../src/models/contract/model-result.ts";
import type { ModelStreamEvent } from "../src/models/contract/model-stream-event.ts";
import type { ProviderCapabilities } from "../src/models/contract/provider-capabilities.ts";
import { CallAbortedError } from "../src/models/errors/call-aborted-error.ts";
import { ProviderApiError } from "../src/models/errors/provider-api-error.ts";

/** One scripted answer of an in-memory provider. */
export interface ScriptedStep {
  text?: string;
  /** Thrown instead of answering (after `failAfterChunks` deltas when streaming). */
  error?: Error;
  failAfterChunks?: number;
  /** Resolves after this long (real or fake timers), honouring the abort signal. */
  delayMs?: number;
  usage?: { inputTokens: number; outputTokens: number };
}

export interface ScriptedProvider extends ModelProvider {
  /** Every call, in order, with the model it was made for. */
  readonly calls: { model: string; request: ModelRequest }[];
}

const wait = (milliseconds: number, signal: AbortSignal | undefined) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(new CallAbortedError());
    const timer = setTimeout(resolve, milliseconds);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(new CallAbortedError());
    });
  });

/** A 5xx-like failure from `provider`, for scripts. */
export function scriptedFailure(provider: string, status = 503, retryAfterMs?: number): ProviderApiError {
  return new ProviderApiError({
    message: `${provider}: scripted ${status}`,
    provider,
    status,
    ...(retryAfterMs !== undefined && { retryAfterMs }),
  });
}

/**
 * A provider with no network at all: for router tests with fake timers, and a model of how a
 * non-HTTP provider (like the offline rules engine) plugs into the router.
 */
export function createScriptedProvider(options: {
  id: string;
  respond: (request: ModelRequest, index: number) => ScriptedStep;
  capabilities?: Partial<ProviderCapabilities>;
  configured?: boolean;
}): ScriptedProvider {
  const calls: { model: string; request: ModelRequest }[] = [];
  const resultOf = (model: string, text: string, step: ScriptedStep): ModelResult => ({
    text,
    usage: step.usage ?? { inputTokens: 10, outputTokens: 5 },
    finishReason: "stop",
    provider: options.id,
    model,
  });
  const defaultText = "Texto de prueba.";
  return {
    id: options.id,
    calls,
    capabilities: {
      structuredOutput: true,
      streaming: true,
      remote: false,
      translates: () => true,
      ...options.capabilities,
    },
    isConfigured: () => options.configured ?? true,
    async generate(model, request) {
      calls.push({ model, request });
      const step = options.respond(request, calls.length - 1);
      if (step.delayMs) await wait(step.delayMs, request.signal);
      if (step.error) throw step.error;
      return resultOf(model, step.text ?? defaultText, step);
    },
    async *stream(model, request): AsyncGenerator<ModelStreamEvent> {
      calls.push({ model, request });
      const step = options.respond(request, calls.length - 1);
      if (step.delayMs) await wait(step.delayMs, request.signal);
      const text = step.text ?? defaultText;
      const chunks = text.match(/\S+\s*/g) ?? [text];
      for (const [index, chunk] of chunks.entries()) {
        if (step.error && index === (step.failAfterChunks ?? 0)) throw step.error;
        yield { type: "text-delta", text: chunk };
      }
      if (step.error) throw step.error;
      yield { type: "finish", result: resultOf(model, text, step) };
    },
  };
}
