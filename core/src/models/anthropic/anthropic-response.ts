import { z } from "zod";
import type { FinishReason } from "../contract/finish-reason.ts";
import type { ModelRequest } from "../contract/model-request.ts";
import type { ModelResult } from "../contract/model-result.ts";
import { ProviderApiError } from "../errors/provider-api-error.ts";
import { StructuredOutputError } from "../errors/structured-output-error.ts";
import { parseStructured } from "../shared/structured.ts";

const messageSchema = z.object({
  model: z.string().optional(),
  content: z.array(
    z.union([
      z.object({ type: z.literal("text"), text: z.string() }),
      z.object({ type: z.literal("tool_use"), name: z.string(), input: z.unknown() }),
      z.object({ type: z.string() }),
    ]),
  ),
  stop_reason: z.string().nullable().optional(),
  usage: z.object({ input_tokens: z.number(), output_tokens: z.number() }).optional(),
});

export function toFinishReason(reason: string | null | undefined, structured: boolean): FinishReason {
  switch (reason) {
    case "end_turn":
    case "stop_sequence":
      return "stop";
    case "tool_use":
      // The forced tool call is how structured output arrives: a normal stop for us.
      return structured ? "stop" : "tool-calls";
    case "max_tokens":
    case "model_context_window_exceeded":
      return "length";
    case "refusal":
      return "content-filter";
    default:
      return "other";
  }
}

/** Result for the one-shot and streamed paths; `text` is the tool input's JSON for structured output. */
export function toModelResult(options: {
  provider: string;
  model: string;
  request: ModelRequest;
  text: string;
  stopReason: string | null | undefined;
  inputTokens: number;
  outputTokens: number;
}): ModelResult {
  const { provider, request, text } = options;
  const result: ModelResult = {
    text,
    usage: { inputTokens: options.inputTokens, outputTokens: options.outputTokens },
    finishReason: toFinishReason(options.stopReason, request.output !== undefined),
    provider,
    model: options.model,
  };
  if (request.output) result.object = parseStructured(text, request.output, provider);
  return result;
}

export function fromMessage(
  body: unknown,
  context: { provider: string; model: string; request: ModelRequest },
): ModelResult {
  const parsed = messageSchema.safeParse(body);
  if (!parsed.success) {
    throw new ProviderApiError({
      message: `${context.provider}: unexpected message shape: ${parsed.error.message}`,
      provider: context.provider,
      model: context.model,
      status: 502,
      cause: parsed.error,
    });
  }
  const message = parsed.data;
  let text = "";
  if (context.request.output) {
    const name = context.request.output.name;
    const call = message.content.find((block) => block.type === "tool_use" && "name" in block && block.name === name);
    if (!call || !("input" in call)) {
      throw new StructuredOutputError({
        provider: context.provider,
        text: message.content.map((block) => ("text" in block ? block.text : "")).join(""),
        message: `${context.provider}: the answer has no "${name}" tool call`,
      });
    }
    text = JSON.stringify(call.input);
  } else {
    for (const block of message.content) if ("text" in block) text += block.text;
  }
  return toModelResult({
    ...context,
    model: message.model ?? context.model,
    text,
    stopReason: message.stop_reason,
    inputTokens: message.usage?.input_tokens ?? 0,
    outputTokens: message.usage?.output_tokens ?? 0,
  });
}
