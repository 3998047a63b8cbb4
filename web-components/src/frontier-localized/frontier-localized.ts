import { html, nothing, type PropertyValues } from "lit";
import { fetchPublishedContent } from "../api/content.ts";
import { assertBrowserCredential } from "../api/request.ts";
import type { PublishedContent } from "../api/types.ts";
import { FrontierElement, isAbort } from "../base/frontier-element.ts";
import { FrontierLoadEvent } from "../events/frontier-load-event.ts";
import { marketLocales } from "../locale/resolve-locale.ts";
import { localizedStyles } from "./frontier-localized.styles.ts";
import { sanitizeHtml } from "./sanitize-html.ts";

export type LocalizedState = "fallback" | "loading" | "loaded" | "error";

/**
 * Published localized copy for the visitor's market. The server-rendered text inside the element is
 * its fallback: it shows while the copy loads and stays when JavaScript or the server is down, so
 * nothing flashes or disappears. The market comes from `locale`, else the page's `lang`, else
 * `navigator.languages`, each walked through its fallback chain (es-AR → es-419 → es).
 *
 * @summary Market-localized storefront copy with a server-rendered fallback.
 * @tag frontier-localized
 *
 * @slot - The fallback copy, rendered by the server in the page's default language.
 *
 * @csspart content - The published copy, once loaded.
 * @csspart error - The error message, shown only with `show-errors`.
 *
 * @cssproperty [--frontier-color-danger=#a40e26] - Colour of the error message.
 *
 * @event frontier-load - Published copy replaced the fallback (`FrontierLoadEvent`, `content`).
 * @event frontier-error - The copy could not be loaded; the fallback stays (`FrontierErrorEvent`, `error`).
 */
export class FrontierLocalized extends FrontierElement {
  static override styles = localizedStyles;

  static override properties = {
    contentId: { attribute: "content-id", reflect: true },
    locale: { reflect: true },
    publishableKey: { attribute: "publishable-key" },
    showErrors: { attribute: "show-errors", type: Boolean },
    state: { reflect: true },
    errorMessage: { state: true },
    published: { state: true },
  };

  /** Id of the published content to show. */
  declare contentId: string;
  /** Market locale (e.g. `es-AR`); empty means the page's `lang`, then the browser's languages. */
  declare locale: string;
  /** Publishable key (`fk_pub_...`), sent as `?key=` so the request stays cacheable. */
  declare publishableKey: string;
  /** Show a short error message next to the fallback (for previews; storefronts leave it off). */
  declare showErrors: boolean;
  /** Where the element is: `fallback`, `loading`, `loaded` or `error`. Reflected for styling. */
  declare state: LocalizedState;
  declare private errorMessage: string;
  declare private published: PublishedContent | undefined;

  constructor() {
    super();
    this.contentId = "";
    this.locale = "";
    this.publishableKey = "";
    this.showErrors = false;
    this.state = "fallback";
    this.errorMessage = "";
    this.published = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has("contentId") || changed.has("locale") || changed.has("apiBase") || changed.has("publishableKey")) {
      void this.load();
    }
  }

  /** Fetches the copy again (attribute changes do this by themselves). */
  async load(): Promise<void> {
    const signal = this.nextRequestSignal();
    if (this.contentId === "") {
      this.state = "fallback";
      this.published = undefined;
      return;
    }
    this.state = "loading";
    try {
      assertBrowserCredential(this.publishableKey);
      const published = await fetchPublishedContent({
        apiBase: this.apiBase,
        publishableKey: this.publishableKey,
        contentId: this.contentId,
        locales: marketLocales(this, this.locale),
        signal,
      });
      if (signal.aborted) return;
      this.published = published;
      this.state = published === undefined ? "fallback" : "loaded";
      if (published !== undefined) this.dispatchEvent(new FrontierLoadEvent(published));
    } catch (error) {
      if (isAbort(error) || signal.aborted) return;
      this.published = undefined;
      this.state = "error";
      this.errorMessage = this.reportError(error).message;
    }
  }

  protected override render() {
    const published = this.published;
    if (published !== undefined) {
      const body = published.format === "html" ? sanitizeHtml(published.content) : published.content;
      return html`<span part="content" lang=${published.locale}>${body}</span>`;
    }
    return html`<slot></slot>${
      this.showErrors && this.state === "error"
        ? html`<span part="error" role="alert">${this.errorMessage}</span>`
        : nothing
    }`;
  }
}

customElements.get("frontier-localized") ?? customElements.define("frontier-localized", FrontierLocalized);

declare global {
  interface HTMLElementTagNameMap {
    "frontier-localized": FrontierLocalized;
  }
}
