import type { ModelProvider } from "../contract/model-provider.ts";
import type { ProviderTimeouts } from "../contract/provider-timeouts.ts";
import { loadSetting } from "../shared/api-key.ts";
import { createChatCompletionsProvider } from "./chat-completions-provider.ts";

export interface OpenAISettings {
  /** Defaults to the OPENAI_API_KEY environment variable. */
  apiKey?: string;
  /** Defaults to OPENAI_BASE_URL, then https://api.openai.com/v1. */
  baseURL?: string;
  organization?: string;
  project?: string;
  headers?: Record<string, string>;
  /** Defaults for every call; a request or the router's policy may narrow them. */
  timeouts?: Partial<ProviderTimeouts>;
  /** Send `strict: true` with JSON schemas (OpenAI's structured outputs). Default true. */
  strictJsonSchema?: boolean;
  fetch?: typeof globalThis.fetch;
  /** Where to read OPENAI_API_KEY / OPENAI_BASE_URL; defaults to `process.env`. */
  environment?: Readonly<Record<string, string | undefined>>;
}

/** OpenAI chat completions through the official SDK. */
export function createOpenAI(settings: OpenAISettings = {}): ModelProvider {
  const environment = settings.environment ?? process.env;
  const apiKey = () =>
    loadSetting({
      provider: "openai",
      setting: "apiKey",
      settingValue: settings.apiKey,
      environmentVariable: "OPENAI_API_KEY",
      environment,
    });
  return createChatCompletionsProvider({
    id: "openai",
    capabilities: { structuredOutput: true, streaming: true, remote: true, translates: () => true },
    request: { maxTokensField: "max_completion_tokens", strictJsonSchema: settings.strictJsonSchema ?? true },
    timeouts: settings.timeouts,
    isConfigured: () => (settings.apiKey ?? environment.OPENAI_API_KEY ?? "").trim() !== "",
    clientOptions: () => ({
      apiKey: apiKey(),
      baseURL: settings.baseURL ?? environment.OPENAI_BASE_URL ?? "https://api.openai.com/v1",
      organization: settings.organization ?? null,
      project: settings.project ?? null,
      ...(settings.headers && { defaultHeaders: settings.headers }),
      ...(settings.fetch && { fetch: settings.fetch }),
    }),
  });
}
