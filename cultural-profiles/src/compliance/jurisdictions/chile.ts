import type { Jurisdiction } from "../types.ts";

export const chile = {
  market: "CL",
  locales: ["es-CL"],
  name: "Chile",
  law: {
    title: "Ley 19.628 as rewritten by Ley 21.719 (DO 2024-12-13)",
    status: "enacted-not-in-force",
    inForceFrom: "2026-12-01",
    sources: ["S145", "S146", "S147", "S150", "S151", "S152", "S277"],
    verified: true,
    note: "Until 2026-12-01 the original Ley 19.628 applies. Extraterritorial (art. 1 bis).",
  },
  authority: { name: "Agencia de Protección de Datos Personales", sources: ["S145", "S150"], verified: true },
  crossBorderTransfer: {
    usAdequate: null,
    acceptedBases: ["adequacy", "standard-contractual-clauses", "consent"],
    summary:
      "Ley 21.719 art. 27: adequate country (art. 28), contractual clauses or BCR, compliance model or certification; " +
      "otherwise a specific, non-habitual transfer with express consent. Model clauses: Resolución exenta " +
      "RAEX202503748 (2025-12-11).",
    sources: ["S148", "S149"],
    verified: true,
    note: "No adequacy list cited; the issuer of the model-clause resolution is uncertain (reference §10.2).",
  },
  dataSubjectRights: {
    rights: ["access", "rectification", "suppression", "opposition", "portability"],
    responseDeadline: null,
    sources: ["S145", "S150"],
    verified: true,
  },
  breachNotification: {
    summary: "Report security breaches with a reasonable risk to the Agency.",
    authorityDeadlineHours: null,
    sources: ["S152"],
    verified: false,
    note: "Wording and deadline uncertain (reference §10.2).",
  },
  retention: {
    summary: "Principles of purpose and proportionality (art. 3): keep data only as long as the purpose needs.",
    sources: ["S145"],
    verified: true,
  },
} as const satisfies Jurisdiction;
