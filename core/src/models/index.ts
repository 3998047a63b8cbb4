// @frontier-ai/core/models: the provider contract, the adapters and the router.
export { type AnthropicSettings, createAnthropic } from "./anthropic/anthropic-provider.ts";
export { type CompatibleSettings, createCompatible } from "./compatible/compatible-provider.ts";
export type * from "./contract/index.ts";
export * from "./errors/index.ts";
export { createOpenAI, type OpenAISettings } from "./openai/openai-provider.ts";
