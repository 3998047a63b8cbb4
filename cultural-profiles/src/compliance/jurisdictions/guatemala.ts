import type { Jurisdiction } from "../types.ts";

export const guatemala = {
  market: "GT",
  locales: ["es-GT"],
  name: "Guatemala",
  law: {
    title: "No comprehensive law; Constitution art. 31; Decreto 57-2008 (access to public information)",
    status: "no-comprehensive-law",
    sources: ["S205", "S208"],
    verified: true,
  },
  authority: null,
  crossBorderTransfer: {
    usAdequate: null,
    acceptedBases: [],
    summary: "No transfer rule.",
    sources: ["S205"],
    verified: true,
  },
  dataSubjectRights: { rights: ["habeas-data-access"], responseDeadline: null, sources: ["S205"], verified: true },
  breachNotification: { summary: "No rule.", authorityDeadlineHours: null, sources: ["S205", "S208"], verified: true },
  retention: {
    summary: "Keep data only as long as the purpose needs (no specific period in the reference).",
    sources: [],
    verified: false,
  },
} as const satisfies Jurisdiction;
