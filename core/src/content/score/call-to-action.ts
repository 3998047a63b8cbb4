import type { ReadabilityLanguage } from "./readability.ts";

// Imperatives and phrases that close marketing copy, in every address form the markets use
// (tú, vos, usted; você). Matched as whole words, accent-insensitively.
const callToActionWords: Record<ReadabilityLanguage, readonly string[]> = {
  es: [
    "compra",
    "comprá",
    "compre",
    "cómpralo",
    "compralo",
    "cómprelo",
    "descubre",
    "descubrí",
    "descubra",
    "aprovecha",
    "aprovechá",
    "aproveche",
    "pide",
    "pedí",
    "pida",
    "agrega",
    "agregá",
    "agregue",
    "añade",
    "visita",
    "visitá",
    "visite",
    "reserva",
    "reservá",
    "reserve",
    "suscríbete",
    "suscribite",
    "suscríbase",
    "regístrate",
    "registrate",
    "regístrese",
    "prueba",
    "probá",
    "pruebe",
    "elige",
    "elegí",
    "elija",
    "consigue",
    "conseguí",
    "consiga",
    "llévate",
    "llevate",
    "llévese",
    "haz clic",
    "hacé clic",
    "haga clic",
    "escríbenos",
    "escribinos",
    "escríbanos",
    "contáctanos",
    "contactanos",
    "contáctenos",
    "ordena",
    "ordená",
    "ordene",
    "encarga",
    "encargá",
    "encargue",
    "conoce",
    "conocé",
    "conozca",
  ],
  pt: [
    "compre",
    "confira",
    "aproveite",
    "garanta",
    "peça",
    "adicione",
    "visite",
    "reserve",
    "assine",
    "cadastre-se",
    "experimente",
    "escolha",
    "clique",
    "descubra",
    "conheça",
    "fale conosco",
    "baixe",
    "leve",
  ],
};

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

const patterns = Object.fromEntries(
  Object.entries(callToActionWords).map(([language, words]) => [
    language,
    new RegExp(`(?<![\\p{L}])(?:${[...new Set(words.map(fold))].join("|")})(?![\\p{L}])`, "u"),
  ]),
) as Record<ReadabilityLanguage, RegExp>;

export function hasCallToAction(text: string, language: ReadabilityLanguage): boolean {
  return patterns[language].test(fold(text));
}
