import type { ChatCompletionChunk } from "openai/resources/chat/completions";
import type { ModelRequest } from "../contract/model-request.ts";
import type { ModelStreamEvent } from "../contract/model-stream-event.ts";
import { ProviderApiError } from "../errors/provider-api-error.ts";
import type { CallGuard } from "../shared/call-guard.ts";
import { toFinishReason, toModelResult } from "./openai-response.ts";

/**
 * Turns chat completion chunks into our events. A stream that ends without a finish reason was cut:
 * it fails as a retryable network error instead of passing for a complete (truncated) answer.
 */
export async function* fromChatCompletionChunks(
  chunks: AsyncIterable<ChatCompletionChunk>,
  context: { provider: string; model: string; request: ModelRequest; guard: CallGuard },
): AsyncGenerator<ModelStreamEvent> {
  let text = "";
  let finishReason: string | null | undefined;
  let model = context.model;
  let inputTokens = 0;
  let outputTokens = 0;
  for await (const chunk of chunks) {
    context.guard.contentReceived();
    if (chunk.model) model = chunk.model;
    if (chunk.usage) {
      inputTokens = chunk.usage.prompt_tokens;
      outputTokens = chunk.usage.completion_tokens;
    }
    const choice = chunk.choices[0];
    if (!choice) continue;
    if (choice.finish_reason) finishReason = choice.finish_reason;
    const delta = choice.delta.content;
    if (delta) {
      text += delta;
      yield { type: "text-delta", text: delta };
    }
  }
  if (!finishReason) {
    throw new ProviderApiError({
      message: `${context.provider}: stream ended before a finish reason (cut after ${text.length} characters)`,
      provider: context.provider,
      model: context.model,
    });
  }
  context.guard.complete();
  yield {
    type: "finish",
    result: toModelResult({
      provider: context.provider,
      model,
      request: context.request,
      text,
      finishReason: toFinishReason(finishReason),
      inputTokens,
      outputTokens,
    }),
  };
}
