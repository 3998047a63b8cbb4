import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { FakeReply } from "./fake-reply.ts";

/** A request as the fake received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  /** Lower-cased header names. */
  headers: Readonly<Record<string, string>>;
  /** Parsed JSON body (undefined when empty or not JSON). */
  body: unknown;
  /** Whether the body asked for an SSE stream. */
  stream: boolean;
  /** True once the client closed the connection before the answer was complete. */
  clientClosed: boolean;
  /** Resolves when the connection closes, whoever closed it. */
  closed: Promise<void>;
}

export type FakeResponder = (request: RecordedRequest, index: number) => FakeReply | Promise<FakeReply>;

/** One SSE frame to write; `content` frames are the ones stall/reset faults count. */
export interface WireFrame {
  data: string;
  content: boolean;
}

/** How one provider speaks: the rest (timing, faults, recording) is shared. */
export interface WireProtocol {
  errorBody(reply: FakeReply, status: number): unknown;
  jsonBody(reply: FakeReply, request: RecordedRequest): unknown;
  streamFrames(reply: FakeReply, request: RecordedRequest): WireFrame[];
  /** The provider's in-stream error event. */
  streamErrorFrame(reply: FakeReply): string;
}

export interface FakeProviderServer {
  /** Base URL to give the SDK (`baseURL`). */
  readonly url: string;
  readonly requests: readonly RecordedRequest[];
  /** Replace the script between tests. */
  respond: FakeResponder;
  close(): Promise<void>;
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

async function readBody(incoming: IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = [];
  for await (const part of incoming) parts.push(part as Buffer);
  const text = Buffer.concat(parts).toString("utf8");
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function recordHeaders(incoming: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

const serverReset = new WeakSet<ServerResponse>();

/** Destroys the socket once what was written is on the wire, so the client sees the text, then the cut. */
async function reset(response: ServerResponse): Promise<void> {
  serverReset.add(response);
  if (response.headersSent) await new Promise<void>((resolve) => response.write("", () => resolve()));
  await new Promise((resolve) => setTimeout(resolve, 5));
  response.socket?.destroy();
}

async function answer(reply: FakeReply, request: RecordedRequest, response: ServerResponse, protocol: WireProtocol) {
  if (reply.firstByteDelayMs) await sleep(reply.firstByteDelayMs);
  if (request.clientClosed) return;
  const headers = { ...reply.headers };
  if (reply.status !== undefined && reply.status >= 400) {
    response.writeHead(reply.status, { "content-type": "application/json", ...headers });
    response.end(JSON.stringify(protocol.errorBody(reply, reply.status)));
    return;
  }
  if (!request.stream) {
    if (reply.resetAfterChunks !== undefined) return reset(response);
    if (reply.stallAfterChunks !== undefined) return;
    response.writeHead(200, { "content-type": "application/json", ...headers });
    response.end(JSON.stringify(protocol.jsonBody(reply, request)));
    return;
  }
  response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", ...headers });
  response.flushHeaders();
  let contentSent = 0;
  for (const frame of protocol.streamFrames(reply, request)) {
    if (frame.content) {
      if (reply.resetAfterChunks !== undefined && contentSent >= reply.resetAfterChunks) {
        return reset(response);
      }
      if (reply.stallAfterChunks !== undefined && contentSent >= reply.stallAfterChunks) return;
      if (reply.errorAfterChunks !== undefined && contentSent >= reply.errorAfterChunks) {
        response.end(protocol.streamErrorFrame(reply));
        return;
      }
      contentSent += 1;
    }
    if (request.clientClosed) return;
    response.write(frame.data);
    if (reply.chunkDelayMs) await sleep(reply.chunkDelayMs);
  }
  response.end();
}

/** Starts an HTTP server on 127.0.0.1 (a free port) that answers with `protocol` as scripted. */
export async function startFakeServer(options: {
  protocol: WireProtocol;
  respond?: FakeResponder;
  basePath: string;
}): Promise<FakeProviderServer> {
  const requests: RecordedRequest[] = [];
  const fake = {
    url: "",
    requests,
    respond: options.respond ?? ((): FakeReply => ({})),
    close: async (): Promise<void> => {},
  };
  const server = createServer(async (incoming, response) => {
    const body = await readBody(incoming);
    let markClosed = (): void => {};
    const request: RecordedRequest = {
      method: incoming.method ?? "GET",
      path: incoming.url ?? "/",
      headers: recordHeaders(incoming),
      body,
      stream: typeof body === "object" && body !== null && "stream" in body && body.stream === true,
      clientClosed: false,
      closed: new Promise<void>((resolve) => {
        markClosed = resolve;
      }),
    };
    response.on("close", () => {
      if (!response.writableFinished && !serverReset.has(response)) request.clientClosed = true;
      markClosed();
    });
    requests.push(request);
    try {
      const reply = await fake.respond(request, requests.length - 1);
      await answer(reply, request, response, options.protocol);
    } catch (error) {
      if (!response.headersSent) response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: { message: `fake responder threw: ${String(error)}` } }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  fake.url = `http://127.0.0.1:${port}${options.basePath}`;
  fake.close = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  return fake;
}
