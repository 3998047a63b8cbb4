import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { localizeContent } from "../api/localize.ts";
import type { LocalizeResult } from "../api/types.ts";
import { FrontierElement, isAbort } from "../base/frontier-element.ts";
import { listConverter } from "../base/list-converter.ts";
import { FrontierChangeSelectEvent } from "../events/frontier-change-select-event.ts";
import { I18nController } from "../i18n/i18n-controller.ts";
import { marketName } from "../locale/market-name.ts";
import { sharedStyles } from "../styles/shared-styles.ts";
import { variantPreviewStyles } from "./frontier-variant-preview.styles.ts";
import { changeOrder, highlightChanges } from "./highlight.ts";

/**
 * One source text side by side in several markets, each change highlighted and explained from the
 * result's `adaptations`, with the findings listed. The whole preview is one tab stop: the arrow keys
 * move between changes (up/down) and markets (left/right), Home/End to the first/last change.
 * Give it `results` you already have, or `source`, `locales` and a `token` to call the server.
 *
 * @summary Side-by-side market variants with every change explained.
 * @tag frontier-variant-preview
 *
 * @csspart variant - One market's column.
 * @csspart source - The source text's column.
 * @csspart text - A variant's text.
 * @csspart source-change - A phrase of the source that some market changed.
 * @csspart change - A highlighted change (a button; focus it to select it).
 * @csspart changes - The list of explanations.
 * @csspart remembered - The note on an explanation that the translation memory answered.
 * @csspart findings - The list of findings.
 * @csspart score - A variant's score.
 * @csspart error - The error message.
 *
 * @cssproperty [--frontier-color-highlight=#fff3b0] - Background of a change.
 * @cssproperty [--frontier-color-highlight-active=#ffd33d] - Background of the selected change.
 * @cssproperty [--frontier-column-min-width=15rem] - Narrowest a column gets before wrapping.
 * @cssproperty [--frontier-color-surface=#ffffff] - Column background.
 * @cssproperty [--frontier-color-border=#d0d7de] - Column border.
 *
 * @event frontier-change-select - A change was selected (`FrontierChangeSelectEvent`: `locale`, `adaptation`).
 * @event frontier-error - Localizing failed (`FrontierErrorEvent`).
 */
export class FrontierVariantPreview extends FrontierElement {
  static override styles = [sharedStyles, variantPreviewStyles];

  static override properties = {
    source: {},
    sourceLocale: { attribute: "source-locale" },
    locales: { converter: listConverter },
    results: { attribute: false },
    token: {},
    uiLang: { attribute: "ui-lang" },
    loading: { state: true },
    errorMessage: { state: true },
    active: { state: true },
  };

  /** The source text. */
  declare source: string;
  /** Locale of the source text. */
  declare sourceLocale: string;
  /** Target markets to localize into (comma-separated in the attribute). */
  declare locales: string[];
  /** Localization results to show (the `results` of `POST /api/v1/localize`). */
  declare results: LocalizeResult[];
  /** Short-lived access token; with `source` set, the element localizes by itself. */
  declare token: string;
  /** Language of the element's own labels (`es`, `pt-BR`, `en`); empty follows the browser. */
  declare uiLang: string;
  declare private loading: boolean;
  declare private errorMessage: string;
  /** The selected change: column (index into `results`) and position in that column's change order. */
  declare private active: { column: number; position: number };

  readonly #i18n = new I18nController(this);

  constructor() {
    super();
    this.source = "";
    this.sourceLocale = "es-MX";
    this.locales = ["es-AR", "es-CO", "es-CL"];
    this.results = [];
    this.token = "";
    this.uiLang = "";
    this.loading = false;
    this.errorMessage = "";
    this.active = { column: 0, position: 0 };
  }

  protected override updated(changed: PropertyValues<this>): void {
    const inputs = ["source", "sourceLocale", "locales", "token", "apiBase"] as const;
    if (inputs.some((name) => changed.has(name)) && this.source !== "" && this.token !== "") void this.localize();
  }

  /** Calls `POST /api/v1/localize` for `source` into `locales` (changes to those do this by themselves). */
  async localize(): Promise<void> {
    const signal = this.nextRequestSignal();
    this.loading = true;
    this.errorMessage = "";
    try {
      const results = await localizeContent({
        apiBase: this.apiBase,
        token: this.token,
        content: this.source,
        sourceLocale: this.sourceLocale,
        targetLocales: this.locales,
        signal,
      });
      if (signal.aborted) return;
      this.results = results;
      this.active = { column: 0, position: 0 };
    } catch (error) {
      if (isAbort(error) || signal.aborted) return;
      this.errorMessage = this.reportError(error).message;
    } finally {
      if (!signal.aborted) this.loading = false;
    }
  }

  #orders(): number[][] {
    return this.results.map((result) =>
      changeOrder(highlightChanges(result.content, result.adaptations), result.adaptations.length),
    );
  }

  #select(column: number, position: number, focus: boolean): void {
    this.active = { column, position };
    const result = this.results[column];
    const change = this.#orders()[column]?.[position];
    const adaptation = change === undefined ? undefined : result?.adaptations[change];
    if (result !== undefined && adaptation !== undefined) {
      this.dispatchEvent(new FrontierChangeSelectEvent(result.locale, adaptation));
    }
    if (focus) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`[data-column="${column}"][data-position="${position}"]`)?.focus(),
      );
    }
  }

  #onKeydown(event: KeyboardEvent): void {
    const orders = this.#orders();
    const current = this.#tabStop(orders);
    if (current === undefined) return;
    const { column, position } = current;
    const count = orders[column]?.length ?? 0;
    const columnsWithChanges = orders.flatMap((order, index) => (order.length > 0 ? [index] : []));
    const here = columnsWithChanges.indexOf(column);
    let next: { column: number; position: number } | undefined;
    if (event.key === "ArrowDown") next = { column, position: Math.min(position + 1, count - 1) };
    else if (event.key === "ArrowUp") next = { column, position: Math.max(position - 1, 0) };
    else if (event.key === "Home") next = { column, position: 0 };
    else if (event.key === "End") next = { column, position: count - 1 };
    else if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      const target = columnsWithChanges[here + (event.key === "ArrowRight" ? 1 : -1)];
      if (target !== undefined) {
        next = { column: target, position: Math.min(position, (orders[target]?.length ?? 1) - 1) };
      }
    }
    if (next === undefined) return;
    event.preventDefault();
    this.#select(next.column, next.position, true);
  }

  /** The one change that takes Tab: the selected one, else the first change of the first market that has one. */
  #tabStop(orders: readonly number[][]): { column: number; position: number } | undefined {
    const { column, position } = this.active;
    if (position < (orders[column]?.length ?? 0)) return this.active;
    const first = orders.findIndex((order) => order.length > 0);
    return first === -1 ? undefined : { column: first, position: 0 };
  }

  #renderVariant(
    result: LocalizeResult,
    column: number,
    order: readonly number[],
    stop: { column: number; position: number } | undefined,
  ): TemplateResult {
    const t = this.#i18n.t;
    const headingId = `variant-${column}`;
    const segments = highlightChanges(result.content, result.adaptations);
    const activeChange = stop?.column === column ? order[stop.position] : undefined;
    return html`<section part="variant" aria-labelledby=${headingId} data-locale=${result.locale}>
      <h3 id=${headingId}>${marketName(result.locale, this.#i18n.language)}</h3>
      <span part="score" class="score">${t("preview.score", { score: Math.round(result.score) })}</span>
      <p part="text" lang=${result.locale}>${segments.map((segment) => {
        const change = segment.change;
        if (change === undefined) return segment.text;
        const position = order.indexOf(change);
        return html`<button type="button" part="change" data-column=${column} data-position=${position}
          tabindex=${activeChange === change ? 0 : -1} aria-current=${activeChange === change ? "true" : "false"}
          aria-describedby="change-${column}-${change}"
          @click=${() => this.#select(column, position, true)}
          @focus=${() => {
            if (this.active.column !== column || this.active.position !== position)
              this.#select(column, position, false);
          }}
        >${segment.text}</button>`;
      })}</p>
      ${
        result.adaptations.length === 0
          ? html`<p class="muted">${t("preview.noChanges")}</p>`
          : html`<ol part="changes">${order.map((change) => {
              const adaptation = result.adaptations[change];
              return adaptation === undefined
                ? nothing
                : html`<li id="change-${column}-${change}" class=${activeChange === change ? "active" : ""}>
                    ${t("preview.change", { from: adaptation.from, to: adaptation.to })}: ${adaptation.reason}
                    ${
                      adaptation.source === "translation-memory"
                        ? html`<span part="remembered" class="muted">${t("preview.remembered")}</span>`
                        : nothing
                    }
                  </li>`;
            })}</ol>`
      }
      <h4>${t("preview.findings")}</h4>
      ${
        result.findings.length === 0
          ? html`<p class="muted">${t("preview.noFindings")}</p>`
          : html`<ul part="findings">${result.findings.map(
              (finding) => html`<li>
                <span class="severity-${finding.severity}">${t(`severity.${finding.severity}` as const)}:</span>
                ${finding.message}${finding.suggestion === undefined ? nothing : html` <em>${finding.suggestion}</em>`}
              </li>`,
            )}</ul>`
      }
    </section>`;
  }

  /** The source with every phrase some market changed marked, so each column can be read against it. */
  #renderSource(): (string | TemplateResult)[] {
    const changed = [...new Set(this.results.flatMap((result) => result.adaptations.map((a) => a.from)))];
    const phrases = changed.map((from) => ({ from, to: from, reason: "" }));
    return highlightChanges(this.source, phrases).map((segment) =>
      segment.change === undefined ? segment.text : html`<mark part="source-change">${segment.text}</mark>`,
    );
  }

  protected override render() {
    const t = this.#i18n.t;
    if (this.errorMessage !== "") {
      return html`<div class="error" part="error" role="alert">
        <strong>${t("error.title")}:</strong> ${this.errorMessage}
        <button type="button" @click=${() => void this.localize()}>${t("error.retry")}</button>
      </div>`;
    }
    if (this.loading) return html`<p role="status">${t("preview.loading")}</p>`;
    if (this.results.length === 0) return html`<p class="muted" part="empty">${t("preview.empty")}</p>`;
    const orders = this.#orders();
    const stop = this.#tabStop(orders);
    return html`<div role="region" aria-label=${t("preview.label")} aria-describedby="help" @keydown=${this.#onKeydown}>
      <p id="help" class="help">${t("preview.keyboardHelp")}</p>
      <div class="columns">
        ${
          this.source === ""
            ? nothing
            : html`<section part="source" aria-labelledby="source-heading">
                <h3 id="source-heading">${t("preview.source", { locale: marketName(this.sourceLocale, this.#i18n.language) })}</h3>
                <p part="text" lang=${this.sourceLocale}>${this.#renderSource()}</p>
              </section>`
        }
        ${this.results.map((result, column) => this.#renderVariant(result, column, orders[column] ?? [], stop))}
      </div>
    </div>`;
  }
}

customElements.get("frontier-variant-preview") ??
  customElements.define("frontier-variant-preview", FrontierVariantPreview);

declare global {
  interface HTMLElementTagNameMap {
    "frontier-variant-preview": FrontierVariantPreview;
  }
}
