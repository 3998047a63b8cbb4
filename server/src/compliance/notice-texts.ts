/**
 * The consent notice a storefront shows, per language, as data. Plain statements of what Frontier does with
 * personal data (pseudonymization before any model call, consent per purpose, the subject's rights); the law and
 * authority come from the jurisdiction data. Written by the Frontier project, not legal advice: a merchant should
 * have its own counsel review the notice it shows (source: null, verified: false).
 */

export interface NoticeText {
  /** Placeholders: {law} and {authority}; {authoritySentence} is dropped when the market names no authority. */
  body: string;
  authoritySentence: string;
  noLawSentence: string;
  purposes: Readonly<Record<NoticePurpose, string>>;
}

export const noticePurposes = [
  { id: "essential", required: true },
  { id: "personalization", required: false },
  { id: "analytics", required: false },
  { id: "marketing", required: false },
] as const;

export type NoticePurpose = (typeof noticePurposes)[number]["id"];

export const noticeTexts = {
  es: {
    body:
      "Usamos tus datos personales solo para los fines que aceptes abajo. Antes de que un texto llegue a un " +
      "proveedor de inteligencia artificial, reemplazamos tus identificadores (documento, correo, teléfono) por " +
      "marcadores. Puedes pedir acceso, corrección o eliminación de tus datos y retirar tu consentimiento cuando " +
      "quieras. Ley aplicable: {law}.{authoritySentence}",
    authoritySentence: " Autoridad de control: {authority}.",
    noLawSentence: " Aunque no haya una ley general de datos personales, aplicamos las mismas garantías.",
    purposes: {
      essential: "Datos necesarios para atender tu pedido",
      personalization: "Contenido adaptado a tu país e intereses",
      analytics: "Medir, sin datos que te identifiquen, qué textos funcionan mejor",
      marketing: "Ofertas y novedades por correo o mensaje",
    },
  },
  pt: {
    body:
      "Usamos seus dados pessoais apenas para as finalidades que você aceitar abaixo. Antes que um texto chegue a " +
      "um provedor de inteligência artificial, substituímos seus identificadores (documento, e-mail, telefone) por " +
      "marcadores. Você pode pedir acesso, correção ou eliminação dos seus dados e revogar o consentimento quando " +
      "quiser. Lei aplicável: {law}.{authoritySentence}",
    authoritySentence: " Autoridade de controle: {authority}.",
    noLawSentence: " Mesmo sem uma lei geral de dados pessoais, aplicamos as mesmas garantias.",
    purposes: {
      essential: "Dados necessários para atender ao seu pedido",
      personalization: "Conteúdo adaptado ao seu país e interesses",
      analytics: "Medir, sem dados que identifiquem você, quais textos funcionam melhor",
      marketing: "Ofertas e novidades por e-mail ou mensagem",
    },
  },
  en: {
    body:
      "We use your personal data only for the purposes you accept below. Before any text reaches an artificial " +
      "intelligence provider, we replace your identifiers (ID number, e-mail, phone) with placeholders. You can ask " +
      "to access, correct or delete your data and withdraw your consent at any time. Applicable law: {law}." +
      "{authoritySentence}",
    authoritySentence: " Supervisory authority: {authority}.",
    noLawSentence: " Even without a general data-protection law, we apply the same safeguards.",
    purposes: {
      essential: "Data needed to fulfil your order",
      personalization: "Content adapted to your country and interests",
      analytics: "Measuring, without data that identifies you, which copy works best",
      marketing: "Offers and news by e-mail or message",
    },
  },
} as const satisfies Record<string, NoticeText>;

export type NoticeLanguage = keyof typeof noticeTexts;
