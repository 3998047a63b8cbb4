import type { FastifyReply } from "fastify";
import { toServerError } from "../domain-errors.ts";
import { errorBody, httpStatusFor } from "./error-mapping.ts";

export type SendEvent = (event: string, data: unknown) => void;

/**
 * Answers with a Server-Sent Events stream written by `produce`. An error after the stream started is sent
 * as an `error` event with the same body a JSON answer would carry (its HTTP status inside), then the
 * stream ends; nothing is half-written as success.
 */
export async function writeServerSentEvents(reply: FastifyReply, produce: (send: SendEvent) => Promise<void>) {
  reply.hijack();
  const response = reply.raw;
  response.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache, no-transform",
    "x-accel-buffering": "no",
    "x-request-id": String(reply.request.id),
  });
  const send: SendEvent = (event, data) => {
    if (!response.writableEnded) response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  try {
    await produce(send);
  } catch (error) {
    const mapped = toServerError(error);
    if (mapped) send("error", { status: httpStatusFor(mapped), ...errorBody(mapped) });
    else {
      reply.request.log.error({ err: error }, "stream failed");
      send("error", {
        status: 500,
        error: { code: "internal", message: `internal error (request ${reply.request.id})` },
      });
    }
  } finally {
    response.end();
  }
}
