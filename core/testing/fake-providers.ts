import { anthropicProtocol } from "./anthropic-protocol.ts";
import { type FakeProviderServer, type FakeResponder, startFakeServer } from "./fake-server.ts";
import { openAIProtocol } from "./openai-protocol.ts";

/**
 * A fake OpenAI (or OpenAI-compatible) server on 127.0.0.1. `url` ends in `/v1`, as the SDK's
 * base URL does. Example: `const fake = await startFakeOpenAI({ respond: () => faults.rateLimited() })`.
 */
export function startFakeOpenAI(options: { respond?: FakeResponder } = {}): Promise<FakeProviderServer> {
  return startFakeServer({ protocol: openAIProtocol, basePath: "/v1", ...options });
}

/** A fake Anthropic messages server on 127.0.0.1; `url` is the SDK's base URL (no `/v1`). */
export function startFakeAnthropic(options: { respond?: FakeResponder } = {}): Promise<FakeProviderServer> {
  return startFakeServer({ protocol: anthropicProtocol, basePath: "", ...options });
}
