import { inject } from "vitest";

export const ARTICLE = "api::article.article";
const CM = `/content-manager/collection-types/${ARTICLE}`;

/** A logged-in admin session against the test Strapi, speaking its admin HTTP API. */
export async function login(email: string, base = inject("strapiUrl")) {
  const response = await fetch(`${base}/admin/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: inject("password") }),
  });
  const body = await response.json();
  if (!response.ok || typeof body?.data?.token !== "string") throw new Error(`login failed: ${JSON.stringify(body)}`);
  return session(body.data.token, base);
}

export function session(token: string | null, base = inject("strapiUrl")) {
  async function call(method: string, path: string, body?: unknown) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body instanceof FormData || body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  }
  return {
    call,
    async createArticle(data: Record<string, unknown>, locale = "es-ES"): Promise<string> {
      const created = await call("POST", `${CM}?locale=${locale}`, data);
      if (created.status !== 201 && created.status !== 200) throw new Error(JSON.stringify(created.body));
      return created.body.data.documentId;
    },
    async saveLocale(documentId: string, locale: string, data: Record<string, unknown>) {
      const saved = await call("PUT", `${CM}/${documentId}?locale=${locale}`, data);
      if (saved.status !== 200) throw new Error(JSON.stringify(saved.body));
    },
    async publish(documentId: string, locale: string) {
      const published = await call("POST", `${CM}/${documentId}/actions/publish?locale=${locale}`, {});
      if (published.status !== 200) throw new Error(JSON.stringify(published.body));
    },
    async article(documentId: string, locale: string): Promise<Record<string, unknown>> {
      const found = await call("GET", `${CM}/${documentId}?locale=${locale}`);
      if (found.status !== 200) throw new Error(`${locale}: ${JSON.stringify(found.body)}`);
      return found.body.data;
    },
    async categoryOf(documentId: string, locale: string): Promise<string[]> {
      const found = await call("GET", `/content-manager/relations/${ARTICLE}/${documentId}/category?locale=${locale}`);
      return (found.body?.results ?? []).map((r: { documentId: string }) => r.documentId);
    },
    async configure(settings: Record<string, unknown>) {
      const saved = await call("PUT", "/frontier/settings", settings);
      if (saved.status !== 200) throw new Error(JSON.stringify(saved.body));
      return saved.body;
    },
  };
}

export type Session = ReturnType<typeof session>;
