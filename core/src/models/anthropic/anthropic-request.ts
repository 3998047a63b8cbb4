import type {
  MessageCreateParamsNonStreaming,
  MessageCreateParamsStreaming,
  Tool,
} from "@anthropic-ai/sdk/resources/messages";
import type { ModelRequest } from "../contract/model-request.ts";
import type { ModelWarning } from "../contract/model-warning.ts";

function toInputSchema(schema: Readonly<Record<string, unknown>>): Tool.InputSchema {
  return { ...schema, type: "object" };
}

function baseParams(model: string, request: ModelRequest, defaultMaxTokens: number) {
  return {
    model,
    // Anthropic requires max_tokens; the provider's default applies when the request has none.
    max_tokens: request.maxTokens ?? defaultMaxTokens,
    messages: request.messages.map((message) => ({ role: message.role, content: message.content })),
    ...(request.system !== undefined && { system: request.system }),
    // Anthropic accepts 0–1 where OpenAI accepts 0–2; see requestWarnings.
    ...(request.temperature !== undefined && { temperature: Math.min(1, Math.max(0, request.temperature)) }),
    // Structured output is a forced call to a tool whose input schema is the requested schema.
    ...(request.output && {
      tools: [
        {
          name: request.output.name,
          description: request.output.description ?? `Answer with the ${request.output.name} object.`,
          input_schema: toInputSchema(request.output.schema),
        },
      ],
      tool_choice: { type: "tool" as const, name: request.output.name, disable_parallel_tool_use: true },
    }),
  };
}

export function toMessagesRequest(
  model: string,
  request: ModelRequest,
  defaultMaxTokens: number,
): MessageCreateParamsNonStreaming {
  return { ...baseParams(model, request, defaultMaxTokens), stream: false };
}

export function toMessagesStreamRequest(
  model: string,
  request: ModelRequest,
  defaultMaxTokens: number,
): MessageCreateParamsStreaming {
  return { ...baseParams(model, request, defaultMaxTokens), stream: true };
}

/** What the mapping had to change, reported on the result instead of failing the call. */
export function requestWarnings(request: ModelRequest): ModelWarning[] {
  const warnings: ModelWarning[] = [];
  if (request.temperature !== undefined && (request.temperature > 1 || request.temperature < 0)) {
    warnings.push({
      type: "clamped-setting",
      setting: "temperature",
      message: `Anthropic accepts temperature 0–1; ${request.temperature} was sent as ${Math.min(1, Math.max(0, request.temperature))}`,
    });
  }
  return warnings;
}
