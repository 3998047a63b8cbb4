import type { Jurisdiction } from "../types.ts";

export const honduras = {
  market: "HN",
  locales: ["es-HN"],
  name: "Honduras",
  law: {
    title: "No comprehensive law; Constitution arts. 76, 182 (habeas data, 2013 reform)",
    status: "no-comprehensive-law",
    sources: ["S206", "S208"],
    verified: true,
  },
  authority: null,
  crossBorderTransfer: {
    usAdequate: null,
    acceptedBases: [],
    summary: "No transfer rule.",
    sources: ["S206"],
    verified: true,
  },
  dataSubjectRights: { rights: ["habeas-data"], responseDeadline: null, sources: ["S206"], verified: true },
  breachNotification: { summary: "No rule.", authorityDeadlineHours: null, sources: ["S206", "S208"], verified: true },
  retention: {
    summary: "Keep data only as long as the purpose needs (no specific period in the reference).",
    sources: [],
    verified: false,
  },
} as const satisfies Jurisdiction;
