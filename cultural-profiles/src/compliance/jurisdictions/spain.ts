import type { Jurisdiction } from "../types.ts";

// The reference gives Spain as a contrast market and tags every cell as background knowledge: all unverified.
export const spain = {
  market: "ES",
  locales: ["es-ES"],
  name: "Spain",
  law: {
    title: "GDPR (Regulation (EU) 2016/679) + LOPDGDD (LO 3/2018); LSSI (Ley 34/2002) art. 21 for commercial e-mail",
    status: "in-force",
    sources: [],
    verified: false,
  },
  authority: { name: "AEPD — Agencia Española de Protección de Datos", sources: [], verified: false },
  crossBorderTransfer: {
    usAdequate: null,
    acceptedBases: ["adequacy", "standard-contractual-clauses"],
    summary: "GDPR chapter V: adequacy decision or appropriate safeguards such as standard contractual clauses.",
    sources: [],
    verified: false,
  },
  dataSubjectRights: {
    rights: ["access", "rectification", "erasure", "restriction", "portability", "objection"],
    responseDeadline: { amount: 30, unit: "days" },
    sources: [],
    verified: false,
    note: "GDPR arts. 15–22; one month to answer (art. 12), stored as 30 days.",
  },
  breachNotification: {
    summary: "Notify the supervisory authority within 72 hours (GDPR art. 33).",
    authorityDeadlineHours: 72,
    sources: [],
    verified: false,
  },
  retention: { summary: "Storage limitation (GDPR art. 5(1)(e)).", sources: [], verified: false },
} as const satisfies Jurisdiction;
