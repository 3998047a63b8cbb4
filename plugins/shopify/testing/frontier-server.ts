import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { faults, startFakeOpenAI } from "@frontier-ai/core/testing";
import { loadConfig, prepareServer } from "@frontier-ai/server";
import { z } from "zod";
import { answerSegmentRequest } from "./fake-translator.ts";

/** A localize request as the Frontier server received it from the app. */
export type LocalizeCall = {
  content: string;
  format: string;
  source_locale: string;
  target_locales: string[];
  authorization: string;
  idempotencyKey: string | undefined;
};

/** Published copy as `<frontier-localized>` reads it: status, and the content when there is some. */
export type StorefrontRead = { status: number; content: string | null; version: number | null };

export type FrontierServer = {
  url: string;
  /** A secret key created through the server's own keys API (admin unless asked otherwise): what the merchant pastes into the app. */
  secretKey: string;
  /** The publishable key a theme block holds, allowed from `storefrontOrigin`. */
  publishableKey: string;
  readonly storefrontOrigin: string;
  /** `GET /api/v1/content/:id?locale=&key=` from the storefront's origin, as the theme block's element sends it. */
  readStorefront(documentId: string, locale: string): Promise<StorefrontRead>;
  /** Publish requests (`PUT /api/v1/documents/:id/published/:locale`) that reached the server: `id locale`. */
  readonly publishCalls: string[];
  /** Status the publish route answers with before doing anything (e.g. 503, a database outage), or null. */
  publishFailure: 503 | null;
  readonly calls: LocalizeCall[];
  readonly tokenRequests: number;
  /** Requests the model provider received: a replayed answer adds none. */
  readonly providerRequests: number;
  /** Runs when a localize request arrives, before Frontier answers: lets a test change the shop meanwhile. */
  onLocalize: ((call: LocalizeCall) => void) | null;
  /** Status the model provider answers with instead of a translation (e.g. 503), or null. */
  providerFailure: 500 | 502 | 503 | null;
  /** Closes the listener and its open connections: the app finds the server unreachable until `listenAgain`. */
  stopListening(): Promise<void>;
  /** Listens again on the same port, as a restarted server would. */
  listenAgain(): Promise<void>;
  close(): Promise<void>;
};

const localizeBody = z.object({
  content: z.string(),
  format: z.string(),
  source_locale: z.string(),
  target_locales: z.array(z.string()),
});

/**
 * The real Frontier server in-process on a temporary SQLite file, listening on 127.0.0.1, with OpenAI
 * faked at the network edge (chat completions wire format, answering the segment protocol). The server
 * builds its models from the provider variables as `frontier start` does. Requests are observed with
 * Fastify hooks, so tests can see what the app sent without a stand-in for the server.
 */
export async function startFrontierServer(
  options: { environment?: Readonly<Record<string, string>>; role?: "admin" | "editor" } = {},
): Promise<FrontierServer> {
  const state: {
    onLocalize: FrontierServer["onLocalize"];
    providerFailure: FrontierServer["providerFailure"];
    publishFailure: FrontierServer["publishFailure"];
  } = { onLocalize: null, providerFailure: null, publishFailure: null };
  const openai = await startFakeOpenAI({
    respond: (request) =>
      state.providerFailure ? faults.serverError(state.providerFailure) : answerSegmentRequest(request),
  });
  const directory = await mkdtemp(join(tmpdir(), "frontier-shopify-server-"));
  const config = loadConfig({
    DATABASE_URL: join(directory, "frontier.db"),
    FRONTIER_SECRET: "shopify-app-test-secret-long-enough-0123456789",
    LOG_LEVEL: "silent",
    ...options.environment,
  });
  const server = await prepareServer(config, {
    environment: { OPENAI_API_KEY: "sk-test-shopify-app", OPENAI_BASE_URL: openai.url },
  });

  const calls: LocalizeCall[] = [];
  const publishCalls: string[] = [];
  let tokenRequests = 0;
  server.app.addHook("preHandler", async (request, reply) => {
    if (request.method === "PUT" && request.routeOptions.url === "/api/v1/documents/:id/published/:locale") {
      const { id, locale } = request.params as { id: string; locale: string };
      publishCalls.push(`${id} ${locale}`);
      if (state.publishFailure !== null) {
        return reply
          .status(state.publishFailure)
          .send({ error: { code: "upstream_unavailable", message: "database unavailable" } });
      }
    }
    const route = request.routeOptions.url;
    if (request.method !== "POST") return;
    if (route === "/oauth/token") tokenRequests++;
    if (route !== "/api/v1/localize") return;
    const body = localizeBody.safeParse(request.body);
    if (!body.success) return;
    const key = request.headers["idempotency-key"];
    const call = {
      ...body.data,
      authorization: request.headers.authorization ?? "",
      idempotencyKey: typeof key === "string" ? key : undefined,
    };
    calls.push(call);
    state.onLocalize?.(call);
  });

  const url = await server.app.listen({ host: "127.0.0.1", port: 0 });
  const closeAll = async () => {
    await server.close();
    await openai.close();
    await rm(directory, { recursive: true, force: true });
  };
  const ownerKey = server.firstOwnerKey;
  if (ownerKey === null) throw new Error("a fresh database must yield a first owner key");
  const createKey = async (input: Record<string, unknown>): Promise<string> => {
    const created = await fetch(`${url}/trpc/keys.create`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${ownerKey}` },
      body: JSON.stringify(input),
    });
    const key = z
      .object({ result: z.object({ data: z.object({ plaintext: z.string() }) }) })
      .safeParse(await created.json());
    if (!key.success) {
      await closeAll();
      throw new Error(`could not create the key ${String(input.name)} (HTTP ${created.status})`);
    }
    return key.data.result.data.plaintext;
  };
  const storefrontOrigin = "https://frontier-test.myshopify.com";
  const secretKey = await createKey({ name: "Shopify app", role: options.role ?? "admin" });
  const publishableKey = await createKey({
    name: "Theme block",
    role: "viewer",
    kind: "publishable",
    allowedOrigins: [storefrontOrigin],
  });
  const storefrontResponse = z.object({ content: z.string(), version: z.number() });

  return {
    url,
    secretKey,
    publishableKey,
    storefrontOrigin,
    async readStorefront(documentId, locale) {
      const query = new URLSearchParams({ locale, key: publishableKey });
      const response = await fetch(`${url}/api/v1/content/${encodeURIComponent(documentId)}?${query}`, {
        headers: { origin: storefrontOrigin },
      });
      const body = storefrontResponse.safeParse(await response.json().catch(() => undefined));
      return {
        status: response.status,
        content: body.success ? body.data.content : null,
        version: body.success ? body.data.version : null,
      };
    },
    publishCalls,
    get publishFailure() {
      return state.publishFailure;
    },
    set publishFailure(value: FrontierServer["publishFailure"]) {
      state.publishFailure = value;
    },
    calls,
    get tokenRequests() {
      return tokenRequests;
    },
    get providerRequests() {
      return openai.requests.length;
    },
    get onLocalize() {
      return state.onLocalize;
    },
    set onLocalize(value: FrontierServer["onLocalize"]) {
      state.onLocalize = value;
    },
    get providerFailure() {
      return state.providerFailure;
    },
    set providerFailure(value: FrontierServer["providerFailure"]) {
      state.providerFailure = value;
    },
    stopListening: () =>
      new Promise<void>((resolve, reject) => {
        server.app.server.close((error) => (error ? reject(error) : resolve()));
        server.app.server.closeAllConnections();
      }),
    listenAgain: () =>
      new Promise<void>((resolve, reject) => {
        server.app.server.once("error", reject);
        server.app.server.listen(Number(new URL(url).port), "127.0.0.1", () => {
          server.app.server.off("error", reject);
          resolve();
        });
      }),
    close: closeAll,
  };
}
