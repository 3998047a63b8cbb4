import { z } from "zod";
import type { FinishReason } from "../contract/finish-reason.ts";
import type { ModelRequest } from "../contract/model-request.ts";
import type { ModelResult } from "../contract/model-result.ts";
import { ProviderApiError } from "../errors/provider-api-error.ts";
import { parseStructured } from "../shared/structured.ts";

// Only the fields we read; the wire has many more.
const chatCompletionSchema = z.object({
  model: z.string().optional(),
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().nullable().optional(), refusal: z.string().nullable().optional() }),
        finish_reason: z.string().nullable().optional(),
      }),
    )
    .min(1),
  usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number() }).nullable().optional(),
});

export function toFinishReason(reason: string | null | undefined): FinishReason {
  switch (reason) {
    case "stop":
      return "stop";
    case "length":
      return "length";
    case "content_filter":
      return "content-filter";
    case "tool_calls":
    case "function_call":
      return "tool-calls";
    default:
      return "other";
  }
}

/** Builds the result shared by the one-shot and the streamed paths. */
export function toModelResult(options: {
  provider: string;
  model: string;
  request: ModelRequest;
  text: string;
  finishReason: FinishReason;
  inputTokens: number;
  outputTokens: number;
}): ModelResult {
  const { provider, model, request, text } = options;
  const result: ModelResult = {
    text,
    usage: { inputTokens: options.inputTokens, outputTokens: options.outputTokens },
    finishReason: options.finishReason,
    provider,
    model,
  };
  if (request.output) result.object = parseStructured(text, request.output, provider);
  return result;
}

/** Maps a chat completion body (validated, not trusted) to our result. */
export function fromChatCompletion(
  body: unknown,
  context: { provider: string; model: string; request: ModelRequest },
): ModelResult {
  const parsed = chatCompletionSchema.safeParse(body);
  if (!parsed.success) {
    throw new ProviderApiError({
      message: `${context.provider}: unexpected chat completion shape: ${parsed.error.message}`,
      provider: context.provider,
      model: context.model,
      status: 502,
      cause: parsed.error,
    });
  }
  const [choice] = parsed.data.choices;
  return toModelResult({
    ...context,
    model: parsed.data.model ?? context.model,
    text: choice?.message.content ?? "",
    finishReason: choice?.message.refusal ? "content-filter" : toFinishReason(choice?.finish_reason),
    inputTokens: parsed.data.usage?.prompt_tokens ?? 0,
    outputTokens: parsed.data.usage?.completion_tokens ?? 0,
  });
}
