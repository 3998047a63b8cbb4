/** One server-sent event: its `event:` name (default `message`) and its `data:` lines joined. */
export interface ServerSentEvent {
  readonly event: string;
  readonly data: string;
}

/** Collects the fields of one event until a blank line dispatches it (the WHATWG format). */
class EventBuilder {
  #event = "";
  #data: string[] = [];

  /** Takes one line; returns the finished event when the line is blank. */
  line(line: string): ServerSentEvent | undefined {
    if (line === "") {
      const finished =
        this.#data.length > 0 ? { event: this.#event || "message", data: this.#data.join("\n") } : undefined;
      this.#event = "";
      this.#data = [];
      return finished;
    }
    if (line.startsWith(":")) return undefined;
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    const raw = colon === -1 ? "" : line.slice(colon + 1);
    const value = raw.startsWith(" ") ? raw.slice(1) : raw;
    if (field === "event") this.#event = value;
    else if (field === "data") this.#data.push(value);
    return undefined;
  }
}

/** Parses a `text/event-stream` body as it arrives; an event cut off by the end of the stream is dropped. */
export async function* readServerSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const builder = new EventBuilder();
  let buffer = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      // At the end a trailing CR is a whole line ending; before it, it may be half of a CRLF.
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      const held = !done && buffer.endsWith("\r");
      const lines = (held ? buffer.slice(0, -1) : buffer).split(/\r\n|\r|\n/);
      buffer = (lines.pop() ?? "") + (held ? "\r" : "");
      for (const line of lines) {
        const event = builder.line(line);
        if (event !== undefined) yield event;
      }
      if (done) break;
    }
  } finally {
    reader.releaseLock();
  }
}
