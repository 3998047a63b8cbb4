// A deterministic stand-in for the Frontier server that speaks the REST v1 contract: bearer secret, JSON
// errors `{error:{code,message,issues?}}`, generate-content in the rules provider's shape (plain paragraphs),
// and localize that changes only text (lexicon swaps between Spanish variants) and keeps markup intact.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeFrontier {
  url: string;
  secret: string;
  requests: Array<{ path: string; authorization: string | undefined; body: unknown }>;
  close(): Promise<void>;
}

/** es-ES wording and what each market says instead. */
const lexicon: Record<string, Record<string, string>> = {
  "es-AR": {
    ordenador: "computadora",
    ordenadores: "computadoras",
    coche: "auto",
    móvil: "celular",
    zumo: "jugo",
    gafas: "anteojos",
    Descubre: "Descubrí",
    Compra: "Comprá",
    Elige: "Elegí",
  },
  "es-MX": {
    ordenador: "computadora",
    ordenadores: "computadoras",
    coche: "carro",
    móvil: "celular",
    zumo: "jugo",
    gafas: "lentes",
  },
};

function adapt(text: string, locale: string, seen: Map<string, string>): string {
  const swaps = lexicon[locale] ?? {};
  return text.replace(/[\p{L}]+/gu, (word) => {
    const replacement = swaps[word];
    if (replacement === undefined) return word;
    seen.set(word, replacement);
    return replacement;
  });
}

/** Localizes serialized markup: text between tags, alt/title values and the string values of block attributes. */
export function localizeMarkup(content: string, locale: string, seen: Map<string, string>): string {
  return content.replace(/(<!--[\s\S]*?-->)|(<[^>]*>)|([^<]+)/g, (match, comment?: string, tag?: string) => {
    if (comment !== undefined) {
      return comment.replace(/(":\s*")((?:\\.|[^"\\])*)"/g, (_m, head: string, value: string) => {
        return `${head}${adapt(value, locale, seen)}"`;
      });
    }
    if (tag !== undefined) {
      return tag.replace(/\b(alt|title)="([^"]*)"/g, (_m, name: string, value: string) => {
        return `${name}="${adapt(value, locale, seen)}"`;
      });
    }
    return adapt(match, locale, seen);
  });
}

function generated(prompt: string, market: string): string {
  const voseo = market === "es-AR";
  return [
    `${voseo ? "Descubrí" : "Descubre"} ${prompt}, pensado para tu día a día.`,
    `${voseo ? "Pagá en cuotas sin interés" : "Paga a meses sin intereses"} y recíbelo en tu casa.`,
    `${voseo ? "Pedí" : "Pide"} hoy y recíbelo en tu casa.`,
  ].join("\n\n");
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "Content-Type": "application/json" });
  response.end(JSON.stringify(body));
}

function fail(response: ServerResponse, status: number, code: string, message: string, issues?: unknown[]): void {
  send(response, status, { error: { code, message, ...(issues ? { issues } : {}) } });
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = "";
  for await (const chunk of request) text += String(chunk);
  const value: unknown = text === "" ? {} : JSON.parse(text);
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startFakeFrontier(secret = "fk_live_test_secret"): Promise<FakeFrontier> {
  const requests: FakeFrontier["requests"] = [];
  const server = createServer(async (request, response) => {
    const path = (request.url ?? "").split("?")[0] ?? "";
    if (request.method === "GET" && path === "/api/v1/health") {
      send(response, 200, { status: "healthy", timestamp: new Date(0).toISOString(), version: "fake" });
      return;
    }
    let body: Record<string, unknown>;
    try {
      body = await readJson(request);
    } catch {
      fail(response, 400, "invalid_json", "Body is not JSON");
      return;
    }
    requests.push({ path, authorization: request.headers.authorization, body });
    if (request.headers.authorization !== `Bearer ${secret}`) {
      fail(response, 401, "unauthorized", "Invalid API key");
      return;
    }
    const prompt = typeof body.prompt === "string" ? body.prompt : "";
    const content = typeof body.content === "string" ? body.content : "";
    const marker = `${prompt} ${content}`;
    if (marker.includes("[slow]")) await delay(3000);
    if (marker.includes("[crash]")) return fail(response, 500, "internal", "Something broke");
    if (marker.includes("[not-json]")) {
      response.writeHead(200, { "Content-Type": "text/html" });
      response.end("<html>proxy page</html>");
      return;
    }

    if (request.method === "POST" && path === "/api/v1/generate-content") {
      const market = String(body.target_country ?? "");
      if (prompt === "" || market === "") {
        return fail(response, 400, "validation_error", "Invalid request", [
          { path: prompt === "" ? "prompt" : "target_country", message: "Required" },
        ]);
      }
      send(response, 200, {
        content: generated(prompt, market),
        metadata: { provider: "rules", model: "rules", locale: market, content_type: body.content_type, words: 30 },
        cultural_adaptations: [
          {
            from: "pago a plazos",
            to: market === "es-AR" ? "cuotas sin interés" : "meses sin intereses",
            reason: "Payment idiom of the market",
            rule: "payment-idiom",
          },
        ],
        performance_score: 82,
      });
      return;
    }
    if (request.method === "POST" && path === "/api/v1/localize") {
      const targets = Array.isArray(body.target_locales) ? body.target_locales.map(String) : [];
      if (content === "" || targets.length === 0) {
        return fail(response, 400, "validation_error", "Invalid request", [{ path: "content", message: "Required" }]);
      }
      const results = targets.map((locale) => {
        const seen = new Map<string, string>();
        let localized = localizeMarkup(content, locale, seen);
        // Lets tests see what the proxy does with a result whose structure is broken.
        if (content.includes("[break-structure]")) localized = localized.replace("</p>", "</p><p>extra</p>");
        const adaptations = [...seen].map(([from, to]) => ({ from, to, reason: `${locale} wording` }));
        return { locale, content: localized, adaptations, findings: [], score: 90 };
      });
      send(response, 200, { results });
      return;
    }
    if (request.method === "POST" && path === "/api/v1/validate") {
      const findings = content.includes("vosotros")
        ? [
            {
              rule: "address-form",
              severity: "error",
              message: "vosotros is not used in Latin America",
              start: 0,
              end: 8,
            },
          ]
        : [];
      send(response, 200, { findings });
      return;
    }
    fail(response, 404, "not_found", `No route ${path}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    secret,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
