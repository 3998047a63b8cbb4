import type { Jurisdiction } from "../types.ts";

export const mexico = {
  market: "MX",
  locales: ["es-MX"],
  name: "Mexico",
  law: {
    title: "LFPDPPP — Ley Federal de Protección de Datos Personales en Posesión de los Particulares (DOF 2025-03-20)",
    status: "in-force",
    inForceFrom: "2025-03-21",
    sources: ["S137", "S138", "S139", "S140", "S141", "S142", "S143"],
    verified: true,
    note: "Abrogates the 2010 law. Article numbers for transfers, rights and DPO are uncertain (reference §10.1).",
  },
  authority: {
    name: "Secretaría Anticorrupción y Buen Gobierno (SABG), Dirección General de Datos Personales",
    sources: ["S139", "S140"],
    verified: true,
    note: "INAI was extinguished.",
  },
  crossBorderTransfer: {
    usAdequate: null,
    acceptedBases: ["consent", "standard-contractual-clauses"],
    summary:
      "Under the 2025 law transfers need not be notified as a general rule; new consent if the purpose differs. A " +
      "model provider processing on the merchant's behalf is a processor ('encargado', 'remisión').",
    sources: ["S138"],
    verified: false,
    note: "Processor relationship and exact articles are uncertain in the reference.",
  },
  dataSubjectRights: {
    rights: ["access", "rectification", "cancellation", "opposition"],
    responseDeadline: null,
    sources: ["S137", "S139"],
    verified: true,
    note: "ARCO rights; the response deadline under the 2025 law is not in the reference.",
  },
  breachNotification: {
    summary:
      "Art. 19: inform data subjects of breaches without undue delay; notice to the authority not always required.",
    authorityDeadlineHours: null,
    sources: ["S144"],
    verified: false,
    note: "Low-reliability source (partly describes the 2010 regime).",
  },
  retention: {
    summary:
      "Keep data only for the purposes in the privacy notice (art. 14 separates necessary and voluntary purposes).",
    sources: ["S138"],
    verified: false,
  },
} as const satisfies Jurisdiction;
