// A logged-in WordPress session over HTTP: cookies from wp-login.php and the `wp_rest` nonce that cookie
// authentication requires, as the block editor's apiFetch sends them.

export interface Session {
  cookie: string;
  nonce: string;
  /** GET a page with the session's cookies. */
  page(path: string): Promise<{ status: number; html: string }>;
  /** POST a form with the session's cookies; redirects are not followed. */
  submit(path: string, fields: Record<string, string>): Promise<{ status: number; location: string | null }>;
  rest(route: string, init?: { method?: string; body?: unknown; nonce?: string | null }): Promise<RestAnswer>;
}

export interface RestAnswer {
  status: number;
  body: unknown;
}

function cookiesOf(response: Response, jar: Map<string, string>): void {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const index = pair?.indexOf("=") ?? -1;
    if (pair && index > 0) jar.set(pair.slice(0, index), pair.slice(index + 1));
  }
}

export async function restRequest(
  siteUrl: string,
  route: string,
  init: { method?: string; body?: unknown; cookie?: string; nonce?: string | null } = {},
): Promise<RestAnswer> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (init.body !== undefined) headers["Content-Type"] = "application/json";
  if (init.cookie) headers.Cookie = init.cookie;
  if (init.nonce) headers["X-WP-Nonce"] = init.nonce;
  const response = await fetch(`${siteUrl}/index.php?rest_route=${encodeURIComponent(route)}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: kept as text for the assertion message.
  }
  return { status: response.status, body };
}

export async function login(siteUrl: string, user: string, password: string): Promise<Session> {
  const jar = new Map<string, string>([["wordpress_test_cookie", "WP%20Cookie%20check"]]);
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const form = new URLSearchParams({ log: user, pwd: password, "wp-submit": "Log In", testcookie: "1" });
  const response = await fetch(`${siteUrl}/wp-login.php`, {
    method: "POST",
    headers: { Cookie: header(), "Content-Type": "application/x-www-form-urlencoded" },
    body: form,
    redirect: "manual",
  });
  cookiesOf(response, jar);
  if (response.status !== 302) throw new Error(`login as ${user} failed with ${response.status}`);
  const nonceResponse = await fetch(`${siteUrl}/wp-admin/admin-ajax.php?action=rest-nonce`, {
    headers: { Cookie: header() },
  });
  const nonce = (await nonceResponse.text()).trim();
  if (!/^[0-9a-f]{10}$/.test(nonce)) throw new Error(`no REST nonce for ${user}: ${nonce.slice(0, 200)}`);
  const cookie = header();
  return {
    cookie,
    nonce,
    page: async (path) => {
      const page = await fetch(`${siteUrl}${path}`, { headers: { Cookie: cookie } });
      return { status: page.status, html: await page.text() };
    },
    submit: async (path, fields) => {
      const answer = await fetch(`${siteUrl}${path}`, {
        method: "POST",
        headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(fields),
        redirect: "manual",
      });
      return { status: answer.status, location: answer.headers.get("location") };
    },
    rest: (route, init = {}) =>
      restRequest(siteUrl, route, { ...init, cookie, nonce: init.nonce === null ? undefined : (init.nonce ?? nonce) }),
  };
}
