import { html, nothing, type PropertyValues } from "lit";
import { fetchComplianceNotice, recordConsent } from "../api/compliance.ts";
import { FrontierApiError } from "../api/frontier-api-error.ts";
import type { ComplianceNotice } from "../api/types.ts";
import { FrontierElement, isAbort } from "../base/frontier-element.ts";
import { FrontierConsentEvent } from "../events/frontier-consent-event.ts";
import { I18nController } from "../i18n/i18n-controller.ts";
import { marketLocales } from "../locale/resolve-locale.ts";
import { sharedStyles } from "../styles/shared-styles.ts";
import { browserSubjectId, storeDecision, storedDecision } from "./consent-storage.ts";
import { consentStyles } from "./frontier-consent.styles.ts";

/**
 * A consent banner for the market's privacy law (Ley 25.326 in Argentina, LGPD in Brazil, ...): the
 * notice text, the law and authority come from the server's compliance data; each choice is posted
 * as a consent record. The granted purposes are the element's form value. Once answered, the banner
 * stays closed until the notice's text version changes.
 *
 * @summary Privacy consent banner that records choices with the Frontier server.
 * @tag frontier-consent
 *
 * @csspart banner - The banner.
 * @csspart title - Its heading.
 * @csspart notice - The notice text in the market's language.
 * @csspart law - The law and supervising authority.
 * @csspart purposes - The fieldset of purposes.
 * @csspart actions - The buttons.
 * @csspart accept-button - Accept all.
 * @csspart reject-button - Reject the optional purposes.
 * @csspart save-button - Save the chosen purposes.
 * @csspart reopen-button - Reopens a banner already answered.
 * @csspart error - The error message.
 *
 * @cssproperty [--frontier-consent-max-width=40rem] - Widest the banner gets.
 * @cssproperty [--frontier-consent-shadow=0 2px 8px rgb(0 0 0 / 0.12)] - The banner's shadow.
 * @cssproperty [--frontier-color-accent=#0b5cad] - Buttons.
 * @cssproperty [--frontier-color-surface=#ffffff] - Background.
 *
 * @event frontier-consent - The choices were recorded (`FrontierConsentEvent`: `market`, `records`).
 * @event frontier-error - Loading the notice or recording consent failed (`FrontierErrorEvent`).
 */
export class FrontierConsent extends FrontierElement {
  static override styles = [sharedStyles, consentStyles];
  static formAssociated = true;

  static override properties = {
    market: { reflect: true },
    publishableKey: { attribute: "publishable-key" },
    subjectId: { attribute: "subject-id" },
    uiLang: { attribute: "ui-lang" },
    name: { reflect: true },
    value: {},
    notice: { state: true },
    choices: { state: true },
    status: { state: true },
    errorMessage: { state: true },
  };

  /** Market locale (e.g. `es-AR`, `pt-BR`); empty means the page's `lang`, then the browser's languages. */
  declare market: string;
  /** Publishable key (`fk_pub_...`) allowed for this page's origin. */
  declare publishableKey: string;
  /** The visitor's id in your system; empty uses a random id kept in this browser. */
  declare subjectId: string;
  /** Language of the buttons and labels (`es`, `pt-BR`, `en`); empty follows the browser. */
  declare uiLang: string;
  /** Form field name of the granted purposes. */
  declare name: string;
  /** Granted purposes, comma-separated (the form value). */
  declare value: string;
  declare private notice: ComplianceNotice | undefined;
  declare private choices: Record<string, boolean>;
  declare private status: "loading" | "open" | "saving" | "saved" | "error";
  declare private errorMessage: string;

  readonly #i18n = new I18nController(this);
  readonly #internals: ElementInternals;

  constructor() {
    super();
    this.market = "";
    this.publishableKey = "";
    this.subjectId = "";
    this.uiLang = "";
    this.name = "";
    this.value = "";
    this.notice = undefined;
    this.choices = {};
    this.status = "loading";
    this.errorMessage = "";
    this.#internals = this.attachInternals();
  }

  protected override willUpdate(): void {
    this.#internals.setFormValue(this.value);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has("market") || changed.has("apiBase") || changed.has("publishableKey")) void this.loadNotice();
  }

  /** Fetches the notice for the market, walking its fallback chain (attribute changes do this by themselves). */
  async loadNotice(): Promise<void> {
    const signal = this.nextRequestSignal();
    this.status = "loading";
    this.errorMessage = "";
    try {
      let notice: ComplianceNotice | undefined;
      for (const market of marketLocales(this, this.market)) {
        try {
          notice = await fetchComplianceNotice({
            apiBase: this.apiBase,
            publishableKey: this.publishableKey,
            market,
            signal,
          });
          break;
        } catch (error) {
          if (!(error instanceof FrontierApiError && error.status === 404)) throw error;
        }
      }
      if (signal.aborted) return;
      if (notice === undefined)
        throw new FrontierApiError("No privacy notice for this market.", { code: "not_found", status: 404 });
      const decided = storedDecision(notice.market, notice.textVersion);
      this.notice = notice;
      this.choices = Object.fromEntries(
        notice.purposes.map((purpose) => [purpose.id, purpose.required || (decided?.includes(purpose.id) ?? false)]),
      );
      if (decided !== undefined) this.value = decided.join(",");
      this.status = decided === undefined ? "open" : "saved";
    } catch (error) {
      if (isAbort(error) || signal.aborted) return;
      this.status = "error";
      this.errorMessage = this.reportError(error).message;
    }
  }

  /** Records the given choices (what the three buttons do). */
  async save(choices: Record<string, boolean>): Promise<void> {
    const notice = this.notice;
    if (notice === undefined) return;
    this.choices = choices;
    this.status = "saving";
    try {
      const subjectId = this.subjectId === "" ? browserSubjectId() : this.subjectId;
      const records = await Promise.all(
        notice.purposes.map((purpose) =>
          recordConsent({
            apiBase: this.apiBase,
            publishableKey: this.publishableKey,
            subjectId,
            market: notice.market,
            textVersion: notice.textVersion,
            purpose: purpose.id,
            granted: choices[purpose.id] === true,
          }),
        ),
      );
      const granted = records.filter((record) => record.granted).map((record) => record.purpose);
      storeDecision(notice.market, notice.textVersion, granted);
      this.value = granted.join(",");
      this.status = "saved";
      this.dispatchEvent(new FrontierConsentEvent(notice.market, records));
    } catch (error) {
      this.status = "open";
      this.errorMessage = this.reportError(error).message;
    }
  }

  #all(granted: boolean): Record<string, boolean> {
    const purposes = this.notice?.purposes ?? [];
    return Object.fromEntries(purposes.map((purpose) => [purpose.id, purpose.required || granted]));
  }

  protected override render() {
    const t = this.#i18n.t;
    const notice = this.notice;
    const error =
      this.errorMessage === ""
        ? nothing
        : html`<div class="error" part="error" role="alert">
            <strong>${t("error.title")}:</strong> ${this.errorMessage}
            ${notice === undefined ? html`<button type="button" @click=${() => void this.loadNotice()}>${t("error.retry")}</button>` : nothing}
          </div>`;
    if (this.status === "loading") return html`<p class="muted" role="status">${t("consent.loading")}</p>`;
    if (notice === undefined) return error;
    if (this.status === "saved") {
      return html`<p class="muted" role="status">${t("consent.saved")}
        <button type="button" part="reopen-button" @click=${() => {
          this.status = "open";
        }}>${t("consent.change")}</button></p>`;
    }
    const saving = this.status === "saving";
    return html`<section part="banner" role="region" aria-labelledby="consent-title">
      <h2 id="consent-title" part="title">${t("consent.label")}</h2>
      <p part="notice" lang=${notice.market}>${notice.text}</p>
      <p part="law" class="muted">${t("consent.law", { law: notice.law, authority: notice.authority })}</p>
      <fieldset part="purposes">
        <legend>${t("consent.purposes")}</legend>
        ${notice.purposes.map(
          (purpose) => html`<label>
            <input type="checkbox" value=${purpose.id} .checked=${this.choices[purpose.id] === true}
              ?disabled=${purpose.required || saving}
              @change=${(event: Event) => {
                const target = event.target;
                if (target instanceof HTMLInputElement)
                  this.choices = { ...this.choices, [purpose.id]: target.checked };
              }} />
            <span lang=${notice.market}>${purpose.label}</span>
            ${purpose.required ? html`<span class="muted">${t("consent.required")}</span>` : nothing}
          </label>`,
        )}
      </fieldset>
      <div part="actions">
        <button type="button" class="primary" part="accept-button" ?disabled=${saving}
          @click=${() => void this.save(this.#all(true))}>${t("consent.acceptAll")}</button>
        <button type="button" part="reject-button" ?disabled=${saving}
          @click=${() => void this.save(this.#all(false))}>${t("consent.rejectAll")}</button>
        <button type="button" part="save-button" ?disabled=${saving}
          @click=${() => void this.save(this.choices)}>${t("consent.save")}</button>
      </div>
      <p class="muted" role="status">${saving ? t("consent.saving") : ""}</p>
      ${error}
    </section>`;
  }
}

customElements.get("frontier-consent") ?? customElements.define("frontier-consent", FrontierConsent);

declare global {
  interface HTMLElementTagNameMap {
    "frontier-consent": FrontierConsent;
  }
}
