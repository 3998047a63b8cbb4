import { html, nothing, type PropertyValues } from "lit";
import { type AnalyticsConsent, analyticsAllowed } from "../analytics/consent.ts";
import { eventBeacon } from "../analytics/event-beacon.ts";
import { visitorId } from "../analytics/visitor.ts";
import { fetchPublishedContent } from "../api/content.ts";
import { assertBrowserCredential } from "../api/request.ts";
import type { PublishedContent, StorefrontEventType } from "../api/types.ts";
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
 * Measuring, only with the visitor's consent (`analytics-consent`, else the visitor's latest answer to
 * `<frontier-consent>` for the market granting `consent-purpose`): the element reports an impression when the
 * copy shows and a click on it, and `report()` sends add-to-cart and conversions; events are batched and sent as
 * beacons, at most 60 a minute per page, with no visitor id. With consent, an A/B experiment on the copy shows
 * the visitor's own variant: a random id kept in this browser (`frontier-visitor` in localStorage) is sent as
 * `?visitor=`, and the events carry the variant's id. Without consent the visitor sees the shared copy and
 * nothing is stored or sent.
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
    analyticsConsent: { attribute: "analytics-consent" },
    consentPurpose: { attribute: "consent-purpose" },
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
  /** `granted` or `denied` from the page's own consent manager; empty reads `<frontier-consent>`'s answer. */
  declare analyticsConsent: AnalyticsConsent;
  /** The `<frontier-consent>` purpose that allows measuring (Frontier's notice: `analytics`). */
  declare consentPurpose: string;
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
    this.analyticsConsent = "";
    this.consentPurpose = "analytics";
    this.state = "fallback";
    this.errorMessage = "";
    this.published = undefined;
  }

  /** Whether the copy now shown was counted as an impression (it waits for consent given later). */
  #impressionSent = false;

  readonly #onConsent = () => {
    if (!this.#impressionSent) this.#sendImpression();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener("frontier-consent", this.#onConsent);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener("frontier-consent", this.#onConsent);
  }

  #measuring(): boolean {
    return analyticsAllowed(this.analyticsConsent, marketLocales(this, this.locale), this.consentPurpose);
  }

  /**
   * Reports an event about the copy shown (`add_to_cart`, `conversion`; impressions and clicks are reported by
   * the element), with its A/B variant. False when nothing was sent: no copy loaded, no consent, or the page's
   * rate is spent.
   */
  report(type: StorefrontEventType): boolean {
    const published = this.published;
    if (published === undefined || this.publishableKey === "" || !this.#measuring()) return false;
    return eventBeacon(this.apiBase, this.publishableKey).add({
      type,
      content_id: this.contentId,
      locale: published.locale,
      ...(published.variantId !== undefined && { variant_id: published.variantId }),
    });
  }

  #sendImpression(): void {
    this.#impressionSent = this.report("impression");
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
    this.#impressionSent = false;
    try {
      assertBrowserCredential(this.publishableKey);
      const published = await fetchPublishedContent({
        apiBase: this.apiBase,
        publishableKey: this.publishableKey,
        contentId: this.contentId,
        locales: marketLocales(this, this.locale),
        visitor: () => (this.#measuring() ? visitorId() : undefined),
        signal,
      });
      if (signal.aborted) return;
      this.published = published;
      this.state = published === undefined ? "fallback" : "loaded";
      if (published !== undefined) {
        this.dispatchEvent(new FrontierLoadEvent(published));
        this.#sendImpression();
      }
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
      return html`<span part="content" lang=${published.locale} @click=${() => this.report("click")}>${body}</span>`;
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
