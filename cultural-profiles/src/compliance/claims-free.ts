import type { ClaimRule } from "./types.ts";

/** "Free" with its conditions hidden behind an asterisk or a "see conditions" line (reference §7a). */
export const freeClaimRules = [
  {
    id: "br.gratis-hidden-conditions",
    markets: ["BR"],
    kind: "flag-phrase",
    trigger:
      "\\bgr[áa]tis\\s*\\*|\\bgr[áa]tis\\b[^.\\n]{0,60}?\\b(?:consulte|sujeito a|veja)\\s+(?:as\\s+)?(?:condi[çc][õo]es|regulamento|regras)",
    severity: "warning",
    message: '"Grátis" with conditions out of sight: any payment, freight or tax that applies must be stated.',
    suggestion: 'State the condition next to the word, e.g. "Frete grátis acima de R$ 199".',
    citation: {
      text: "CONAR CBAP art. 27 §4; CONAR Rep. 206/20 (conditions only visible in the cart)",
      sources: ["S221", "S92"],
      verified: true,
    },
    examples: {
      violating: ["Frete grátis* em todo o site!", "Brinde grátis, consulte condições no site."],
      clean: ["Frete grátis acima de R$ 199 para todo o Brasil."],
    },
  },
  {
    id: "latam.gratis-hidden-conditions",
    markets: ["MX", "AR", "CL", "CO", "PE", "UY", "EC"],
    kind: "flag-phrase",
    trigger:
      "\\bgratis\\s*\\*|\\bgratis\\b[^.\\n]{0,60}?\\b(?:aplican|sujeto a|consulta|ver)\\s+(?:las\\s+)?(?:condiciones|restricciones|t[ée]rminos|bases)",
    severity: "warning",
    message: '"Gratis" with conditions out of sight: misleading if a payment or condition applies.',
    suggestion: 'State the condition next to the word, e.g. "Envío gratis en compras desde $999".',
    citation: {
      text: "Misleading advertising: MX LFPC art. 1; CL LPC art. 28; CO Ley 1480",
      sources: ["S258", "S239", "S245"],
      verified: false,
      note: 'Only Brazil\'s rule on "grátis" is specific in the reference; elsewhere the general rule is applied.',
    },
    examples: {
      violating: ["¡Envío gratis*!", "Instalación gratis, aplican restricciones."],
      clean: ["Envío gratis en compras desde $999."],
    },
  },
] as const satisfies readonly ClaimRule[];
