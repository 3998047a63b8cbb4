import { html, nothing } from "lit";
import { generateContent } from "../api/generate.ts";
import { type ContentType, contentTypes, type Length, lengths, type Tone, tones } from "../api/types.ts";
import { FrontierElement, isAbort } from "../base/frontier-element.ts";
import { listConverter } from "../base/list-converter.ts";
import { FrontierAcceptEvent } from "../events/frontier-accept-event.ts";
import { FrontierCopyEvent } from "../events/frontier-copy-event.ts";
import { FrontierGeneratedEvent } from "../events/frontier-generated-event.ts";
import { I18nController } from "../i18n/i18n-controller.ts";
import { marketName } from "../locale/market-name.ts";
import { sharedStyles } from "../styles/shared-styles.ts";
import { copyGeneratorStyles } from "./frontier-copy-generator.styles.ts";
import { type GenerationRun, startedRun } from "./generation-run.ts";
import { renderRun } from "./render-run.ts";

/**
 * Writes marketing copy for one or several markets, streaming each as it is written, with the
 * cultural adaptations made and the score with its breakdown. The accepted text is the element's
 * form value. Authenticates with a short-lived token (never a secret key).
 *
 * @summary Generate, review and accept market-aware copy.
 * @tag frontier-copy-generator
 *
 * @csspart form - The request form.
 * @csspart prompt - The prompt text area.
 * @csspart markets - The fieldset of market checkboxes.
 * @csspart generate-button - The submit button.
 * @csspart results - The list of results, one per market.
 * @csspart empty - The hint shown before the first generation.
 * @csspart result - One market's result card.
 * @csspart output - The streamed text (a polite live region, busy while streaming).
 * @csspart score - The performance score and its meter.
 * @csspart breakdown - The score breakdown table.
 * @csspart adaptations - The list of cultural adaptations.
 * @csspart actions - The accept / regenerate / copy buttons.
 * @csspart accept-button - Accept.
 * @csspart regenerate-button - Regenerate.
 * @csspart copy-button - Copy.
 * @csspart error - An error message.
 *
 * @cssproperty [--frontier-font-family=system-ui, sans-serif] - Font of the element.
 * @cssproperty [--frontier-color-text=#1f2328] - Text colour.
 * @cssproperty [--frontier-color-accent=#0b5cad] - Buttons and focus ring.
 * @cssproperty [--frontier-color-surface=#ffffff] - Background.
 * @cssproperty [--frontier-color-border=#d0d7de] - Borders.
 * @cssproperty [--frontier-color-highlight=#fff3b0] - Background of adapted words.
 * @cssproperty [--frontier-color-danger=#a40e26] - Error messages.
 * @cssproperty [--frontier-radius=6px] - Corner radius.
 * @cssproperty [--frontier-spacing=1rem] - Inner padding.
 *
 * @event frontier-generated - A market's generation finished (`FrontierGeneratedEvent`: `market`, `result`).
 * @event frontier-accept - The user accepted a text; cancel it to keep the previous value (`FrontierAcceptEvent`).
 * @event frontier-copy - A text was copied (`FrontierCopyEvent`: `copied` is false when the browser refused).
 * @event frontier-error - A generation failed (`FrontierErrorEvent`).
 */
export class FrontierCopyGenerator extends FrontierElement {
  static override styles = [sharedStyles, copyGeneratorStyles];
  static formAssociated = true;

  static override properties = {
    token: {},
    prompt: {},
    contentType: { attribute: "content-type" },
    markets: { converter: listConverter },
    availableMarkets: { attribute: "available-markets", converter: listConverter },
    tone: {},
    length: {},
    industry: {},
    uiLang: { attribute: "ui-lang" },
    name: { reflect: true },
    value: {},
    runs: { state: true },
    formError: { state: true },
  };

  /** Short-lived access token (JWT) from your server; secret keys are refused. */
  declare token: string;
  /** What the copy should say. */
  declare prompt: string;
  /** One of `product_description`, `social_post`, `email_subject`, `email_body`, `ad_headline`, `blog_intro`, `sms`. */
  declare contentType: ContentType;
  /** Markets to write for (comma-separated locales in the attribute, e.g. `es-MX,es-AR`). */
  declare markets: string[];
  /** Markets offered as checkboxes. */
  declare availableMarkets: string[];
  /** One of `friendly`, `professional`, `enthusiastic`, `premium`, `urgent`. */
  declare tone: Tone;
  /** `short`, `medium` or `long`. */
  declare length: Length;
  /** Optional industry passed as `target_industry`. */
  declare industry: string;
  /** Language of the element's own labels (`es`, `pt-BR`, `en`); empty follows the browser. */
  declare uiLang: string;
  /** Form field name of the accepted text. */
  declare name: string;
  /** The accepted text, submitted with the surrounding form. */
  declare value: string;
  declare private runs: GenerationRun[];
  declare private formError: string;

  readonly #i18n = new I18nController(this);
  readonly #internals: ElementInternals;
  readonly #streams = new Map<string, AbortController>();

  constructor() {
    super();
    this.token = "";
    this.prompt = "";
    this.contentType = "product_description";
    this.markets = ["es-MX"];
    this.availableMarkets = ["es-MX", "es-AR", "es-CO", "es-CL", "es-PE", "pt-BR"];
    this.tone = "friendly";
    this.length = "medium";
    this.industry = "";
    this.uiLang = "";
    this.name = "";
    this.value = "";
    this.runs = [];
    this.formError = "";
    this.#internals = this.attachInternals();
  }

  protected override willUpdate(): void {
    this.#internals.setFormValue(this.value);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const stream of this.#streams.values()) stream.abort();
  }

  formResetCallback(): void {
    this.value = "";
  }

  /** Starts a generation for every selected market (what the Generate button does). */
  generate(): void {
    const t = this.#i18n.t;
    this.formError =
      this.prompt.trim() === ""
        ? t("generator.needPrompt")
        : this.markets.length === 0
          ? t("generator.needMarket")
          : "";
    if (this.formError !== "") return;
    this.runs = this.markets.map(startedRun);
    for (const market of this.markets) void this.#stream(market);
  }

  #updateRun(market: string, change: (run: GenerationRun) => GenerationRun): void {
    this.runs = this.runs.map((run) => (run.market === market ? change(run) : run));
  }

  async #stream(market: string): Promise<void> {
    this.#streams.get(market)?.abort();
    const controller = new AbortController();
    this.#streams.set(market, controller);
    this.#updateRun(market, () => startedRun(market));
    try {
      const result = await generateContent(
        {
          apiBase: this.apiBase,
          token: this.token,
          signal: controller.signal,
          request: {
            prompt: this.prompt,
            content_type: this.contentType,
            target_country: market,
            tone: this.tone,
            length: this.length,
            ...(this.industry === "" ? {} : { target_industry: this.industry }),
          },
        },
        {
          onDelta: (text) => this.#updateRun(market, (run) => ({ ...run, text: run.text + text })),
          onRestart: () => this.#updateRun(market, (run) => ({ ...run, text: "", restarted: true })),
        },
      );
      if (controller.signal.aborted) return;
      this.#updateRun(market, (run) => ({ ...run, status: "done", text: result.content, result }));
      this.dispatchEvent(new FrontierGeneratedEvent(market, result));
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) return;
      const apiError = this.reportError(error);
      this.#updateRun(market, (run) => ({ ...run, status: "error", error: apiError }));
    }
  }

  #accept(run: GenerationRun): void {
    const content = run.result?.content ?? run.text;
    if (!this.dispatchEvent(new FrontierAcceptEvent(run.market, content))) return;
    this.value = content;
    this.runs = this.runs.map((other) => ({ ...other, accepted: other.market === run.market }));
  }

  async #copy(run: GenerationRun): Promise<void> {
    const content = run.result?.content ?? run.text;
    const copied = await navigator.clipboard?.writeText(content).then(
      () => true,
      () => false,
    );
    this.#updateRun(run.market, (current) => ({ ...current, copy: copied === true ? "copied" : "failed" }));
    this.dispatchEvent(new FrontierCopyEvent(run.market, content, copied === true));
  }

  #toggleMarket(market: string, checked: boolean): void {
    const selected = new Set(this.markets);
    if (checked) selected.add(market);
    else selected.delete(market);
    this.markets = this.availableMarkets.filter((candidate) => selected.has(candidate));
  }

  protected override render() {
    const t = this.#i18n.t;
    const language = this.#i18n.language;
    const busy = this.runs.some((run) => run.status === "streaming");
    const select = <T extends string>(
      id: string,
      label: string,
      options: readonly T[],
      value: T,
      labelOf: (option: T) => string,
      set: (option: T) => void,
    ) =>
      html`<div>
        <label for=${id}>${label}</label>
        <select id=${id} @change=${(event: Event) => {
          const target = event.target;
          const chosen = options.find((option) => target instanceof HTMLSelectElement && option === target.value);
          if (chosen !== undefined) set(chosen);
        }}>
          ${options.map((option) => html`<option value=${option} ?selected=${option === value}>${labelOf(option)}</option>`)}
        </select>
      </div>`;
    return html`
      <form part="form" aria-label=${t("generator.label")} @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        this.generate();
      }}>
        <div>
          <label for="prompt">${t("generator.prompt")}</label>
          <textarea id="prompt" part="prompt" .value=${this.prompt}
            @input=${(event: InputEvent) => {
              if (event.target instanceof HTMLTextAreaElement) this.prompt = event.target.value;
            }}></textarea>
        </div>
        <div class="options">
          ${select(
            "content-type",
            t("generator.contentType"),
            contentTypes,
            this.contentType,
            (value) => t(`contentType.${value}` as const),
            (value) => {
              this.contentType = value;
            },
          )}
          ${select(
            "tone",
            t("generator.tone"),
            tones,
            this.tone,
            (value) => t(`tone.${value}` as const),
            (value) => {
              this.tone = value;
            },
          )}
          ${select(
            "length",
            t("generator.length"),
            lengths,
            this.length,
            (value) => t(`length.${value}` as const),
            (value) => {
              this.length = value;
            },
          )}
        </div>
        <fieldset part="markets">
          <legend>${t("generator.markets")}</legend>
          ${this.availableMarkets.map(
            (market) => html`<label><input type="checkbox" value=${market} .checked=${this.markets.includes(market)}
              @change=${(event: Event) => {
                if (event.target instanceof HTMLInputElement) this.#toggleMarket(market, event.target.checked);
              }} />
              ${marketName(market, language)}</label>`,
          )}
        </fieldset>
        <div>
          <button type="submit" class="primary" part="generate-button" ?disabled=${busy}>
            ${busy ? t("generator.generating") : t("generator.generate")}
          </button>
        </div>
        ${this.formError === "" ? nothing : html`<p class="error" part="error" role="alert">${this.formError}</p>`}
      </form>
      <section part="results" aria-label=${t("generator.label")}>
        ${
          this.runs.length === 0
            ? html`<p part="empty" class="notice">${t("generator.empty")}</p>`
            : this.runs.map((run) =>
                renderRun(run, t, marketName(run.market, language), {
                  accept: (chosen) => this.#accept(chosen),
                  regenerate: (chosen) => void this.#stream(chosen.market),
                  copy: (chosen) => void this.#copy(chosen),
                }),
              )
        }
      </section>
    `;
  }
}

customElements.get("frontier-copy-generator") ??
  customElements.define("frontier-copy-generator", FrontierCopyGenerator);

declare global {
  interface HTMLElementTagNameMap {
    "frontier-copy-generator": FrontierCopyGenerator;
  }
}
