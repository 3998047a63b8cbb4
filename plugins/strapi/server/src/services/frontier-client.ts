import { FrontierRequestError } from "../errors.ts";
import type { TextFormat } from "../field-plan.ts";
import { record } from "../schema.ts";

export interface ClientOptions {
  serverUrl: string;
  secretKey: string;
  fetch?: typeof fetch;
  now?: () => number;
}

export interface GenerateRequest {
  prompt: string;
  content_type: string;
  target_country: string;
  tone?: string;
  length: string | number;
}

/**
 * Talks to the Frontier server. The secret key never leaves Strapi's server: it is exchanged for a short-lived
 * token (`POST /oauth/token`) that is cached until shortly before it expires.
 */
export function createFrontierClient(options: ClientOptions) {
  const call = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const base = options.serverUrl.replace(/\/+$/, "");
  let token: { value: string; expiresAt: number } | null = null;

  async function send(path: string, init: { body: unknown; auth?: string }): Promise<Record<string, unknown>> {
    let response: Response;
    try {
      response = await call(`${base}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(init.auth ? { authorization: `Bearer ${init.auth}` } : {}) },
        body: JSON.stringify(init.body),
      });
    } catch (cause) {
      throw new FrontierRequestError(`Frontier server unreachable at ${base}`, {
        code: "unreachable",
        status: 0,
        cause,
      });
    }
    const payload = record(await response.json().catch(() => null)) ?? {};
    if (!response.ok) {
      const error = record(payload.error);
      throw new FrontierRequestError(typeof error?.message === "string" ? error.message : `HTTP ${response.status}`, {
        code: typeof error?.code === "string" ? error.code : "http_error",
        status: response.status,
      });
    }
    return payload;
  }

  async function accessToken(): Promise<string> {
    if (token && token.expiresAt > now()) return token.value;
    const answer = await send("/oauth/token", {
      body: { grant_type: "client_credentials", client_secret: options.secretKey },
    });
    if (typeof answer.access_token !== "string") {
      throw new FrontierRequestError("token response without access_token", { code: "bad_response", status: 200 });
    }
    const lifetime = typeof answer.expires_in === "number" ? answer.expires_in : 300;
    token = { value: answer.access_token, expiresAt: now() + Math.max(lifetime - 30, 1) * 1000 };
    return token.value;
  }

  return {
    /** Localizes one piece of content into several locales; returns locale → content. */
    async localize(content: string, format: TextFormat, sourceLocale: string, targetLocales: string[]) {
      const answer = await send("/api/v1/localize", {
        auth: await accessToken(),
        body: { content, format, source_locale: sourceLocale, target_locales: targetLocales },
      });
      const out = new Map<string, string>();
      for (const result of Array.isArray(answer.results) ? answer.results : []) {
        const item = record(result);
        if (typeof item?.locale === "string" && typeof item.content === "string") out.set(item.locale, item.content);
      }
      for (const locale of targetLocales) {
        if (!out.has(locale)) {
          throw new FrontierRequestError(`no result for ${locale}`, { code: "bad_response", status: 200 });
        }
      }
      return out;
    },
    async generate(request: GenerateRequest): Promise<Record<string, unknown>> {
      return send("/api/v1/generate-content", { auth: await accessToken(), body: request });
    },
  };
}

export type FrontierClient = ReturnType<typeof createFrontierClient>;
