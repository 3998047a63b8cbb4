import type { ClaimRule } from "./types.ts";

// Cure and treatment claims for diseases, in Spanish and Portuguese.
const cureClaim =
  "\\b(?:cura|curar|curan|cure|sana|elimina|erradica|previene|previne|trata)\\b[^.\\n]{0,40}?\\b(?:c[áa]ncer|diabetes|hipertensi[óo]n|hipertens[ãa]o|artritis|artrite|covid|obesidad|obesidade|depresi[óo]n|depress[ãa]o|alzheimer|enfermedad(?:es)?|doen[çc]as?)\\b";
const weightLossClaim =
  "\\b(?:baj[aáeé]\\w*|pierd[ae]\\w*|perd[ae]\\w*|adelgaz\\w*|elimin[ae]\\w*|emagre[çc]\\w*)\\s+(?:hasta\\s+|at[ée]\\s+)?\\d+\\s*(?:kg|kilos|quilos)\\b";

const cureMessage =
  "Cure or treatment claim for a disease: regulated health advertising needs authorization and proof.";
const cureSuggestion = "Remove the therapeutic claim or replace it with an approved, substantiated statement.";
const weightMessage = "Quantified weight-loss promise: unproven claims of this kind have been sanctioned.";

export const healthClaimRules = [
  {
    id: "br.health-cure-claim",
    markets: ["BR"],
    kind: "flag-phrase",
    trigger: cureClaim,
    severity: "error",
    message: cureMessage,
    suggestion: cureSuggestion,
    citation: {
      text: "ANVISA RDC 96/2008; RDC 2/2002 & RDC 19/1999 (health-claim foods); CDC art. 37",
      sources: ["S251", "S252", "S217"],
      verified: true,
    },
    examples: {
      violating: ["Chá natural que cura a diabetes em semanas."],
      clean: ["Chá de camomila para um momento de pausa."],
    },
  },
  {
    id: "mx.health-cure-claim",
    markets: ["MX"],
    kind: "flag-phrase",
    trigger: cureClaim,
    severity: "error",
    message: cureMessage,
    suggestion: cureSuggestion,
    citation: {
      text: "COFEPRIS — Reglamento de la Ley General de Salud en materia de Publicidad (permits and notices)",
      sources: ["S253"],
      verified: true,
    },
    examples: {
      violating: ["Suplemento que cura la hipertensión sin medicamentos."],
      clean: ["Suplemento de magnesio. Consulta a tu médico."],
    },
  },
  {
    id: "ar.health-cure-claim",
    markets: ["AR"],
    kind: "flag-phrase",
    trigger: cureClaim,
    severity: "error",
    message: cureMessage,
    suggestion: cureSuggestion,
    citation: { text: "ANMAT Disposición 4980/2005 (mod. 7730/2011)", sources: ["S250", "S276"], verified: true },
    examples: { violating: ["Crema que elimina la artritis para siempre."], clean: ["Crema hidratante con aloe."] },
  },
  {
    id: "ar.health-weight-loss",
    markets: ["AR"],
    kind: "flag-phrase",
    trigger: weightLossClaim,
    severity: "error",
    message: weightMessage,
    suggestion: "Remove the quantified promise; describe the product without promising results.",
    citation: {
      text: 'ANMAT Disposición 4980/2005; penalty for "30 kilos en 30 días"',
      sources: ["S250", "S276"],
      verified: true,
    },
    examples: {
      violating: ["Bajá 30 kilos en 30 días con nuestras cápsulas."],
      clean: ["Cápsulas de fibra. Comé sano."],
    },
  },
  {
    id: "latam.health-claims",
    markets: ["CL", "CO", "PE", "UY", "EC"],
    kind: "flag-phrase",
    trigger: `${cureClaim}|${weightLossClaim}`,
    severity: "warning",
    message: "Health or weight-loss claim: misleading about the product's suitability or results.",
    suggestion: cureSuggestion,
    citation: {
      text: "Consumer-protection rules on misleading advertising (CL LPC art. 28; CO Ley 1480)",
      sources: ["S239", "S245"],
      verified: false,
      note: "Sanitary advertising rules for these markets are not in the reference.",
    },
    examples: {
      violating: ["Infusión que cura la diabetes.", "Pierde 10 kilos en una semana."],
      clean: ["Infusión de manzanilla, ideal después de cenar."],
    },
  },
] as const satisfies readonly ClaimRule[];
