import { randomUUID } from "node:crypto";
import { type LocalServer, listenLocally, sendJson } from "./http.ts";

/**
 * A small Frontier server speaking the HTTP contract: `POST /oauth/token` (client credentials with a
 * secret key) and `POST /api/v1/localize` with the short-lived token. Localization is a tiny lexicon
 * swap per market that leaves markup alone, enough to see which copy went where.
 */
export type LocalizeCall = {
  content: string;
  format: string;
  source_locale: string;
  target_locales: string[];
  authorization: string;
};

type Rule = { from: string; to: Record<string, string>; reason: string };

const lexicon: Rule[] = [
  {
    from: "computer",
    to: {
      "es-MX": "computadora",
      "es-AR": "computadora",
      "es-CO": "computador",
      "es-CL": "computador",
      "pt-BR": "computador",
    },
    reason: "regional word for computer",
  },
  {
    from: "cell phone",
    to: { "es-MX": "celular", "es-AR": "celular", "es-CO": "celular", "es-CL": "celular", "pt-BR": "celular" },
    reason: "regional word for mobile phone",
  },
  {
    from: "You get",
    to: { "es-MX": "Recibes", "es-AR": "Recibís", "es-CO": "Usted recibe", "es-CL": "Recibes", "pt-BR": "Você recebe" },
    reason: "address form of the market (tú / vos / usted / você)",
  },
];

export type FakeFrontier = LocalServer & {
  readonly calls: LocalizeCall[];
  readonly tokenRequests: number;
  /** Runs before each localize answer: lets a test change the shop while Frontier "translates". */
  onLocalize: ((call: LocalizeCall) => void) | null;
  /** Status to answer localize calls with instead of a result (e.g. 503), or null. */
  failWith: number | null;
};

export function localizeText(
  content: string,
  locale: string,
  format: string,
): { content: string; adaptations: { from: string; to: string; reason: string }[] } {
  const adaptations: { from: string; to: string; reason: string }[] = [];
  // Markup is never touched: only the text between tags changes.
  const parts = format === "html" ? content.split(/(<[^>]*>)/) : [content];
  const localized = parts
    .map((part) => {
      if (format === "html" && part.startsWith("<")) return part;
      let text = part;
      for (const rule of lexicon) {
        const replacement = rule.to[locale];
        if (replacement && text.includes(rule.from)) {
          text = text.replaceAll(rule.from, replacement);
          adaptations.push({ from: rule.from, to: replacement, reason: rule.reason });
        }
      }
      return text;
    })
    .join("");
  return { content: localized, adaptations };
}

export async function startFakeFrontier(options: { secretKey: string }): Promise<FakeFrontier> {
  const tokens = new Set<string>();
  const calls: LocalizeCall[] = [];
  let tokenRequests = 0;
  const state: { onLocalize: FakeFrontier["onLocalize"]; failWith: number | null } = {
    onLocalize: null,
    failWith: null,
  };

  const server = await listenLocally((request, body, response) => {
    if (request.method === "POST" && request.url === "/oauth/token") {
      tokenRequests++;
      const form = request.headers["content-type"]?.includes("json")
        ? (JSON.parse(body) as Record<string, unknown>)
        : Object.fromEntries(new URLSearchParams(body));
      if (form.grant_type !== "client_credentials" || form.client_secret !== options.secretKey) {
        sendJson(response, 401, { error: { code: "invalid_client", message: "Unknown secret key" } });
        return;
      }
      const token = `jwt_${randomUUID()}`;
      tokens.add(token);
      sendJson(response, 200, { access_token: token, token_type: "Bearer", expires_in: 900, scope: "editor" });
      return;
    }
    if (request.method === "POST" && request.url === "/api/v1/localize") {
      const authorization = request.headers.authorization ?? "";
      if (!tokens.has(authorization.replace(/^Bearer /, ""))) {
        sendJson(response, 401, { error: { code: "unauthorized", message: "A valid access token is required" } });
        return;
      }
      const input = JSON.parse(body) as Omit<LocalizeCall, "authorization">;
      const call = { ...input, authorization };
      calls.push(call);
      state.onLocalize?.(call);
      if (state.failWith) {
        sendJson(response, state.failWith, {
          error: { code: "provider_unavailable", message: "All providers failed" },
        });
        return;
      }
      sendJson(response, 200, {
        results: input.target_locales.map((locale) => {
          const localized = localizeText(input.content, locale, input.format);
          return { locale, ...localized, findings: [], score: 90 };
        }),
      });
      return;
    }
    sendJson(response, 404, { error: { code: "not_found", message: `${request.method} ${request.url}` } });
  });

  return {
    ...server,
    calls,
    get tokenRequests() {
      return tokenRequests;
    },
    get onLocalize() {
      return state.onLocalize;
    },
    set onLocalize(value: FakeFrontier["onLocalize"]) {
      state.onLocalize = value;
    },
    get failWith() {
      return state.failWith;
    },
    set failWith(value: number | null) {
      state.failWith = value;
    },
  };
}
