import type {
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionCreateParamsStreaming,
  ChatCompletionMessageParam,
} from "openai/resources/chat/completions";
import type { ModelRequest } from "../contract/model-request.ts";

export interface ChatRequestOptions {
  /** OpenAI wants `max_completion_tokens`; most compatible servers still read `max_tokens`. */
  maxTokensField: "max_completion_tokens" | "max_tokens";
  /** OpenAI's strict mode requires every property to be required; local servers often reject it. */
  strictJsonSchema: boolean;
}

function toMessages(request: ModelRequest): ChatCompletionMessageParam[] {
  const messages: ChatCompletionMessageParam[] = [];
  if (request.system !== undefined) messages.push({ role: "system", content: request.system });
  for (const message of request.messages) messages.push({ role: message.role, content: message.content });
  return messages;
}

function baseParams(model: string, request: ModelRequest, options: ChatRequestOptions) {
  return {
    model,
    messages: toMessages(request),
    ...(request.temperature !== undefined && { temperature: request.temperature }),
    ...(request.maxTokens !== undefined && { [options.maxTokensField]: request.maxTokens }),
    ...(request.output && {
      response_format: {
        type: "json_schema" as const,
        json_schema: {
          name: request.output.name,
          ...(request.output.description !== undefined && { description: request.output.description }),
          schema: { ...request.output.schema },
          strict: options.strictJsonSchema,
        },
      },
    }),
  };
}

/** The chat completions body for a one-shot call. */
export function toChatRequest(
  model: string,
  request: ModelRequest,
  options: ChatRequestOptions,
): ChatCompletionCreateParamsNonStreaming {
  return { ...baseParams(model, request, options), stream: false };
}

/** The chat completions body for an SSE stream; usage arrives in the last chunk. */
export function toChatStreamRequest(
  model: string,
  request: ModelRequest,
  options: ChatRequestOptions,
): ChatCompletionCreateParamsStreaming {
  return { ...baseParams(model, request, options), stream: true, stream_options: { include_usage: true } };
}
