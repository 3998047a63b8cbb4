import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createMockApi, type MockApiOptions } from "./mock-api.ts";

/** A request as the mock API received it; `json()` may be called any number of times. */
export interface RecordedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: string;
  /** The JSON body as an object (empty when the body is not a JSON object). */
  json(): Record<string, unknown>;
}

function jsonObject(body: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? { ...parsed } : {};
  } catch {
    return {};
  }
}

export interface MockApiServer {
  readonly url: string;
  /** Every request the server saw (preflights excepted), newest last. */
  readonly requests: RecordedRequest[];
  /** Replaces the behaviour for the requests that follow. */
  configure(options: MockApiOptions): void;
  close(): Promise<void>;
}

/**
 * The mock API on 127.0.0.1 with CORS the way the real server must answer cross-origin elements:
 * the caller's Origin echoed, preflight for Authorization/Content-Type/Accept, ETag exposed.
 */
export async function serveMockApi(initial: MockApiOptions = {}): Promise<MockApiServer> {
  const requests: RecordedRequest[] = [];
  let handler = createMockApi(initial);

  const server = createServer(async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const origin = incoming.headers.origin;
    const cors: Record<string, string> =
      origin === undefined
        ? {}
        : {
            "Access-Control-Allow-Origin": origin,
            "Access-Control-Allow-Headers": "Authorization, Content-Type, Accept",
            "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
            "Access-Control-Expose-Headers": "ETag",
            Vary: "Origin",
          };
    if (incoming.method === "OPTIONS") {
      outgoing.writeHead(204, cors).end();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (typeof value === "string") headers.set(name, value);
    }
    const body = Buffer.concat(chunks).toString("utf8");
    requests.push({
      url: `http://127.0.0.1${incoming.url ?? "/"}`,
      method: incoming.method ?? "GET",
      headers,
      body,
      json: () => jsonObject(body),
    });
    const request = new Request(`http://127.0.0.1${incoming.url ?? "/"}`, {
      method: incoming.method ?? "GET",
      headers,
      ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
    });
    const response = await handler(request);
    outgoing.writeHead(response.status, { ...Object.fromEntries(response.headers), ...cors });
    if (response.body === null) {
      outgoing.end();
      return;
    }
    for await (const chunk of response.body) outgoing.write(chunk);
    outgoing.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    configure(options) {
      handler = createMockApi(options);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
