/** What a fake provider answers to one request. Everything is optional: `{}` answers a short text. */
export interface FakeReply {
  /** The answer's text; for structured requests its JSON source (a string that is not JSON is a fault). */
  text?: string;
  /** Shortcut for `text: JSON.stringify(object)`. */
  object?: unknown;
  /** How the text is cut into stream deltas; default: word by word. */
  chunks?: readonly string[];
  /** An error status (429, 500, 503, 529 …) answered in the provider's error format. */
  status?: number;
  errorType?: string;
  errorMessage?: string;
  /** Extra response headers (`retry-after`, `retry-after-ms`, `x-should-retry` …). */
  headers?: Readonly<Record<string, string>>;
  /** Wait before sending the headers (slow first byte). */
  firstByteDelayMs?: number;
  /** Wait between stream frames. */
  chunkDelayMs?: number;
  /** Send this many content deltas, then go silent with the connection open (one-shot: never answer). */
  stallAfterChunks?: number;
  /** Send this many content deltas, then destroy the socket (one-shot: destroy before answering). */
  resetAfterChunks?: number;
  /** Send this many content deltas, then an in-stream error event (e.g. Anthropic's `overloaded_error`). */
  errorAfterChunks?: number;
  /** Provider-format finish reason; default `stop` / `end_turn` (`tool_use` for Anthropic tool calls). */
  finishReason?: string;
  usage?: { inputTokens: number; outputTokens: number };
  model?: string;
}

/** Scripted faults, named as the tests and benchmarks speak of them. */
export const faults = {
  rateLimited(options: { retryAfterSeconds?: number; retryAfterMs?: number } = {}): FakeReply {
    const headers: Record<string, string> = {};
    if (options.retryAfterSeconds !== undefined) headers["retry-after"] = String(options.retryAfterSeconds);
    if (options.retryAfterMs !== undefined) headers["retry-after-ms"] = String(options.retryAfterMs);
    return { status: 429, errorType: "rate_limit_error", headers };
  },
  serverError(status: 500 | 502 | 503 | 529 = 500): FakeReply {
    return { status, errorType: status === 529 ? "overloaded_error" : "api_error" };
  },
  slowFirstByte(delayMs: number, text?: string): FakeReply {
    return { firstByteDelayMs: delayMs, ...(text !== undefined && { text }) };
  },
  stallMidStream(afterChunks: number, text?: string): FakeReply {
    return { stallAfterChunks: afterChunks, ...(text !== undefined && { text }) };
  },
  resetMidStream(afterChunks: number, text?: string): FakeReply {
    return { resetAfterChunks: afterChunks, ...(text !== undefined && { text }) };
  },
  errorMidStream(afterChunks: number, text?: string): FakeReply {
    return { errorAfterChunks: afterChunks, errorType: "overloaded_error", ...(text !== undefined && { text }) };
  },
  invalidJson(text = '{"title": "Oferta", "body": '): FakeReply {
    return { text };
  },
} as const;

export function replyText(reply: FakeReply): string {
  if (reply.text !== undefined) return reply.text;
  if (reply.object !== undefined) return JSON.stringify(reply.object);
  return "Hola desde el proveedor de prueba.";
}

/** Word-by-word chunks whose concatenation is exactly `text`. */
export function replyChunks(reply: FakeReply): readonly string[] {
  if (reply.chunks) return reply.chunks;
  const text = replyText(reply);
  return text.match(/\S+\s*|\s+/g) ?? [text];
}
