import { expect } from "vitest";
import { startFakeAnthropic } from "../../../testing/index.ts";
import { describeProviderConformance } from "../conformance.ts";
import { createAnthropic } from "./anthropic-provider.ts";

describeProviderConformance({
  providerId: "anthropic",
  model: "claude-sonnet-4-6",
  startFake: (respond) => startFakeAnthropic({ respond }),
  createProvider: (fake, timeouts) =>
    createAnthropic({ apiKey: "sk-ant-test", baseURL: fake.url, environment: {}, ...(timeouts && { timeouts }) }),
  createUnconfigured: () => ({
    provider: createAnthropic({ environment: {} }),
    setting: "apiKey",
    environmentVariable: "ANTHROPIC_API_KEY",
  }),
  expectTextRequest: (body, request) => {
    expect(body).toMatchObject({
      model: "claude-sonnet-4-6",
      system: request.system,
      messages: [{ role: "user", content: request.messages[0]?.content }],
      temperature: request.temperature,
      max_tokens: request.maxTokens,
    });
  },
  expectStructuredRequest: (body, output) => {
    expect(body).toMatchObject({
      tools: [{ name: output.name, input_schema: output.schema }],
      tool_choice: { type: "tool", name: output.name },
    });
  },
});
