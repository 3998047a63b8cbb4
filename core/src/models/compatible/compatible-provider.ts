import type { ModelProvider } from "../contract/model-provider.ts";
import type { ProviderTimeouts } from "../contract/provider-timeouts.ts";
import { createChatCompletionsProvider } from "../openai/chat-completions-provider.ts";
import { loadSetting } from "../shared/api-key.ts";

export interface CompatibleSettings {
  /** e.g. `http://127.0.0.1:11434/v1` (Ollama), vLLM or llama.cpp. Defaults to FRONTIER_COMPATIBLE_BASE_URL. */
  baseURL?: string;
  /**
   * Local servers usually ignore keys. Defaults to FRONTIER_COMPATIBLE_API_KEY, then the literal
   * `"no-key"`: never OPENAI_API_KEY, which must not leak to another server.
   */
  apiKey?: string;
  /** Provider id in policies and events; change it to register several local servers. */
  id?: string;
  headers?: Record<string, string>;
  timeouts?: Partial<ProviderTimeouts>;
  /** Most local servers accept `json_schema` but not OpenAI's strict mode. Default false. */
  strictJsonSchema?: boolean;
  fetch?: typeof globalThis.fetch;
  environment?: Readonly<Record<string, string | undefined>>;
}

/** Any OpenAI-compatible server (the whitepaper's own model), through the `openai` SDK with a base URL. */
export function createCompatible(settings: CompatibleSettings = {}): ModelProvider {
  const environment = settings.environment ?? process.env;
  const id = settings.id ?? "compatible";
  const baseURL = () =>
    loadSetting({
      provider: id,
      setting: "baseURL",
      settingValue: settings.baseURL,
      environmentVariable: "FRONTIER_COMPATIBLE_BASE_URL",
      environment,
    });
  return createChatCompletionsProvider({
    id,
    capabilities: { structuredOutput: true, streaming: true, remote: true, translates: () => true },
    request: { maxTokensField: "max_tokens", strictJsonSchema: settings.strictJsonSchema ?? false },
    timeouts: settings.timeouts,
    isConfigured: () => (settings.baseURL ?? environment.FRONTIER_COMPATIBLE_BASE_URL ?? "").trim() !== "",
    clientOptions: () => ({
      baseURL: baseURL(),
      apiKey: settings.apiKey ?? environment.FRONTIER_COMPATIBLE_API_KEY ?? "no-key",
      organization: null,
      project: null,
      ...(settings.headers && { defaultHeaders: settings.headers }),
      ...(settings.fetch && { fetch: settings.fetch }),
    }),
  });
}
