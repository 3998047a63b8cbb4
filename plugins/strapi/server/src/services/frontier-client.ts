import { FrontierRequestError } from "../errors.ts";
import type { TextFormat } from "../field-plan.ts";
import { record } from "../schema.ts";

export interface ClientOptions {
  serverUrl: string;
  secretKey: string;
  fetch?: typeof fetch;
  now?: () => number;
  /** Each call to the server is abandoned after this long (default 60 s). */
  timeoutMs?: number;
  /** Waits between attempts (tests pass a faster one). */
  sleep?: (ms: number) => Promise<void>;
}

/** One item of a batch job: one text of one document, sent in its own format. */
export interface JobItemRequest {
  document: string;
  field: string;
  text: string;
  format: TextFormat;
}

/** One item's result as the server reports it (one text into one locale). */
export interface JobItemResult {
  position: number;
  document: string;
  field: string;
  locale: string;
  status: string;
  content: string | null;
  error: string | null;
}

export interface JobPage {
  id: string;
  status: string;
  total: number;
  counts: Record<string, number>;
  items: JobItemResult[];
  nextOffset: number | null;
}

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);

function jobPage(answer: Record<string, unknown>): JobPage {
  if (typeof answer.id !== "string" || typeof answer.status !== "string" || typeof answer.total !== "number") {
    throw new FrontierRequestError("job response without id, status or total", { code: "bad_response", status: 200 });
  }
  const counts: Record<string, number> = {};
  for (const [status, count] of Object.entries(record(answer.counts) ?? {})) {
    if (typeof count === "number") counts[status] = count;
  }
  const items: JobItemResult[] = [];
  for (const raw of Array.isArray(answer.items) ? answer.items : []) {
    const item = record(raw);
    if (!item || typeof item.position !== "number" || typeof item.document !== "string") continue;
    items.push({
      position: item.position,
      document: item.document,
      field: text(item.field) ?? "",
      locale: text(item.locale) ?? "",
      status: text(item.status) ?? "",
      content: text(item.content),
      error: text(item.error),
    });
  }
  return {
    id: answer.id,
    status: answer.status,
    total: answer.total,
    counts,
    items,
    nextOffset: typeof answer.next_offset === "number" ? answer.next_offset : null,
  };
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
/** How many times a job creation whose answer was lost is sent (with the same Idempotency-Key). */
const jobCreateAttempts = 3;

export function createFrontierClient(options: ClientOptions) {
  const call = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const base = options.serverUrl.replace(/\/+$/, "");
  const timeoutMs = options.timeoutMs ?? 60_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let token: { value: string; expiresAt: number } | null = null;

  async function send(
    path: string,
    init: { body?: unknown; auth?: string; idempotencyKey?: string },
  ): Promise<Record<string, unknown>> {
    const signal = AbortSignal.timeout(timeoutMs);
    let response: Response;
    try {
      response = await call(`${base}${path}`, {
        method: init.body === undefined ? "GET" : "POST",
        headers: {
          ...(init.body === undefined ? {} : { "content-type": "application/json" }),
          ...(init.auth ? { authorization: `Bearer ${init.auth}` } : {}),
          ...(init.idempotencyKey ? { "idempotency-key": init.idempotencyKey } : {}),
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        signal,
      });
    } catch (cause) {
      const timedOut = signal.aborted;
      throw new FrontierRequestError(
        timedOut
          ? `Frontier server at ${base} did not answer within ${timeoutMs} ms`
          : `Frontier server unreachable at ${base}`,
        { code: timedOut ? "timeout" : "unreachable", status: 0, cause },
      );
    }
    // The body is read under the same deadline: a server that stalls mid-answer fails like one that never answers.
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
    /**
     * Queues one batch job for every item × target locale; returns the job without items. `idempotencyKey` names
     * the run: a request whose answer was lost (timeout, dropped connection) is sent again with it, so the server
     * answers with the job it already created instead of queuing (and paying for) a second one.
     */
    async createJob(
      items: JobItemRequest[],
      sourceLocale: string,
      targetLocales: string[],
      idempotencyKey: string,
    ): Promise<JobPage> {
      const body = { items, source_locale: sourceLocale, target_locales: targetLocales };
      for (let attempt = 1; ; attempt++) {
        try {
          return jobPage(await send("/api/v1/jobs", { auth: await accessToken(), body, idempotencyKey }));
        } catch (error) {
          const lost =
            error instanceof FrontierRequestError && (error.code === "timeout" || error.code === "unreachable");
          // A first attempt still running on the server: 409 until it has stored its answer.
          const running = error instanceof FrontierRequestError && error.code === "idempotency_key_in_use";
          if (!(lost || running) || attempt >= jobCreateAttempts) throw error;
          await sleep(running ? 1_000 : 0);
        }
      }
    },
    /** A job's status and counts with one page of its items, in position order. */
    async job(id: string, page: { offset: number; limit: number }): Promise<JobPage> {
      const query = new URLSearchParams({ offset: String(page.offset), limit: String(page.limit) });
      const answer = await send(`/api/v1/jobs/${encodeURIComponent(id)}?${query}`, { auth: await accessToken() });
      return jobPage(answer);
    },
    async generate(request: GenerateRequest): Promise<Record<string, unknown>> {
      return send("/api/v1/generate-content", { auth: await accessToken(), body: request });
    },
  };
}

export type FrontierClient = ReturnType<typeof createFrontierClient>;
