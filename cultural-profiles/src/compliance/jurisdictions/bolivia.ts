import type { Jurisdiction } from "../types.ts";

export const bolivia = {
  market: "BO",
  locales: ["es-BO"],
  name: "Bolivia",
  law: {
    title: "No comprehensive law; constitutional Acción de Protección de Privacidad",
    status: "no-comprehensive-law",
    sources: ["S207"],
    verified: true,
    note: "Article numbers uncertain.",
  },
  authority: null,
  crossBorderTransfer: {
    usAdequate: null,
    acceptedBases: [],
    summary: "No transfer rule.",
    sources: ["S207"],
    verified: true,
  },
  dataSubjectRights: {
    rights: ["privacy-protection-action"],
    responseDeadline: null,
    sources: ["S207"],
    verified: true,
  },
  breachNotification: { summary: "No rule.", authorityDeadlineHours: null, sources: ["S207"], verified: true },
  retention: {
    summary: "Keep data only as long as the purpose needs (no specific period in the reference).",
    sources: [],
    verified: false,
  },
} as const satisfies Jurisdiction;
