import { html, nothing, type TemplateResult } from "lit";
import type { Translate } from "../i18n/i18n.ts";
import type { GenerationRun } from "./generation-run.ts";
import { providerLabel } from "./provider-label.ts";

export interface RunActions {
  accept(run: GenerationRun): void;
  regenerate(run: GenerationRun): void;
  copy(run: GenerationRun): void;
}

/** One market's card: the live output, then the score, its breakdown, the adaptations and the actions. */
export function renderRun(run: GenerationRun, t: Translate, title: string, actions: RunActions): TemplateResult {
  const streaming = run.status === "streaming";
  const result = run.result;
  return html`<article part="result" data-market=${run.market} aria-labelledby="title-${run.market}">
    <h3 id="title-${run.market}">${t("generator.result", { market: title })}</h3>
    <div
      part="output"
      lang=${run.market}
      class=${streaming ? "streaming" : ""}
      role="status"
      aria-live="polite"
      aria-busy=${streaming ? "true" : "false"}
    >${run.text}</div>
    ${run.restarted ? html`<p class="notice">${t("generator.restarted")}</p>` : nothing}
    ${
      run.error === undefined
        ? nothing
        : html`<div class="error" part="error" role="alert">
            <strong>${t("error.title")}:</strong> ${run.error.message}
            <button type="button" @click=${() => actions.regenerate(run)}>${t("error.retry")}</button>
          </div>`
    }
    ${
      result === undefined
        ? nothing
        : html`
          <p part="score">
            <strong>${t("generator.score", { score: Math.round(result.performance_score) })}</strong>
            <meter min="0" max="100" low="50" high="80" optimum="100" .value=${result.performance_score}
              aria-label=${t("generator.score", { score: Math.round(result.performance_score) })}></meter>
          </p>
          <table part="breakdown">
            <caption class="visually-hidden">${t("generator.breakdown")}</caption>
            <tbody>
              ${result.metadata.score_breakdown.map(
                (item) => html`<tr>
                  <th scope="row">${item.name.replaceAll("_", " ")}</th>
                  <td>${Math.round(item.score)}</td>
                  <td>×${item.weight}</td>
                  <td>${item.detail}</td>
                </tr>`,
              )}
            </tbody>
          </table>
          <h4>${t("generator.adaptations")}</h4>
          ${
            result.cultural_adaptations.length === 0
              ? html`<p class="notice">${t("generator.noAdaptations")}</p>`
              : html`<ul part="adaptations">
                  ${result.cultural_adaptations.map(
                    (adaptation) =>
                      html`<li><del>${adaptation.from}</del> → <ins>${adaptation.to}</ins>: ${adaptation.reason}</li>`,
                  )}
                </ul>`
          }
          <p class="notice">${t("generator.provider", { provider: providerLabel(result.metadata) })}</p>
          <div part="actions">
            <button type="button" class="primary" part="accept-button" ?disabled=${run.accepted}
              @click=${() => actions.accept(run)}>${run.accepted ? t("generator.accepted") : t("generator.accept")}</button>
            <button type="button" part="regenerate-button" @click=${() => actions.regenerate(run)}>${t("generator.regenerate")}</button>
            <button type="button" part="copy-button" @click=${() => actions.copy(run)}>${t("generator.copy")}</button>
          </div>
          <p class="notice" role="status">${
            run.copy === "copied" ? t("generator.copied") : run.copy === "failed" ? t("generator.copyFailed") : ""
          }</p>`
    }
  </article>`;
}
