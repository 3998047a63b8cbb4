// A deterministic stand-in for the Frontier server that speaks the REST v1 contract: `POST /oauth/token` (client
// credentials) as the server answers it, bearer access tokens, JSON errors `{error:{code,message,issues?}}`,
// generate-content in the rules provider's shape (plain paragraphs), and localize that changes only text (lexicon
// swaps between Spanish variants) and keeps markup intact. Unlike the server, content routes accept only access
// tokens, never the secret key itself, so every test through this fake proves the plugin exchanges its key.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeFrontier {
  url: string;
  secret: string;
  requests: Array<{ path: string; authorization: string | undefined; body: unknown }>;
  close(): Promise<void>;
}

export interface FakeFrontierOptions {
  secret?: string;
  /** Lifetime of the access tokens it issues (the server's FRONTIER_ACCESS_TOKEN_TTL_SECONDS). */
  accessTokenTtlSeconds?: number;
}

/** What the fake's secret key may do: an editor key's permissions. */
const keyPermissions = new Set([
  "content:read",
  "content:write",
  "jobs:read",
  "jobs:write",
  "feedback:read",
  "feedback:write",
  "analytics:read",
  "storefront:read",
  "events:write",
  "consent:write",
]);

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

/** RFC 6749 §5.2 errors, as the server sends them from `POST /oauth/token`. */
function oauthFail(response: ServerResponse, status: number, error: string, description: string): void {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (status === 401) headers["WWW-Authenticate"] = 'Basic realm="frontier"';
  response.writeHead(status, headers);
  response.end(JSON.stringify({ error, error_description: description }));
}

/** JSON, or a form (the token endpoint accepts both, as the server does). */
async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = "";
  for await (const chunk of request) text += String(chunk);
  if ((request.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  const value: unknown = text === "" ? {} : JSON.parse(text);
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

/** `Basic base64(secret:)` or `Basic base64(id:secret)`, form-decoded as the server does. */
function basicSecret(header: string | undefined): string | undefined {
  const match = header === undefined ? null : /^Basic\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const user = decodeURIComponent(colon < 0 ? decoded : decoded.slice(0, colon));
  const password = colon < 0 ? "" : decodeURIComponent(decoded.slice(colon + 1));
  return password === "" ? user : password;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startFakeFrontier(options: FakeFrontierOptions = {}): Promise<FakeFrontier> {
  const secret = options.secret ?? "fk_live_test_secret";
  const ttl = options.accessTokenTtlSeconds ?? 900;
  const requests: FakeFrontier["requests"] = [];
  /** Issued access tokens and when each expires (ms). */
  const tokens = new Map<string, number>();

  async function issueToken(response: ServerResponse, body: Record<string, unknown>, authorization?: string) {
    if (body.grant_type !== "client_credentials") {
      return oauthFail(response, 400, "unsupported_grant_type", "grant_type must be client_credentials");
    }
    const presented =
      basicSecret(authorization) ?? (typeof body.client_secret === "string" ? body.client_secret : undefined);
    if (presented === undefined) return oauthFail(response, 401, "invalid_client", "client authentication is missing");
    // Keys steer the exchange as markers steer content calls: `..._slow` answers after 3 s, `..._crash` fails.
    if (presented.endsWith("_slow")) await delay(3000);
    if (presented.endsWith("_crash")) return fail(response, 500, "internal", "Something broke");
    if (presented !== secret) return oauthFail(response, 401, "invalid_client", "the API key is unknown or revoked");
    const requested = typeof body.scope === "string" ? body.scope.split(" ").filter(Boolean) : [];
    const refused = requested.filter((scope) => !keyPermissions.has(scope));
    if (refused.length > 0) return oauthFail(response, 400, "invalid_scope", `scope not granted: ${refused.join(" ")}`);
    const scopes = requested.length > 0 ? requested : [...keyPermissions];
    const token = `fake-at.${randomBytes(18).toString("base64url")}`;
    tokens.set(token, Date.now() + ttl * 1000);
    response.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store" });
    response.end(
      JSON.stringify({ access_token: token, token_type: "Bearer", expires_in: ttl, scope: scopes.join(" ") }),
    );
  }

  /** Why a content call's credential is refused, or null when it is a live access token. */
  function refusal(authorization: string | undefined, marker: string): string | null {
    const token = /^Bearer (\S+)$/.exec(authorization ?? "")?.[1];
    if (token === undefined) return "the Authorization header must be `Bearer <key or token>`";
    if (token === secret) return "this fake accepts access tokens only, not the secret key";
    const expiresAt = tokens.get(token);
    if (expiresAt === undefined || marker.includes("[refuse-token]")) return "the access token is invalid";
    if (expiresAt <= Date.now()) return "the access token has expired";
    return null;
  }

  const server = createServer(async (request, response) => {
    const path = (request.url ?? "").split("?")[0] ?? "";
    if (request.method === "GET" && path === "/api/v1/health") {
      send(response, 200, { status: "healthy", timestamp: new Date(0).toISOString(), version: "fake" });
      return;
    }
    let body: Record<string, unknown>;
    try {
      body = await readBody(request);
    } catch {
      fail(response, 400, "invalid_json", "Body is not JSON");
      return;
    }
    requests.push({ path, authorization: request.headers.authorization, body });
    if (request.method === "POST" && path === "/oauth/token") {
      await issueToken(response, body, request.headers.authorization);
      return;
    }
    const prompt = typeof body.prompt === "string" ? body.prompt : "";
    const content = typeof body.content === "string" ? body.content : "";
    // Markers in the prompt or content steer the fake: [refuse-token] refuses every access token.
    const marker = `${prompt} ${content}`;
    const refused = refusal(request.headers.authorization, marker);
    if (refused !== null) return fail(response, 401, "unauthenticated", refused);
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
