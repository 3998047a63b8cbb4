import { type FakeReply, replyChunks, replyText } from "./fake-reply.ts";
import type { RecordedRequest, WireFrame, WireProtocol } from "./fake-server.ts";

function field(request: RecordedRequest, name: string): unknown {
  const body = request.body;
  return typeof body === "object" && body !== null && name in body
    ? (body as Record<string, unknown>)[name]
    : undefined;
}

/** The forced tool's name when the request asks for structured output (`tool_choice: {type: "tool"}`). */
function forcedTool(request: RecordedRequest): string | undefined {
  const choice = field(request, "tool_choice");
  if (typeof choice !== "object" || choice === null) return undefined;
  const { type, name } = choice as Record<string, unknown>;
  return type === "tool" && typeof name === "string" ? name : undefined;
}

function model(reply: FakeReply, request: RecordedRequest): string {
  const requested = field(request, "model");
  return reply.model ?? (typeof requested === "string" ? requested : "fake-model");
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const event = (name: string, payload: unknown): string => `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;

/** Anthropic messages: JSON bodies and the named SSE events, tool_use blocks for forced tool calls. */
export const anthropicProtocol: WireProtocol = {
  errorBody(reply, status) {
    return {
      type: "error",
      error: { type: reply.errorType ?? "api_error", message: reply.errorMessage ?? `fake error ${status}` },
    };
  },

  streamErrorFrame(reply) {
    return event("error", {
      type: "error",
      error: { type: reply.errorType ?? "overloaded_error", message: reply.errorMessage ?? "Overloaded" },
    });
  },

  jsonBody(reply, request) {
    const tool = forcedTool(request);
    const text = replyText(reply);
    const input = tool ? parseOrUndefined(text) : undefined;
    // Unparseable structured text comes back as a plain text block: the model ignored the tool.
    const content =
      tool && input !== undefined
        ? [{ type: "tool_use", id: "toolu_fake", name: tool, input }]
        : [{ type: "text", text, citations: null }];
    return {
      id: "msg_fake",
      type: "message",
      role: "assistant",
      model: model(reply, request),
      content,
      stop_reason: reply.finishReason ?? (content[0]?.type === "tool_use" ? "tool_use" : "end_turn"),
      stop_sequence: null,
      usage: {
        input_tokens: reply.usage?.inputTokens ?? 12,
        output_tokens: reply.usage?.outputTokens ?? replyChunks(reply).length,
      },
    };
  },

  streamFrames(reply, request) {
    const tool = forcedTool(request);
    const chunks = replyChunks(reply);
    const frames: WireFrame[] = [
      {
        data: event("message_start", {
          type: "message_start",
          message: {
            id: "msg_fake",
            type: "message",
            role: "assistant",
            model: model(reply, request),
            content: [],
            stop_reason: null,
            stop_sequence: null,
            usage: { input_tokens: reply.usage?.inputTokens ?? 12, output_tokens: 1 },
          },
        }),
        content: false,
      },
      {
        data: event("content_block_start", {
          type: "content_block_start",
          index: 0,
          content_block: tool
            ? { type: "tool_use", id: "toolu_fake", name: tool, input: {} }
            : { type: "text", text: "", citations: null },
        }),
        content: false,
      },
      { data: event("ping", { type: "ping" }), content: false },
    ];
    for (const chunk of chunks) {
      const delta = tool ? { type: "input_json_delta", partial_json: chunk } : { type: "text_delta", text: chunk };
      frames.push({
        data: event("content_block_delta", { type: "content_block_delta", index: 0, delta }),
        content: true,
      });
    }
    frames.push(
      { data: event("content_block_stop", { type: "content_block_stop", index: 0 }), content: false },
      {
        data: event("message_delta", {
          type: "message_delta",
          delta: { stop_reason: reply.finishReason ?? (tool ? "tool_use" : "end_turn"), stop_sequence: null },
          usage: { output_tokens: reply.usage?.outputTokens ?? chunks.length },
        }),
        content: false,
      },
      { data: event("message_stop", { type: "message_stop" }), content: false },
    );
    return frames;
  },
};
