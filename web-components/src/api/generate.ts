import { FrontierApiError } from "./frontier-api-error.ts";
import { isRecord, stringField } from "./guards.ts";
import { parseGenerateResult } from "./parse-results.ts";
import { apiUrl, bearer, errorFromBody, invalidResponse, readJson, send } from "./request.ts";
import { readServerSentEvents } from "./sse.ts";
import type { GenerateRequest, GenerateResult } from "./types.ts";

/** What the stream tells the caller as it goes. */
export interface GenerateStreamHandlers {
  /** New text to append to what is shown. */
  onDelta(text: string): void;
  /** A fallback provider starts over: discard what was shown. */
  onRestart(): void;
}

function parseJsonEvent(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch (cause) {
    throw new FrontierApiError("The Frontier server sent an event that is not JSON.", {
      code: "invalid_response",
      status: 200,
      cause,
    });
  }
}

/**
 * `POST /api/v1/generate-content` with `Accept: text/event-stream`. Resolves with the final result;
 * a server that answers with plain JSON instead of a stream is handled too.
 */
export async function generateContent(
  options: { apiBase: string; token: string; request: GenerateRequest; signal?: AbortSignal },
  handlers: GenerateStreamHandlers,
): Promise<GenerateResult> {
  const response = await send(apiUrl(options.apiBase, "/api/v1/generate-content"), {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "text/event-stream", ...bearer(options.token) },
    body: JSON.stringify(options.request),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  const contentType = response.headers.get("content-type") ?? "";
  if (!contentType.includes("text/event-stream") || response.body === null) {
    return parseGenerateResult(await readJson(response));
  }
  for await (const message of readServerSentEvents(response.body)) {
    if (message.event === "delta") {
      const payload = parseJsonEvent(message.data);
      const text = isRecord(payload) ? stringField(payload, "text") : undefined;
      if (text !== undefined) handlers.onDelta(text);
    } else if (message.event === "restart") {
      handlers.onRestart();
    } else if (message.event === "result") {
      return parseGenerateResult(parseJsonEvent(message.data));
    } else if (message.event === "error") {
      throw errorFromBody(parseJsonEvent(message.data), 502);
    }
  }
  throw invalidResponse("end of stream (no result event)");
}
