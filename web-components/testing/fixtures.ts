// Sample answers for the mock API: what a Frontier server would plausibly say. The copy is ours; the
// laws and authorities come from the project's LatAm reference (source keys in `source`).

export const sampleContentId = "free-shipping-banner";
export const sampleHtmlContentId = "promo-html";

/** Published copy per content id and exact locale (the server answers 404 for any other locale). */
export const publishedCopy: Readonly<Record<string, Readonly<Record<string, { format: string; content: string }>>>> = {
  [sampleContentId]: {
    es: { format: "text", content: "Envío gratuito a todo el país." },
    "es-419": { format: "text", content: "¡Envío gratis a todo el país!" },
    "es-MX": { format: "text", content: "¡Envío gratis a toda la República!" },
    "es-AR": { format: "text", content: "¡Envío gratis a todo el país, pagalo en cuotas!" },
    "pt-BR": { format: "text", content: "Frete grátis para todo o Brasil!" },
  },
  [sampleHtmlContentId]: {
    "es-419": {
      format: "html",
      content:
        '<strong>Hot Sale</strong>: hasta <em>30%</em> de descuento<script>alert(1)</script><img src=x onerror="alert(2)">',
    },
  },
};

/** Copy under an A/B test: the shared answer marks the experiment, a visitor id picks one of `experimentVariants`. */
export const experimentContentId = "installments-banner";
export const experimentCopy: Readonly<Record<string, string>> = {
  "es-AR": "Pagalo en cuotas sin interés.",
};
export const experimentVariants = [
  { id: "var_control", content: "Pagalo en cuotas sin interés." },
  { id: "var_twelve", content: "¡Hasta 12 cuotas sin interés!" },
] as const;

export const sampleSource = "Compra tu computadora hoy y págala en meses sin intereses.";
export const sampleSourceLocale = "es-MX";

interface SampleVariant {
  readonly content: string;
  readonly adaptations: readonly { from: string; to: string; reason: string; source?: "translation-memory" }[];
  readonly findings: readonly {
    rule: string;
    severity: "error" | "warning" | "info";
    message: string;
    start: number;
    end: number;
    suggestion?: string;
  }[];
  readonly score: number;
}

/** What `POST /api/v1/localize` answers for `sampleSource` per target locale. */
export const sampleVariants: Readonly<Record<string, SampleVariant>> = {
  "es-AR": {
    content: "Comprá tu computadora hoy y pagala en cuotas sin interés.",
    adaptations: [
      { from: "Compra", to: "Comprá", reason: "Argentina uses voseo: imperative of comprar with vos." },
      { from: "págala", to: "pagala", reason: "Voseo imperative of pagar; the stress moves, so no accent." },
      { from: "meses sin intereses", to: "cuotas sin interés", reason: "Argentine payment idiom for instalments." },
    ],
    findings: [
      {
        rule: "claims.instalments-total-price",
        severity: "warning",
        message: "Instalment offers must show the cash price and the total financed price.",
        start: 35,
        end: 53,
      },
    ],
    score: 86,
  },
  "es-CO": {
    content: "Compra tu computador hoy y págalo en cuotas sin intereses.",
    adaptations: [
      {
        from: "computadora",
        to: "computador",
        reason: "Colombian vocabulary: computador is the usual word.",
        source: "translation-memory",
      },
      { from: "págala", to: "págalo", reason: "The pronoun agrees with the masculine computador." },
      { from: "meses sin intereses", to: "cuotas sin intereses", reason: "Colombian payment idiom for instalments." },
    ],
    findings: [],
    score: 91,
  },
  "es-CL": {
    content: "Compra tu computador hoy y págalo en cuotas sin interés.",
    adaptations: [
      { from: "computadora", to: "computador", reason: "Chilean vocabulary: computador is the usual word." },
      { from: "págala", to: "págalo", reason: "The pronoun agrees with the masculine computador." },
      { from: "meses sin intereses", to: "cuotas sin interés", reason: "Chilean payment idiom for instalments." },
    ],
    findings: [
      {
        rule: "format.price-missing",
        severity: "info",
        message: "CyberDay rules ask for the price next to an offer.",
        start: 0,
        end: 6,
        suggestion: "Add the price in CLP, e.g. $499.990.",
      },
    ],
    score: 88,
  },
};

export interface SampleGeneration {
  readonly content: string;
  readonly adaptations: readonly { from: string; to: string; reason: string; rule: string }[];
  readonly score: number;
}

/** What `POST /api/v1/generate-content` writes per market (the mock ignores the prompt). */
export const sampleGenerations: Readonly<Record<string, SampleGeneration>> = {
  "es-MX": {
    content: "Llévate tus tenis favoritos hoy y págalos a meses sin intereses. ¡Envío gratis a toda la República!",
    adaptations: [
      { from: "zapatillas", to: "tenis", reason: "Mexican vocabulary for sneakers.", rule: "lexicon" },
      { from: "cuotas", to: "meses sin intereses", reason: "Mexican payment idiom.", rule: "payment-idiom" },
    ],
    score: 87,
  },
  "es-AR": {
    content: "Llevate tus zapatillas favoritas hoy y pagalas en cuotas sin interés. ¡Envío gratis a todo el país!",
    adaptations: [
      { from: "llévate", to: "llevate", reason: "Argentina uses voseo.", rule: "address-form" },
      {
        from: "meses sin intereses",
        to: "cuotas sin interés",
        reason: "Argentine payment idiom.",
        rule: "payment-idiom",
      },
    ],
    score: 84,
  },
  "pt-BR": {
    content: "Leve hoje seus tênis favoritos e pague parcelado sem juros. Frete grátis para todo o Brasil!",
    adaptations: [
      { from: "cuotas", to: "parcelado sem juros", reason: "Brazilian payment idiom.", rule: "payment-idiom" },
    ],
    score: 90,
  },
};

export const scoreBreakdown = [
  { name: "readability", score: 92, weight: 0.3, detail: "Short sentences, common words." },
  { name: "length_fit", score: 80, weight: 0.2, detail: "Within 15% of the target length." },
  { name: "call_to_action", score: 100, weight: 0.25, detail: "Has an imperative call to action." },
  { name: "market_idioms", score: 75, weight: 0.25, detail: "Uses the market's payment idiom." },
] as const;

/** Privacy notices per market; law and authority from the reference (source keys S159, S137, S210). */
export const complianceNotices: Readonly<
  Record<string, { law: string; authority: string; text: string; source: string }>
> = {
  "es-AR": {
    law: "Ley 25.326",
    authority: "AAIP",
    text: "Usamos tus datos para procesar tus compras y, si lo aceptás, para enviarte ofertas y medir el uso del sitio.",
    source: "S159",
  },
  "es-MX": {
    law: "LFPDPPP (2025)",
    authority: "Secretaría Anticorrupción y Buen Gobierno",
    text: "Usamos tus datos para procesar tus compras y, si lo aceptas, para enviarte ofertas y medir el uso del sitio.",
    source: "S137",
  },
  "pt-BR": {
    law: "LGPD (Lei 13.709/2018)",
    authority: "ANPD",
    text: "Usamos seus dados para processar suas compras e, se você permitir, para enviar ofertas e medir o uso do site.",
    source: "S210",
  },
};

export const consentPurposes = [
  { id: "necessary", label: "Necesarias", required: true },
  { id: "analytics", label: "Analítica", required: false },
  { id: "marketing", label: "Marketing", required: false },
] as const;
