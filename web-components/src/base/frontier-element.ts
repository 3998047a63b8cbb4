import { LitElement, type PropertyDeclarations } from "lit";
import { FrontierApiError } from "../api/frontier-api-error.ts";
import { FrontierErrorEvent } from "../events/frontier-error-event.ts";

/** Where the elements find the Frontier server unless `api-base` says otherwise. */
export const defaultApiBase = "http://127.0.0.1:8787";

/**
 * The base of every `frontier-*` element: where the server is, one way to report failures, and the
 * abort signal of the request in flight, so a newer request always wins over an older one.
 */
export class FrontierElement extends LitElement {
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: "api-base" },
  };

  /** Base URL of the Frontier server (scheme, host and port; a path prefix is kept). */
  declare apiBase: string;

  #requests: AbortController | undefined;

  constructor() {
    super();
    this.apiBase = defaultApiBase;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#requests?.abort();
  }

  /** Aborts the previous request of this element and returns the signal of the next one. */
  protected nextRequestSignal(): AbortSignal {
    this.#requests?.abort();
    this.#requests = new AbortController();
    return this.#requests.signal;
  }

  /** Turns anything thrown into a FrontierApiError and announces it with a `frontier-error` event. */
  protected reportError(error: unknown): FrontierApiError {
    const apiError =
      error instanceof FrontierApiError
        ? error
        : new FrontierApiError(error instanceof Error ? error.message : String(error), {
            code: "client_error",
            status: 0,
            cause: error,
          });
    this.dispatchEvent(new FrontierErrorEvent(apiError));
    return apiError;
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}
