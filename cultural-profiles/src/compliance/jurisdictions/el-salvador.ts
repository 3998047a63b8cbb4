import type { Jurisdiction } from "../types.ts";

export const elSalvador = {
  market: "SV",
  locales: ["es-SV"],
  name: "El Salvador",
  law: {
    title: "Ley para la Protección de Datos Personales (DO 2024-11-15) + Ley de Ciberseguridad",
    status: "in-force",
    inForceFrom: "2024-11-23",
    sources: ["S192", "S193", "S194", "S195", "S196"],
    verified: true,
    note: "ACE data-protection policies in force 2025-09-03.",
  },
  authority: { name: "ACE — Agencia de Ciberseguridad del Estado", sources: ["S193", "S195"], verified: true },
  crossBorderTransfer: {
    usAdequate: null,
    acceptedBases: ["consent"],
    summary: "Applies also to international operations involving Salvadorans; explicit consent (ACE policies).",
    sources: ["S193", "S195"],
    verified: false,
  },
  dataSubjectRights: {
    rights: ["access", "rectification", "cancellation", "opposition", "portability", "forgetting", "limitation"],
    responseDeadline: null,
    sources: ["S193"],
    verified: false,
  },
  breachNotification: {
    summary: "Report to ACE, Fiscalía and data subjects within 72 h (ACE policies).",
    authorityDeadlineHours: 72,
    sources: ["S195"],
    verified: true,
  },
  retention: {
    summary: "Keep data only as long as the purpose needs (no specific period in the reference).",
    sources: [],
    verified: false,
  },
} as const satisfies Jurisdiction;
