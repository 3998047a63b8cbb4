import type { Jurisdiction } from "../types.ts";

export const panama = {
  market: "PA",
  locales: ["es-PA"],
  name: "Panama",
  law: {
    title: "Ley 81 de 2019-03-26; Reglamento DE 285 de 2021-05-28",
    status: "in-force",
    inForceFrom: "2021-03-29",
    sources: ["S179", "S180", "S181", "S182", "S183"],
    verified: true,
  },
  authority: {
    name: "ANTAI — Autoridad Nacional de Transparencia y Acceso a la Información",
    sources: ["S180", "S181"],
    verified: true,
  },
  crossBorderTransfer: {
    usAdequate: null,
    acceptedBases: ["consent", "standard-contractual-clauses"],
    summary: "Transfers allowed if controller and destination country meet equal or higher standards.",
    sources: ["S182"],
    verified: false,
    note: "Adequacy of the US uncertain.",
  },
  dataSubjectRights: {
    rights: ["access", "rectification", "cancellation", "opposition", "portability"],
    responseDeadline: null,
    sources: ["S181", "S182"],
    verified: true,
  },
  breachNotification: {
    summary: "Deadline uncertain (background: 72 h).",
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
