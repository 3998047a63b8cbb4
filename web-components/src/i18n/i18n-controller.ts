import type { ReactiveController, ReactiveControllerHost } from "lit";
import { type Translate, translator, type UiLanguage, uiLanguageFor } from "./i18n.ts";

/**
 * Gives an element `t()` in the user's language: its `ui-lang` when set, else the browser's
 * languages. Deliberately not the page's `lang`, which names the copy's market, not the reader.
 */
export class I18nController implements ReactiveController {
  readonly #host: ReactiveControllerHost & { uiLang: string };
  readonly #onLanguageChange = (): void => this.#host.requestUpdate();

  constructor(host: ReactiveControllerHost & { uiLang: string }) {
    this.#host = host;
    host.addController(this);
  }

  get language(): UiLanguage {
    const preferences = this.#host.uiLang === "" ? (globalThis.navigator?.languages ?? []) : [this.#host.uiLang];
    return uiLanguageFor(preferences);
  }

  get t(): Translate {
    return translator(this.language);
  }

  hostConnected(): void {
    globalThis.addEventListener?.("languagechange", this.#onLanguageChange);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.("languagechange", this.#onLanguageChange);
  }
}
