// One behavioural suite for every provider adapter, run from one small test file per adapter.
import { afterEach, describe, expect, it } from "vitest";
import type { FakeProviderServer, FakeReply, FakeResponder } from "../../testing/index.ts";
import { faults } from "../../testing/index.ts";
import type { ModelProvider } from "./contract/model-provider.ts";
import type { ModelRequest } from "./contract/model-request.ts";
import type { ModelStreamEvent } from "./contract/model-stream-event.ts";
import type { ProviderTimeouts } from "./contract/provider-timeouts.ts";
import type { StructuredOutput } from "./contract/structured-output.ts";
import { CallAbortedError } from "./errors/call-aborted-error.ts";
import { ProviderApiError } from "./errors/provider-api-error.ts";
import { ProviderConfigurationError } from "./errors/provider-configuration-error.ts";
import { ProviderTimeoutError } from "./errors/provider-timeout-error.ts";
import { StructuredOutputError } from "./errors/structured-output-error.ts";

export interface ConformanceTarget {
  providerId: string;
  model: string;
  startFake(respond: FakeResponder): Promise<FakeProviderServer>;
  createProvider(fake: FakeProviderServer, timeouts?: Partial<ProviderTimeouts>): ModelProvider;
  /** A provider with neither setting nor environment variable, and the names its error must give. */
  createUnconfigured(): { provider: ModelProvider; setting: string; environmentVariable: string };
  /** Wire-level check that the body carried the request's messages, system prompt and limits. */
  expectTextRequest(body: unknown, request: ModelRequest): void;
  /** Wire-level check that the body asked for structured output with `output.schema`. */
  expectStructuredRequest(body: unknown, output: StructuredOutput): void;
}

const request: ModelRequest = {
  system: "Eres redactor publicitario para México.",
  messages: [{ role: "user", content: "Describe una cafetera en una frase." }],
  temperature: 0.4,
  maxTokens: 200,
};

const productOutput: StructuredOutput = {
  name: "product_copy",
  schema: {
    type: "object",
    properties: { title: { type: "string" }, body: { type: "string" } },
    required: ["title", "body"],
    additionalProperties: false,
  },
};

async function collect(events: AsyncIterable<ModelStreamEvent>): Promise<ModelStreamEvent[]> {
  const collected: ModelStreamEvent[] = [];
  for await (const event of events) collected.push(event);
  return collected;
}

function deltasOf(events: readonly ModelStreamEvent[]): string {
  return events.map((event) => (event.type === "text-delta" ? event.text : "")).join("");
}

export function describeProviderConformance(target: ConformanceTarget): void {
  describe(`${target.providerId} provider conformance`, () => {
    let fake: FakeProviderServer | undefined;
    afterEach(async () => {
      await fake?.close();
      fake = undefined;
    });
    const start = async (reply: FakeReply | FakeResponder, timeouts?: Partial<ProviderTimeouts>) => {
      fake = await target.startFake(typeof reply === "function" ? reply : () => reply);
      return { fake, provider: target.createProvider(fake, timeouts) };
    };

    it("generates text and reports usage, finish reason, provider and model", async () => {
      const { fake, provider } = await start({
        text: "Café de olla en casa.",
        usage: { inputTokens: 21, outputTokens: 7 },
      });
      const result = await provider.generate(target.model, request);
      expect(result).toEqual({
        text: "Café de olla en casa.",
        usage: { inputTokens: 21, outputTokens: 7 },
        finishReason: "stop",
        provider: target.providerId,
        model: target.model,
      });
      expect(fake.requests).toHaveLength(1);
      target.expectTextRequest(fake.requests[0]?.body, request);
    });

    it("streams deltas whose concatenation is the final text, then one finish", async () => {
      const text = "Tu mañana empieza con el mejor café, recién molido.";
      const { fake, provider } = await start({ text, usage: { inputTokens: 9, outputTokens: 11 } });
      const events = await collect(provider.stream(target.model, request));
      expect(deltasOf(events)).toBe(text);
      const finishes = events.filter((event) => event.type === "finish");
      expect(finishes).toHaveLength(1);
      expect(events.at(-1)).toEqual({
        type: "finish",
        result: {
          text,
          usage: { inputTokens: 9, outputTokens: 11 },
          finishReason: "stop",
          provider: target.providerId,
          model: target.model,
        },
      });
      expect(fake.requests[0]?.stream).toBe(true);
    });

    it("returns the parsed object for structured output, one-shot and streamed", async () => {
      const object = { title: "Cafetera", body: "Prepara 12 tazas." };
      const { fake, provider } = await start({ object });
      const validated: unknown[] = [];
      const validate = (value: unknown): unknown => {
        validated.push(value);
        return value;
      };
      const output = { ...productOutput, validate };
      const result = await provider.generate(target.model, { ...request, output });
      expect(result.object).toEqual(object);
      expect(JSON.parse(result.text)).toEqual(object);
      target.expectStructuredRequest(fake.requests[0]?.body, productOutput);
      const events = await collect(provider.stream(target.model, { ...request, output }));
      const finish = events.at(-1);
      expect(finish?.type === "finish" && finish.result.object).toEqual(object);
      expect(validated).toEqual([object, object]);
    });

    it("fails invalid structured JSON with StructuredOutputError, one-shot and streamed", async () => {
      const { provider } = await start(faults.invalidJson());
      const output = productOutput;
      await expect(provider.generate(target.model, { ...request, output })).rejects.toBeInstanceOf(
        StructuredOutputError,
      );
      await expect(collect(provider.stream(target.model, { ...request, output }))).rejects.toBeInstanceOf(
        StructuredOutputError,
      );
    });

    it("fails a validator's rejection with StructuredOutputError", async () => {
      const { provider } = await start({ object: { title: 3 } });
      const output = {
        ...productOutput,
        validate: () => {
          throw new Error("title must be a string");
        },
      };
      const error = await provider.generate(target.model, { ...request, output }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StructuredOutputError);
      expect(error instanceof StructuredOutputError && error.text).toBe('{"title":3}');
    });

    it("turns 429 into a retryable ProviderApiError with retryAfterMs, and makes one request only", async () => {
      const { fake, provider } = await start(faults.rateLimited({ retryAfterSeconds: 2 }));
      const error = await provider.generate(target.model, request).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ProviderApiError);
      expect(error).toMatchObject({ status: 429, isRetryable: true, retryAfterMs: 2000, provider: target.providerId });
      expect(fake.requests).toHaveLength(1);
    });

    it("prefers retry-after-ms over retry-after", async () => {
      const { provider } = await start(faults.rateLimited({ retryAfterSeconds: 30, retryAfterMs: 250 }));
      await expect(provider.stream(target.model, request)[Symbol.asyncIterator]().next()).rejects.toMatchObject({
        status: 429,
        retryAfterMs: 250,
      });
    });

    it.each([500, 503, 529] as const)("treats %i as retryable", async (status) => {
      const { fake, provider } = await start(faults.serverError(status));
      await expect(provider.generate(target.model, request)).rejects.toMatchObject({ status, isRetryable: true });
      expect(fake.requests).toHaveLength(1);
    });

    it("treats 400 as final and honours x-should-retry", async () => {
      const { provider } = await start((_request, index) =>
        index === 0
          ? { status: 400, errorType: "invalid_request_error" }
          : { status: 500, headers: { "x-should-retry": "false" } },
      );
      await expect(provider.generate(target.model, request)).rejects.toMatchObject({ status: 400, isRetryable: false });
      await expect(provider.generate(target.model, request)).rejects.toMatchObject({ status: 500, isRetryable: false });
    });

    it("times out a slow first byte and closes the upstream connection", async () => {
      const { fake, provider } = await start(faults.slowFirstByte(3000), { connectMs: 400 });
      const error = await provider.generate(target.model, request).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ProviderTimeoutError);
      expect(error).toMatchObject({ phase: "connect", timeoutMs: 400, isRetryable: true });
      await fake.requests[0]?.closed;
      expect(fake.requests[0]?.clientClosed).toBe(true);
    });

    it("fails a stalled stream on the idle timeout after the text already received", async () => {
      const { fake, provider } = await start(faults.stallMidStream(2, "uno dos tres cuatro"), { idleMs: 60 });
      const seen: ModelStreamEvent[] = [];
      const error = await (async () => {
        for await (const event of provider.stream(target.model, request)) seen.push(event);
      })().catch((caught: unknown) => caught);
      expect(deltasOf(seen)).toBe("uno dos ");
      expect(error).toMatchObject({ name: "ProviderTimeoutError", phase: "idle" });
      await fake.requests[0]?.closed;
      expect(fake.requests[0]?.clientClosed).toBe(true);
    });

    it("fails a stream reset mid-way with a retryable network error, never a truncated finish", async () => {
      const { provider } = await start(faults.resetMidStream(2, "uno dos tres cuatro"));
      const seen: ModelStreamEvent[] = [];
      const error = await (async () => {
        for await (const event of provider.stream(target.model, request)) seen.push(event);
      })().catch((caught: unknown) => caught);
      expect(deltasOf(seen)).toBe("uno dos ");
      expect(seen.some((event) => event.type === "finish")).toBe(false);
      expect(error).toBeInstanceOf(ProviderApiError);
      expect(error).toMatchObject({ status: undefined, isRetryable: true });
    });

    it("fails an in-stream error event with a retryable ProviderApiError", async () => {
      const { provider } = await start(faults.errorMidStream(1, "uno dos tres"));
      const seen: ModelStreamEvent[] = [];
      const error = await (async () => {
        for await (const event of provider.stream(target.model, request)) seen.push(event);
      })().catch((caught: unknown) => caught);
      expect(deltasOf(seen)).toBe("uno ");
      expect(error).toBeInstanceOf(ProviderApiError);
      expect(error).toMatchObject({ isRetryable: true, provider: target.providerId });
    });

    it("aborts the upstream request when the caller's signal fires", async () => {
      const { fake, provider } = await start({ text: "uno dos tres cuatro cinco", chunkDelayMs: 40 });
      const controller = new AbortController();
      const seen: string[] = [];
      const error = await (async () => {
        for await (const event of provider.stream(target.model, { ...request, signal: controller.signal })) {
          if (event.type === "text-delta") seen.push(event.text);
          if (seen.length === 1) controller.abort();
        }
      })().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CallAbortedError);
      await fake.requests[0]?.closed;
      expect(fake.requests[0]?.clientClosed).toBe(true);
    });

    it("stops the upstream request when the consumer stops reading", async () => {
      const { fake, provider } = await start({ text: "uno dos tres cuatro cinco", chunkDelayMs: 40 });
      for await (const event of provider.stream(target.model, request)) {
        if (event.type === "text-delta") break;
      }
      await fake.requests[0]?.closed;
      expect(fake.requests[0]?.clientClosed).toBe(true);
    });

    it("reports a missing configuration naming the setting and the environment variable", async () => {
      const { provider, setting, environmentVariable } = target.createUnconfigured();
      expect(provider.isConfigured()).toBe(false);
      const error = await provider.generate(target.model, request).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ProviderConfigurationError);
      expect(String(error instanceof Error && error.message)).toContain(setting);
      expect(String(error instanceof Error && error.message)).toContain(environmentVariable);
    });
  });
}
