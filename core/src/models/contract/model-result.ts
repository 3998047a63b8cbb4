import type { FinishReason } from "./finish-reason.ts";
import type { ModelWarning } from "./model-warning.ts";
import type { TokenUsage } from "./token-usage.ts";

export interface ModelResult {
  /** The generated text; for structured output, the JSON source of `object`. */
  text: string;
  /** The parsed (and, if a validator was given, validated) object for structured output. */
  object?: unknown;
  usage: TokenUsage;
  finishReason: FinishReason;
  /** Provider id (`openai`, `anthropic`, `compatible`, `rules`, …) and the model that answered. */
  provider: string;
  model: string;
  /** Settings the provider adjusted or ignored; absent when there were none. */
  warnings?: readonly ModelWarning[];
}
