import { FrontierApiError, type FrontierApiIssue } from "./frontier-api-error.ts";
import { arrayField, isRecord, stringField } from "./guards.ts";

/** Joins the element's `api-base` and a route path, tolerating a trailing slash on the base. */
export function apiUrl(apiBase: string, path: string, query: Record<string, string> = {}): string {
  const url = new URL(`${apiBase.replace(/\/+$/, "")}${path}`, globalThis.location?.href);
  for (const [name, value] of Object.entries(query)) {
    if (value !== "") url.searchParams.set(name, value);
  }
  return url.href;
}

/** Secret keys never belong in a browser: the elements refuse to send them. */
export function assertBrowserCredential(credential: string): void {
  if (/^fk_(live|test|secret)_/.test(credential)) {
    throw new FrontierApiError("A secret key must not be used in the browser: pass a short-lived token instead.", {
      code: "secret_key_refused",
      status: 0,
    });
  }
}

export function bearer(credential: string): Record<string, string> {
  if (credential === "") return {};
  assertBrowserCredential(credential);
  return { Authorization: `Bearer ${credential}` };
}

/** Sends a request; resolves with the response when it is 2xx, otherwise throws the server's error. */
export async function send(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (cause) {
    if (init.signal?.aborted) throw cause;
    throw new FrontierApiError("The Frontier server could not be reached.", {
      code: "network_error",
      status: 0,
      cause,
    });
  }
  if (!response.ok) throw await errorFromResponse(response);
  return response;
}

export async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch (cause) {
    throw new FrontierApiError("The Frontier server sent a body that is not JSON.", {
      code: "invalid_response",
      status: response.status,
      cause,
    });
  }
}

/** Reads `{"error":{code,message,issues}}`, falling back to the status line when the body is something else. */
export async function errorFromResponse(response: Response): Promise<FrontierApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  return errorFromBody(body, response.status);
}

export function errorFromBody(body: unknown, status: number): FrontierApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const issues: FrontierApiIssue[] = arrayField(error, "issues").flatMap((issue) =>
    isRecord(issue) ? [{ path: stringField(issue, "path") ?? "", message: stringField(issue, "message") ?? "" }] : [],
  );
  return new FrontierApiError(stringField(error, "message") ?? `The Frontier server answered ${status}.`, {
    code: stringField(error, "code") ?? `http_${status}`,
    status,
    issues,
  });
}

export function invalidResponse(what: string): FrontierApiError {
  return new FrontierApiError(`The Frontier server sent an unexpected ${what}.`, {
    code: "invalid_response",
    status: 200,
  });
}
