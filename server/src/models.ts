import {
  createAnthropic,
  createCompatible,
  createModelCaller,
  createOpenAI,
  createRules,
  type ModelCaller,
  type ModelCallListener,
  type SpendBudgets,
} from "@frontier-ai/core";

export const providerIds = ["rules", "openai", "anthropic", "compatible"] as const;
export type ProviderId = (typeof providerIds)[number];

/**
 * Every provider Frontier knows, reading the SDKs' own variables (OPENAI_API_KEY, OPENAI_BASE_URL,
 * ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL) and FRONTIER_COMPATIBLE_BASE_URL. The router uses those that are
 * configured; with none, only the offline rules provider remains.
 */
export function createModels(
  environment: Readonly<Record<string, string | undefined>>,
  options: { onEvent?: ModelCallListener; budgets?: SpendBudgets } = {},
): ModelCaller {
  return createModelCaller({
    providers: [
      createOpenAI({ environment }),
      createAnthropic({ environment }),
      createCompatible({ environment }),
      createRules(),
    ],
    ...(options.onEvent && { onEvent: options.onEvent }),
    ...(options.budgets && { budgets: options.budgets }),
  });
}
