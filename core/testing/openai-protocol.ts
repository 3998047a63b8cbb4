import { type FakeReply, replyChunks, replyText } from "./fake-reply.ts";
import type { RecordedRequest, WireFrame, WireProtocol } from "./fake-server.ts";

function requestedModel(request: RecordedRequest): string {
  const body = request.body;
  return typeof body === "object" && body !== null && "model" in body && typeof body.model === "string"
    ? body.model
    : "fake-model";
}

function usage(reply: FakeReply, chunkCount: number) {
  const inputTokens = reply.usage?.inputTokens ?? 12;
  const outputTokens = reply.usage?.outputTokens ?? chunkCount;
  return { prompt_tokens: inputTokens, completion_tokens: outputTokens, total_tokens: inputTokens + outputTokens };
}

const sse = (payload: unknown): string => `data: ${JSON.stringify(payload)}\n\n`;

/** OpenAI chat completions: JSON bodies, and SSE `data:` chunks ending with a usage chunk and `[DONE]`. */
export const openAIProtocol: WireProtocol = {
  errorBody(reply, status) {
    return {
      error: {
        message: reply.errorMessage ?? `fake error ${status}`,
        type: reply.errorType ?? "api_error",
        param: null,
        code: null,
      },
    };
  },

  streamErrorFrame(reply) {
    return sse({
      error: { message: reply.errorMessage ?? "fake error mid-stream", type: reply.errorType ?? "server_error" },
    });
  },

  jsonBody(reply, request) {
    const model = reply.model ?? requestedModel(request);
    return {
      id: "chatcmpl-fake",
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: replyText(reply), refusal: null },
          logprobs: null,
          finish_reason: reply.finishReason ?? "stop",
        },
      ],
      usage: usage(reply, replyChunks(reply).length),
    };
  },

  streamFrames(reply, request) {
    const model = reply.model ?? requestedModel(request);
    const base = {
      id: "chatcmpl-fake",
      object: "chat.completion.chunk",
      created: Math.floor(Date.now() / 1000),
      model,
    };
    const chunks = replyChunks(reply);
    const frames: WireFrame[] = [
      {
        data: sse({ ...base, choices: [{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }] }),
        content: false,
      },
    ];
    for (const chunk of chunks) {
      frames.push({
        data: sse({ ...base, choices: [{ index: 0, delta: { content: chunk }, finish_reason: null }] }),
        content: true,
      });
    }
    frames.push({
      data: sse({ ...base, choices: [{ index: 0, delta: {}, finish_reason: reply.finishReason ?? "stop" }] }),
      content: false,
    });
    frames.push({ data: sse({ ...base, choices: [], usage: usage(reply, chunks.length) }), content: false });
    frames.push({ data: "data: [DONE]\n\n", content: false });
    return frames;
  },
};
