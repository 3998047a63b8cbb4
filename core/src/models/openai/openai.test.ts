import { expect } from "vitest";
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
