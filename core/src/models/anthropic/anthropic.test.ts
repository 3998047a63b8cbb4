import { describe, expect, it } from "vitest";
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

describe("createAnthropic", () => {
  it("clamps a temperature above Anthropic's range and says so on the result", async () => {
    const fake = await startFakeAnthropic();
    try {
      const provider = createAnthropic({ apiKey: "sk-ant-test", baseURL: fake.url, environment: {} });
      const result = await provider.generate("claude-sonnet-4-6", {
        messages: [{ role: "user", content: "hola" }],
        temperature: 1.4,
      });
      expect(fake.requests[0]?.body).toMatchObject({ temperature: 1, max_tokens: 4096 });
      expect(fake.requests[0]?.headers.authorization).toBe("Bearer sk-ant-test");
      expect(result.warnings).toEqual([expect.objectContaining({ type: "clamped-setting", setting: "temperature" })]);
    } finally {
      await fake.close();
    }
  });
});
