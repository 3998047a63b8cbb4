import type { RawMessageStreamEvent } from "@anthropic-ai/sdk/resources/messages";
import type { ModelRequest } from "../contract/model-request.ts";
import type { ModelStreamEvent } from "../contract/model-stream-event.ts";
import { ProviderApiError } from "../errors/provider-api-error.ts";
import type { CallGuard } from "../shared/call-guard.ts";
import { toModelResult } from "./anthropic-response.ts";

/**
 * Turns Anthropic's SSE events into ours. Text deltas (or, for structured output, the tool input's
 * `input_json_delta` fragments) become `text-delta`; `message_stop` becomes `finish`. A stream cut
 * before `message_stop` fails as a retryable network error.
 */
export async function* fromMessageStreamEvents(
  events: AsyncIterable<RawMessageStreamEvent>,
  context: { provider: string; model: string; request: ModelRequest; guard: CallGuard },
): AsyncGenerator<ModelStreamEvent> {
  const structured = context.request.output !== undefined;
  let text = "";
  let model = context.model;
  let stopReason: string | null | undefined;
  let inputTokens = 0;
  let outputTokens = 0;
  let stopped = false;
  for await (const event of events) {
    context.guard.contentReceived();
    switch (event.type) {
      case "message_start":
        model = event.message.model || model;
        inputTokens = event.message.usage.input_tokens;
        outputTokens = event.message.usage.output_tokens;
        break;
      case "content_block_delta": {
        const delta = event.delta;
        const fragment =
          delta.type === "text_delta" && !structured
            ? delta.text
            : delta.type === "input_json_delta" && structured
              ? delta.partial_json
              : "";
        if (fragment) {
          text += fragment;
          yield { type: "text-delta", text: fragment };
        }
        break;
      }
      case "message_delta":
        stopReason = event.delta.stop_reason ?? stopReason;
        outputTokens = event.usage.output_tokens;
        if (typeof event.usage.input_tokens === "number") inputTokens = event.usage.input_tokens;
        break;
      case "message_stop":
        stopped = true;
        break;
      default:
        break;
    }
  }
  if (!stopped) {
    throw new ProviderApiError({
      message: `${context.provider}: stream ended before message_stop (cut after ${text.length} characters)`,
      provider: context.provider,
      model: context.model,
    });
  }
  context.guard.complete();
  yield {
    type: "finish",
    result: toModelResult({ ...context, model, text, stopReason, inputTokens, outputTokens }),
  };
}
