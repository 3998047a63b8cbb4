import { describe, expect, it } from "vitest";
import { startFakeOpenAI } from "../../../testing/index.ts";
import { describeProviderConformance } from "../conformance.ts";
import { createCompatible } from "./compatible-provider.ts";

describeProviderConformance({
  providerId: "compatible",
  model: "llama3.1:8b",
  startFake: (respond) => startFakeOpenAI({ respond }),
  // Through the environment variable, as `frontier` configures it.
  createProvider: (fake, timeouts) =>
    createCompatible({
      environment: { FRONTIER_COMPATIBLE_BASE_URL: fake.url, OPENAI_API_KEY: "sk-must-not-leak" },
      ...(timeouts && { timeouts }),
    }),
  createUnconfigured: () => ({
    provider: createCompatible({ environment: {} }),
    setting: "baseURL",
    environmentVariable: "FRONTIER_COMPATIBLE_BASE_URL",
  }),
  expectTextRequest: (body, request) => {
    expect(body).toMatchObject({
      model: "llama3.1:8b",
      messages: [
        { role: "system", content: request.system },
        { role: "user", content: request.messages[0]?.content },
      ],
      max_tokens: request.maxTokens,
    });
  },
  expectStructuredRequest: (body, output) => {
    expect(body).toMatchObject({
      response_format: {
        type: "json_schema",
        json_schema: { name: output.name, schema: output.schema, strict: false },
      },
    });
  },
});

describe("createCompatible", () => {
  it("never sends the OpenAI key to a local server", async () => {
    const fake = await startFakeOpenAI();
    try {
      const provider = createCompatible({
        environment: { FRONTIER_COMPATIBLE_BASE_URL: fake.url, OPENAI_API_KEY: "sk-must-not-leak" },
      });
      await provider.generate("llama3.1:8b", { messages: [{ role: "user", content: "hola" }] });
      expect(fake.requests[0]?.headers.authorization).toBe("Bearer no-key");
    } finally {
      await fake.close();
    }
  });
});
