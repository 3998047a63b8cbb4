import type { Jurisdiction } from "../types.ts";

export const argentina = {
  market: "AR",
  locales: ["es-AR"],
  name: "Argentina",
  law: {
    title: "Ley 25.326 (2000); Decreto 1558/2001",
    status: "in-force",
    sources: ["S159", "S270"],
    verified: true,
    note: "The 2023 replacement bill (MENSJ-2023-87-APN-PTE) was not enacted [U status]. No Llame registry: Ley 26.951.",
  },
  authority: {
    name: "AAIP — Agencia de Acceso a la Información Pública (Dirección Nacional de Protección de Datos Personales)",
    sources: ["S159", "S162"],
    verified: true,
  },
  crossBorderTransfer: {
    usAdequate: false,
    acceptedBases: ["standard-contractual-clauses", "consent"],
    summary:
      "Ley 25.326 art. 12 prohibits transfers to non-adequate countries, with exceptions (judicial, medical, bank, " +
      "treaties, anti-crime). Model contractual clauses or consent are the practical mechanism.",
    sources: ["S159"],
    verified: false,
    note: "US status and model clauses (Disposición 60-E/2016) not verified (reference §10.4).",
  },
  dataSubjectRights: {
    rights: ["access", "rectification", "deletion"],
    responseDeadline: null,
    sources: ["S159"],
    verified: false,
  },
  breachNotification: {
    summary: "No general statutory deadline.",
    authorityDeadlineHours: null,
    sources: [],
    verified: false,
  },
  retention: { summary: "Keep data only as long as the purpose needs.", sources: [], verified: false },
} as const satisfies Jurisdiction;
