import type { ClaimRule } from "./types.ts";

/** Credit offers must show the market's cost-of-credit figure (reference §7a, §7b). */
export const creditClaimRules = [
  {
    id: "mx.credit-without-cat",
    markets: ["MX"],
    kind: "requires-disclosure",
    trigger:
      "\\b(?:cr[ée]dito|financiamiento|pr[ée]stamo|tasa de inter[ée]s|enganche|pagos? (?:semanales|quincenales|mensuales|fijos))\\b",
    requires: "\\bCAT\\b",
    severity: "error",
    message: "Credit offer without the CAT (Costo Anual Total), mandatory in all credit advertising.",
    suggestion:
      'Add the CAT next to the offer, e.g. "CAT promedio 45.3% sin IVA. Para fines informativos y de comparación."',
    citation: {
      text: "LTOSF art. 8; Banxico Circular 21/2009; Condusef",
      sources: ["S227", "S228", "S229", "S230", "S231"],
      verified: true,
    },
    examples: {
      violating: [
        "Llévate tu laptop a crédito con pagos semanales de $199.",
        "Préstamo personal aprobado en 24 horas.",
      ],
      clean: [
        "Crédito personal con tasa fija. CAT promedio 45.3% sin IVA. Para fines informativos y de comparación.",
        "Compra hoy con 12 meses sin intereses en tarjetas participantes.",
      ],
    },
  },
  {
    id: "mx.price-without-taxes",
    markets: ["MX"],
    kind: "flag-phrase",
    trigger: "(?:\\+|m[áa]s)\\s?IVA\\b|\\bIVA no incluido\\b|\\bsin IVA\\b",
    // A CAT is quoted "sin IVA" by definition: that is a rate, not a price.
    unless: "\\bprecio total\\b|\\bCAT\\b",
    severity: "error",
    message: "Price shown without taxes: the total price including taxes and any other cost must be visible.",
    suggestion: "Show the total price with IVA included.",
    citation: { text: "LFPC art. 7 Bis", sources: ["S225", "S226"], verified: true },
    examples: { violating: ["Tenis deportivos $1,299 + IVA."], clean: ["Tenis deportivos $1,506.84 (IVA incluido)."] },
  },
  {
    id: "ar.financing-without-cft",
    markets: ["AR"],
    kind: "requires-disclosure",
    trigger: "\\b\\d{1,2}\\s*cuotas\\b|\\bcuotas fijas\\b|\\bfinanciaci[óo]n\\b|\\bplan de pagos\\b",
    requires: "\\bCFT\\b",
    severity: "warning",
    message: "Financed price without the CFT (Costo Financiero Total) of each option.",
    suggestion: "State the cash price, the number and amount of cuotas, the TEA and, highlighted, the CFT.",
    citation: {
      text: "Res. SC 51-E/2017 → 240-E/2017 → 915/2017 arts. 4–5",
      sources: ["S87", "S98", "S99", "S232", "S233"],
      verified: false,
      note: "Whether these resolutions still apply after the 2024–2025 deregulation is not verified (reference §10.4).",
    },
    examples: {
      violating: ["Llevala en 12 cuotas fijas de $ 15.999."],
      clean: ["Precio de contado $ 180.000. 12 cuotas de $ 15.000. TEA 0,00%. CFT 0,00%."],
    },
  },
  {
    id: "ar.sin-interes",
    markets: ["AR"],
    kind: "flag-phrase",
    trigger: "\\bsin inter[ée]s(?:es)?\\b",
    unless: "\\bprecio (?:de )?contado\\b",
    severity: "warning",
    message: '"Sin interés" is not allowed when the financing cost is included in the price.',
    suggestion: "Show the cash price next to the cuotas so the offer is verifiably interest-free, and the CFT.",
    citation: {
      text: "Res. 915/2017 arts. 4–5",
      sources: ["S87", "S99"],
      verified: false,
      note: "Current force not verified (reference §10.4).",
    },
    examples: {
      violating: ["¡6 cuotas sin interés en toda la tienda!"],
      clean: ["Precio de contado $ 60.000 o 6 cuotas sin interés de $ 10.000. CFT 0,00%."],
    },
  },
  {
    id: "cl.credit-without-cae",
    markets: ["CL"],
    kind: "requires-disclosure",
    trigger: "\\bcr[ée]dito\\b|\\bfinanciamiento\\b|\\bavance en efectivo\\b|\\b\\d{1,2}\\s*cuotas\\b",
    requires: "\\bCAE\\b",
    severity: "warning",
    message:
      "Credit offer without the CAE (Carga Anual Equivalente): the credit cost is an element of misleading advertising.",
    suggestion: "Add the CAE and the total cost of the credit next to the offer.",
    citation: {
      text: "Ley 19.496 (LPC) art. 28 (price, payment form, credit cost)",
      sources: ["S239"],
      verified: false,
      note: "The CAE acronym itself is tagged uncertain in the reference (§7b).",
    },
    examples: {
      violating: ["Compra en 12 cuotas con tu tarjeta de la tienda."],
      clean: ["12 cuotas de $24.990. CAE 28,5%. Costo total del crédito $299.880."],
    },
  },
  {
    id: "br.credit-without-cet",
    markets: ["BR"],
    kind: "requires-disclosure",
    trigger: "\\bfinanciamento\\b|\\bcredi[áa]rio\\b|\\bempr[ée]stimo\\b|\\bcom juros\\b",
    requires: "\\bCET\\b|\\btaxa efetiva\\b",
    severity: "error",
    message: "Credit offer without the annual effective interest rate (CET), late interest and total amount.",
    suggestion: "Add the taxa efetiva anual / CET, the number and periodicity of installments and the total amount.",
    citation: {
      text: "CDC Lei 8.078/1990 art. 52",
      sources: ["S100"],
      verified: true,
      note: "The CET acronym is tagged uncertain (§7b); art. 52 requires the annual effective rate.",
    },
    examples: {
      violating: ["Financiamento facilitado em até 24 meses no crediário da loja."],
      clean: ["Financiamento em 24x de R$ 99,90. Total R$ 2.397,60. CET 32,4% a.a., taxa efetiva 2,38% a.m."],
    },
  },
  {
    id: "br.installments-without-total",
    markets: ["BR"],
    kind: "requires-disclosure",
    trigger: "\\b\\d{1,2}\\s?x\\s?(?:de\\s)?R\\$|\\bparcel(?:ado|e|amento)\\b",
    requires: "\\btotal\\b|\\b[àa] vista\\b",
    severity: "warning",
    message: "Installment offer without the cash price or the total financed price.",
    suggestion: "State the total à vista and, for installments, their number, periodicity, value and the total.",
    citation: { text: "Decreto 5.903/2006 arts. 2–3", sources: ["S88", "S218"], verified: true },
    examples: {
      violating: ["Parcele em 10x de R$ 49,90 sem juros."],
      clean: ["R$ 499,00 à vista ou 10x de R$ 49,90 sem juros (total R$ 499,00)."],
    },
  },
  {
    id: "pe.credit-without-tcea",
    markets: ["PE"],
    kind: "requires-disclosure",
    trigger: "\\bcr[ée]dito\\b|\\bpr[ée]stamo\\b|\\bfinanciamiento\\b|\\b\\d{1,2}\\s*cuotas\\b",
    requires: "\\bTCEA\\b|\\bTEA\\b",
    severity: "info",
    message: "Credit offer without the TCEA (Tasa de Costo Efectivo Anual).",
    suggestion: "Add the TCEA next to the offer.",
    citation: {
      text: "TCEA disclosure",
      sources: [],
      verified: false,
      note: "Unsourced in the reference (§7b tags TCEA uncertain): informational only.",
    },
    examples: { violating: ["Préstamo al toque, en 12 cuotas."], clean: ["Préstamo en 12 cuotas. TCEA 35,9%."] },
  },
] as const satisfies readonly ClaimRule[];
