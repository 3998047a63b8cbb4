import { randomUUID } from "node:crypto";
import { z } from "zod";
import { FrontierApiError } from "./errors.ts";

export type LocalizeFormat = "text" | "html";

export type LocalizeRequest = {
  content: string;
  format: LocalizeFormat;
  sourceLocale: string;
  targetLocales: readonly string[];
};

const adaptationSchema = z.object({ from: z.string(), to: z.string(), reason: z.string() });
const localizeResponseSchema = z.object({
  results: z.array(
    z.object({
      locale: z.string(),
      content: z.string(),
      adaptations: z.array(adaptationSchema),
      findings: z.array(z.object({ rule: z.string(), severity: z.string(), message: z.string() }).loose()),
      score: z.number(),
    }),
  ),
});
export type LocalizeResult = z.infer<typeof localizeResponseSchema>["results"][number];
export type Adaptation = z.infer<typeof adaptationSchema>;

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.number().positive(),
});

const errorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
/** `POST /oauth/token` answers errors as RFC 6749 §5.2 says: `{error, error_description}`. */
const oauthErrorBodySchema = z.object({ error: z.string(), error_description: z.string().optional() });

function errorDetails(body: unknown): { code: string; message: string } | undefined {
  const api = errorBodySchema.safeParse(body);
  if (api.success) return api.data.error;
  const oauth = oauthErrorBodySchema.safeParse(body);
  if (oauth.success) return { code: oauth.data.error, message: oauth.data.error_description ?? oauth.data.error };
  return undefined;
}

/** A document under the app's own id (`shopify-product-<id>`), the key storefront reads use. */
export type DocumentRequest = { id: string; name: string; format: LocalizeFormat; sourceLocale: string };

export type PublishRequest = {
  id: string;
  locale: string;
  content: string;
  origin: "source" | "localized";
};

const publishResponseSchema = z.object({ version: z.number().int(), created: z.boolean() });
export type PublishResult = z.infer<typeof publishResponseSchema>;

export type FrontierClient = {
  localize(request: LocalizeRequest): Promise<LocalizeResult[]>;
  /** Creates the document when missing (`PUT /api/v1/documents/:id`); safe to repeat. */
  saveDocument(request: DocumentRequest): Promise<void>;
  /** Publishes the text as the locale's storefront copy; the same text again adds no version. */
  publish(request: PublishRequest): Promise<PublishResult>;
};

export type FrontierClientOptions = {
  serverUrl: string;
  secretKey: string;
  fetch?: typeof fetch;
  now?: () => number;
  /** Longest wait for one server call; default 120 s (a long description into several markets). */
  timeoutMs?: number;
  sleep?: (milliseconds: number) => Promise<void>;
};

/** Calls whose outcome is unknown (timed out, connection lost) are sent again this many times, same key. */
const lostCallRetries = 2;
/** How long to keep asking while the server still runs the first call of a key (it answers 409, Retry-After 1). */
const inFlightPollMs = 1_000;

/** Refresh a token this long before it expires, so a request never carries one that lapses in flight. */
const tokenRefreshMarginMs = 30_000;

/**
 * Talks to the Frontier server from the app's server side only: the secret key is exchanged for a
 * short-lived access token (`POST /oauth/token`), and the token is what localize calls carry.
 */
export function createFrontierClient(options: FrontierClientOptions): FrontierClient {
  const send = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const sleep =
    options.sleep ?? ((milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds)));
  let cached: { token: string; expiresAt: number } | undefined;

  async function call(path: string, init: RequestInit): Promise<unknown> {
    let response: Response;
    try {
      response = await send(`${options.serverUrl}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (cause) {
      const timedOut = cause instanceof Error && cause.name === "TimeoutError";
      const what = timedOut ? `did not answer within ${timeoutMs} ms` : "unreachable";
      throw new FrontierApiError(`Frontier server ${what} at ${options.serverUrl}`, {
        code: "unreachable",
        status: 0,
        cause,
      });
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = errorDetails(body);
      throw new FrontierApiError(error?.message ?? `HTTP ${response.status} from ${path}`, {
        code: error?.code ?? "http_error",
        status: response.status,
      });
    }
    return body;
  }

  async function accessToken(): Promise<string> {
    if (cached && cached.expiresAt - tokenRefreshMarginMs > now()) return cached.token;
    const body = await call("/oauth/token", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ grant_type: "client_credentials", client_secret: options.secretKey }),
    });
    const token = tokenResponseSchema.parse(body);
    cached = { token: token.access_token, expiresAt: now() + token.expires_in * 1000 };
    return token.access_token;
  }

  /** Sends a JSON request with the access token; a token revoked or expired early on the server is renewed once. */
  async function authorized(
    method: "POST" | "PUT",
    path: string,
    payload: unknown,
    headers: Record<string, string> = {},
  ): Promise<unknown> {
    const send = async () =>
      call(path, {
        method,
        headers: { ...headers, "content-type": "application/json", authorization: `Bearer ${await accessToken()}` },
        body: JSON.stringify(payload),
      });
    try {
      return await send();
    } catch (error) {
      if (!(error instanceof FrontierApiError) || error.status !== 401) throw error;
      cached = undefined;
      return send();
    }
  }

  function parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new FrontierApiError(`Frontier returned a ${what} response of an unexpected shape`, {
        code: "invalid_response",
        status: 502,
        cause: parsed.error,
      });
    }
    return parsed.data;
  }

  const documentPath = (id: string) => `/api/v1/documents/${encodeURIComponent(id)}`;

  return {
    async localize(request) {
      // One key per localize call, the same on every retry of it: a call whose answer was lost (a timeout) is not
      // run and paid twice; the server replays its answer, or says 409 while it still runs.
      const headers = { "idempotency-key": randomUUID() };
      const payload = {
        content: request.content,
        format: request.format,
        source_locale: request.sourceLocale,
        target_locales: request.targetLocales,
      };
      let body: unknown;
      for (let lost = 0, pollUntil = now() + timeoutMs; ; ) {
        try {
          body = await authorized("POST", "/api/v1/localize", payload, headers);
          break;
        } catch (error) {
          if (!(error instanceof FrontierApiError)) throw error;
          if (error.code === "unreachable" && lost < lostCallRetries) {
            lost++;
            pollUntil = now() + timeoutMs;
            continue;
          }
          if (error.code === "idempotency_key_in_use" && now() < pollUntil) {
            await sleep(inFlightPollMs);
            continue;
          }
          throw error;
        }
      }
      return parse(localizeResponseSchema, body, "localize").results;
    },
    async saveDocument(request) {
      await authorized("PUT", documentPath(request.id), {
        name: request.name,
        format: request.format,
        source_locale: request.sourceLocale,
      });
    },
    async publish(request) {
      const body = await authorized(
        "PUT",
        `${documentPath(request.id)}/published/${encodeURIComponent(request.locale)}`,
        {
          content: request.content,
          origin: request.origin,
        },
      );
      return parse(publishResponseSchema, body, "publish");
    },
  };
}
