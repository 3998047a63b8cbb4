import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readServerSentEvents, type ServerSentEvent } from "./sse.ts";

function streamOf(chunks: readonly string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function collect(chunks: readonly string[]): Promise<ServerSentEvent[]> {
  const events: ServerSentEvent[] = [];
  for await (const event of readServerSentEvents(streamOf(chunks))) events.push(event);
  return events;
}

const wire =
  'event: delta\ndata: {"text":"Hola "}\n\n: keep-alive comment\n\nevent: restart\r\ndata: {}\r\n\r\n' +
  'data: line one\ndata: line two\n\nevent: result\ndata:{"content":"¡Listo!"}\n\n';

const expected: ServerSentEvent[] = [
  { event: "delta", data: '{"text":"Hola "}' },
  { event: "restart", data: "{}" },
  { event: "message", data: "line one\nline two" },
  { event: "result", data: '{"content":"¡Listo!"}' },
];

describe("readServerSentEvents", () => {
  it("reads named events, CRLF lines, comments and multi-line data", async () => {
    expect(await collect([wire])).toEqual(expected);
  });

  it("ends an event on a lone CR, even as the stream's last byte", async () => {
    expect(await collect(["data: a\r\r", "data: b\r", "\r"])).toEqual([
      { event: "message", data: "a" },
      { event: "message", data: "b" },
    ]);
  });

  it("drops an event the stream cut off before its blank line", async () => {
    expect(await collect(['event: delta\ndata: {"text":"a"}\n\nevent: delta\ndata: {"text":"b"}'])).toEqual([
      { event: "delta", data: '{"text":"a"}' },
    ]);
  });

  it("gives the same events however the bytes are split, multi-byte characters included", async () => {
    const bytes = new TextEncoder().encode(wire);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }),
        async (cuts) => {
          const points = [0, ...cuts.sort((a, b) => a - b), bytes.length];
          const stream = new ReadableStream<Uint8Array>({
            start(controller) {
              for (let index = 0; index + 1 < points.length; index += 1) {
                controller.enqueue(bytes.slice(points[index], points[index + 1]));
              }
              controller.close();
            },
          });
          const events: ServerSentEvent[] = [];
          for await (const event of readServerSentEvents(stream)) events.push(event);
          expect(events).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
