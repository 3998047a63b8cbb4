// The real Frontier server in-process on a temporary SQLite file, listening on 127.0.0.1. Without a model it
// runs on the offline rules provider (which localizes between Spanish variants and generates Spanish copy);
// with `model`, OpenAI is faked at the network edge so a test can meet a model outage or a slow model.
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type FakeResponder, startFakeOpenAI } from "@frontier-ai/core/testing";
import { loadConfig, prepareServer } from "@frontier-ai/server";
import { z } from "zod";

export interface FrontierServer {
  url: string;
  /** An editor secret key created through the server's own keys API: what the site owner pastes in. */
  secret: string;
  close(): Promise<void>;
}

const createdKey = z.object({ result: z.object({ data: z.object({ plaintext: z.string() }) }) });

export async function startFrontierServer(options: { model?: FakeResponder } = {}): Promise<FrontierServer> {
  const openai = options.model ? await startFakeOpenAI({ respond: options.model }) : undefined;
  const directory = await mkdtemp(join(tmpdir(), "frontier-wordpress-server-"));
  const config = loadConfig({
    DATABASE_URL: join(directory, "frontier.db"),
    FRONTIER_SECRET: "wordpress-plugin-test-secret-long-enough-0123456789",
    LOG_LEVEL: "silent",
  });
  const server = await prepareServer(config, {
    environment: openai ? { OPENAI_API_KEY: "sk-test-wordpress", OPENAI_BASE_URL: openai.url } : {},
  });
  const close = async () => {
    await server.close();
    await openai?.close();
    await rm(directory, { recursive: true, force: true });
  };
  try {
    const url = await server.app.listen({ host: "127.0.0.1", port: 0 });
    const ownerKey = server.firstOwnerKey;
    if (ownerKey === null) throw new Error("a fresh database must yield a first owner key");
    const created = await fetch(`${url}/trpc/keys.create`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${ownerKey}` },
      body: JSON.stringify({ name: "WordPress site", role: "editor" }),
    });
    const key = createdKey.safeParse(await created.json());
    if (!key.success) throw new Error(`could not create the site's key (HTTP ${created.status})`);
    return { url, secret: key.data.result.data.plaintext, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A URL on 127.0.0.1 where nothing listens any more: a listener was opened there and closed. */
export async function closedListenerUrl(): Promise<string> {
  const listener = createServer();
  const port = await listen(listener);
  await new Promise<void>((resolve, reject) => listener.close((error) => (error ? reject(error) : resolve())));
  return `http://127.0.0.1:${port}`;
}

/** A listener that accepts connections and never answers: a hung server, for timeouts. */
export async function startHungListener(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const listener = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  const port = await listen(listener);
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        listener.close(() => resolve());
      }),
  };
}

function listen(listener: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    listener.once("error", reject);
    listener.listen(0, "127.0.0.1", () => {
      const address = listener.address();
      if (address === null || typeof address === "string") reject(new Error("no TCP address"));
      else resolve(address.port);
    });
  });
}
