import { describe, expect, it } from "vitest";
import { startFakeOpenAI } from "../../../testing/index.ts";
import { describeProviderConformance } from "../conformance.ts";
import { createOpenAI } from "./openai-provider.ts";

describeProviderConformance({
  providerId: "openai",
  model: "gpt-4o-mini",
  startFake: (respond) => startFakeOpenAI({ respond }),
  createProvider: (fake, timeouts) =>
    createOpenAI({ apiKey: "sk-test", baseURL: fake.url, environment: {}, ...(timeouts && { timeouts }) }),
  createUnconfigured: () => ({
    provider: createOpenAI({ environment: {} }),
    setting: "apiKey",
    environmentVariable: "OPENAI_API_KEY",
  }),
  expectTextRequest: (body, request) => {
    expect(body).toMatchObject({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: request.system },
        { role: "user", content: request.messages[0]?.content },
      ],
      temperature: request.temperature,
      max_completion_tokens: request.maxTokens,
    });
  },
  expectStructuredRequest: (body, output) => {
    expect(body).toMatchObject({
      response_format: { type: "json_schema", json_schema: { name: output.name, schema: output.schema, strict: true } },
    });
  },
});

describe("createOpenAI", () => {
  it("reads OPENAI_API_KEY and OPENAI_BASE_URL at call time when settings give none", async () => {
    const fake = await startFakeOpenAI();
    const environment: Record<string, string | undefined> = {};
    const provider = createOpenAI({ environment });
    expect(provider.isConfigured()).toBe(false);
    environment.OPENAI_API_KEY = "sk-from-env";
    environment.OPENAI_BASE_URL = fake.url;
    try {
      expect(provider.isConfigured()).toBe(true);
      await provider.generate("gpt-5.4", { messages: [{ role: "user", content: "hola" }], idempotencyKey: "k-1" });
      expect(fake.requests[0]?.headers.authorization).toBe("Bearer sk-from-env");
      expect(fake.requests[0]?.path).toBe("/v1/chat/completions");
    } finally {
      await fake.close();
    }
  });
});
