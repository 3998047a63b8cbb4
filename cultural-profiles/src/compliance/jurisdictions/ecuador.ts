import type { Jurisdiction } from "../types.ts";

export const ecuador = {
  market: "EC",
  locales: ["es-EC"],
  name: "Ecuador",
  law: {
    title: "LOPDP, RO 5º Supl. 459 (2021-05-26); Reglamento DE 904 (2023-11-06)",
    status: "in-force",
    sources: ["S173", "S174", "S175", "S176", "S178"],
    verified: true,
    note: "Sanction regime since May 2023; non-domiciled controllers appoint an apoderado unless processing is occasional.",
  },
  authority: {
    name: "SPDP — Superintendencia de Protección de Datos Personales",
    sources: ["S173", "S178"],
    verified: true,
  },
  crossBorderTransfer: {
    usAdequate: null,
    acceptedBases: ["consent", "standard-contractual-clauses"],
    summary: "Not detailed in the reference.",
    sources: [],
    verified: false,
  },
  dataSubjectRights: {
    rights: ["access", "rectification", "cancellation", "opposition", "portability"],
    responseDeadline: null,
    sources: [],
    verified: false,
  },
  breachNotification: {
    summary: "To the authority; deadline uncertain (background says 5 days).",
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
