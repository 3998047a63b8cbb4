import type { Jurisdiction } from "../types.ts";

export const nicaragua = {
  market: "NI",
  locales: ["es-NI"],
  name: "Nicaragua",
  law: {
    title: "Ley 787 (2012-03-21; Gaceta 2012-03-29); Decreto 36-2012",
    status: "not-enforceable",
    sources: ["S197", "S198", "S199"],
    verified: true,
    note: "The authority (DIPRODAP) was never established.",
  },
  authority: null,
  crossBorderTransfer: {
    usAdequate: null,
    acceptedBases: ["consent"],
    summary: "Not practically enforceable.",
    sources: ["S197"],
    verified: false,
  },
  dataSubjectRights: {
    rights: ["access", "rectification", "deletion", "objection"],
    responseDeadline: null,
    sources: ["S198"],
    verified: true,
  },
  breachNotification: { summary: "Not in the reference.", authorityDeadlineHours: null, sources: [], verified: false },
  retention: {
    summary: "Keep data only as long as the purpose needs (no specific period in the reference).",
    sources: [],
    verified: false,
  },
} as const satisfies Jurisdiction;
