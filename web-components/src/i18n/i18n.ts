import i18next, { type TOptions } from "i18next";
import { en, type UiKey } from "./resources/en.ts";
import { es } from "./resources/es.ts";
import { ptBR } from "./resources/pt-BR.ts";

export const uiLanguages = ["en", "es", "pt-BR"] as const;
export type UiLanguage = (typeof uiLanguages)[number];
export const fallbackUiLanguage: UiLanguage = "en";

/** One i18next instance of our own, so a host page's i18next setup is never touched. */
const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: en }, es: { translation: es }, "pt-BR": { translation: ptBR } },
  lng: fallbackUiLanguage,
  fallbackLng: fallbackUiLanguage,
  supportedLngs: [...uiLanguages],
  keySeparator: false,
  nsSeparator: false,
  // Lit escapes what it renders; escaping here too would show entities.
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** The first of the preferred languages we have strings for: any es-* → es, any pt-* → pt-BR. */
export function uiLanguageFor(preferences: readonly string[]): UiLanguage {
  for (const preference of preferences) {
    const language = preference.toLowerCase().split(/[-_]/)[0];
    if (language === "es") return "es";
    if (language === "pt") return "pt-BR";
    if (language === "en") return "en";
  }
  return fallbackUiLanguage;
}

export type Translate = (key: UiKey, values?: TOptions) => string;

export function translator(language: UiLanguage): Translate {
  const t = i18n.getFixedT(language);
  return (key, values) => t(key, values ?? {});
}
