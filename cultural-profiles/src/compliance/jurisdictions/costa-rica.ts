import type { Jurisdiction } from "../types.ts";

export const costaRica = {
  market: "CR",
  locales: ["es-CR"],
  name: "Costa Rica",
  law: {
    title: "Ley 8968 (La Gaceta 2011-09-05); reglamento 2012, reformed 2016",
    status: "in-force",
    sources: ["S184", "S185", "S186", "S187"],
    verified: true,
  },
  authority: {
    name: "PRODHAB — Agencia de Protección de Datos de los Habitantes",
    sources: ["S184", "S185"],
    verified: true,
  },
  crossBorderTransfer: {
    usAdequate: null,
    acceptedBases: ["consent"],
    summary: "Not detailed in the reference.",
    sources: [],
    verified: false,
  },
  dataSubjectRights: {
    rights: ["access", "rectification", "cancellation", "opposition"],
    responseDeadline: null,
    sources: [],
    verified: false,
  },
  breachNotification: {
    summary: "Deadline uncertain (background: 5 business days).",
    authorityDeadlineHours: null,
    sources: [],
    verified: false,
  },
  retention: {
    summary: "Keep data only as long as the purpose needs (no specific period in the reference).",
    sources: [],
    verified: false,
  },
} as const satisfies Jurisdiction;
