// A stand-in for the Frontier server's REST v1, written against the Fetch API so the same handler
// serves the browser tests (through a Node HTTP server on 127.0.0.1) and Storybook (through a fetch mock).
import {
  complianceNotices,
  consentPurposes,
  experimentContentId,
  experimentCopy,
  experimentVariants,
  publishedCopy,
  sampleGenerations,
  sampleSource,
  sampleVariants,
  scoreBreakdown,
} from "./fixtures.ts";

export type MockRoute = "content" | "generate" | "localize" | "notice" | "consent" | "events";

export interface MockApiOptions {
  /** Routes that answer 500 with an error body. */
  readonly fail?: readonly MockRoute[];
  /** Routes that never answer (to show a loading state). */
  readonly hang?: readonly MockRoute[];
  /** The generation stream sends some text, then an `error` event. */
  readonly streamError?: boolean;
  /** The generation stream sends some text, then `restart` (a fallback provider starts over). */
  readonly streamRestart?: boolean;
  /** Pause between streamed words, in milliseconds. */
  readonly chunkDelayMs?: number;
  /** Called with every request before it is answered. */
  readonly onRequest?: (request: Request) => void;
}

const encoder = new TextEncoder();

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

function apiError(status: number, code: string, message: string): Response {
  return json({ error: { code, message } }, status);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function marketOf(targetCountry: string): string {
  const aliases: Record<string, string> = {
    mexico: "es-MX",
    MX: "es-MX",
    argentina: "es-AR",
    AR: "es-AR",
    BR: "pt-BR",
  };
  return aliases[targetCountry] ?? targetCountry;
}

async function readBody(request: Request): Promise<Record<string, unknown>> {
  const body: unknown = await request.json().catch(() => ({}));
  return typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
}

function generationResult(market: string, body: Record<string, unknown>) {
  const sample = sampleGenerations[market] ?? sampleGenerations["es-MX"];
  if (sample === undefined) throw new Error("fixtures need an es-MX generation");
  return {
    content: sample.content,
    metadata: {
      provider: "rules",
      model: "rules-v1",
      locale: market,
      content_type: body.content_type,
      industry: body.target_industry ?? null,
      tone: body.tone ?? "friendly",
      target_words: 20,
      words: sample.content.split(/\s+/).length,
      score_breakdown: scoreBreakdown,
    },
    cultural_adaptations: sample.adaptations,
    performance_score: sample.score,
  };
}

function sse(event: string, data: unknown): Uint8Array {
  return encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

function streamGeneration(market: string, body: Record<string, unknown>, options: MockApiOptions): Response {
  const result = generationResult(market, body);
  const words = result.content.split(/(?<= )/);
  const delay = options.chunkDelayMs ?? 5;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      if (options.streamRestart === true) {
        controller.enqueue(sse("delta", { text: "Texto del primer proveedor " }));
        await sleep(delay);
        controller.enqueue(sse("restart", {}));
      }
      for (const [index, word] of words.entries()) {
        if (options.streamError === true && index === 3) {
          controller.enqueue(
            sse("error", { error: { code: "provider_unavailable", message: "Every provider failed." } }),
          );
          controller.close();
          return;
        }
        controller.enqueue(sse("delta", { text: word }));
        await sleep(delay);
      }
      controller.enqueue(sse("result", result));
      controller.close();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-store" } });
}

function localize(body: Record<string, unknown>): Response {
  const content = typeof body.content === "string" ? body.content : "";
  const targets = Array.isArray(body.target_locales) ? body.target_locales.filter((t) => typeof t === "string") : [];
  if (content === "" || targets.length === 0) {
    return json(
      {
        error: {
          code: "validation_failed",
          message: "Invalid request.",
          issues: [{ path: "content", message: "Required" }],
        },
      },
      400,
    );
  }
  const results = targets.map((locale) => {
    const variant = content === sampleSource ? sampleVariants[locale] : undefined;
    return variant === undefined
      ? { locale, content, adaptations: [], findings: [], score: 70 }
      : { locale, ...variant };
  });
  return json({ results });
}

/** The server's experiment protocol: a shared answer with `experiment: true`, a visitor's own with `variant_id`. */
function experiment(locale: string, visitor: string | null): Response {
  const shared = experimentCopy[locale];
  if (shared === undefined) return apiError(404, "not_found", `No published copy in ${locale}`);
  const base = { id: experimentContentId, locale, format: "text", version: 2, updated_at: "2026-11-01T12:00:00Z" };
  if (visitor === null) return json({ ...base, content: shared, experiment: true });
  // Deterministic per visitor, like the server's hash-seeded Thompson sampling.
  let hash = 0;
  for (const character of visitor) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  const variant = experimentVariants[hash % experimentVariants.length] ?? experimentVariants[0];
  return new Response(JSON.stringify({ ...base, content: variant.content, variant_id: variant.id }), {
    headers: { "Content-Type": "application/json", "Cache-Control": "private, max-age=60" },
  });
}

const purposeLabels: Record<string, Record<string, string>> = {
  "pt-BR": { necessary: "Necessários", analytics: "Análise", marketing: "Marketing" },
};

/** Returns a handler `(request) => response` for the REST v1 routes the elements call. */
export function createMockApi(options: MockApiOptions = {}): (request: Request) => Promise<Response> {
  let consentCount = 0;
  return async (request) => {
    options.onRequest?.(request);
    const url = new URL(request.url);
    const path = url.pathname.replace(/^.*(?=\/api\/v1\/)/, "");
    const route: MockRoute | undefined = path.startsWith("/api/v1/content/")
      ? "content"
      : (
          {
            "/api/v1/generate-content": "generate",
            "/api/v1/localize": "localize",
            "/api/v1/compliance/notice": "notice",
            "/api/v1/consent": "consent",
            "/api/v1/events": "events",
          } as const
        )[path];
    if (route === undefined) return apiError(404, "not_found", `No route ${path}`);
    if (options.hang?.includes(route) === true) return new Promise<Response>(() => {});
    if (options.fail?.includes(route) === true) return apiError(500, "internal_error", "The server failed (mock).");

    if (route === "content") {
      const id = decodeURIComponent(path.slice("/api/v1/content/".length));
      const locale = url.searchParams.get("locale") ?? "";
      if (id === experimentContentId) return experiment(locale, url.searchParams.get("visitor"));
      const copy = publishedCopy[id]?.[locale];
      if (copy === undefined) return apiError(404, "not_found", `No published copy of ${id} in ${locale}`);
      return json({ id, locale, ...copy, version: 3, updated_at: "2026-11-01T12:00:00Z" });
    }
    if (route === "notice") {
      const market = url.searchParams.get("market") ?? "";
      const notice = complianceNotices[market];
      if (notice === undefined) return apiError(404, "not_found", `No notice for ${market}`);
      const labels = purposeLabels[market] ?? {};
      return json({
        market,
        law: notice.law,
        authority: notice.authority,
        text: notice.text,
        text_version: `${market}-2026-01`,
        purposes: consentPurposes.map((purpose) => ({ ...purpose, label: labels[purpose.id] ?? purpose.label })),
      });
    }
    const body = await readBody(request);
    if (route === "consent") {
      consentCount += 1;
      return json({ id: `consent-${consentCount}`, recorded_at: "2026-11-25T12:00:00Z" }, 201);
    }
    if (route === "localize") return localize(body);
    if (route === "events") {
      const events = Array.isArray(body.events) ? body.events.length : 0;
      return json({ accepted: events, dropped: 0 }, 202);
    }
    const market = marketOf(typeof body.target_country === "string" ? body.target_country : "");
    if (request.headers.get("accept")?.includes("text/event-stream") === true) {
      return streamGeneration(market, body, options);
    }
    return json(generationResult(market, body));
  };
}
