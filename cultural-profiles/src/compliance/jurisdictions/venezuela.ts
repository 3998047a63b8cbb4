import type { Jurisdiction } from "../types.ts";

export const venezuela = {
  market: "VE",
  locales: ["es-VE"],
  name: "Venezuela",
  law: {
    title: "No comprehensive law; Constitution arts. 28 (habeas data), 60",
    status: "no-comprehensive-law",
    sources: [],
    verified: false,
  },
  authority: null,
  crossBorderTransfer: {
    usAdequate: null,
    acceptedBases: [],
    summary: "No transfer rule.",
    sources: [],
    verified: false,
  },
  dataSubjectRights: { rights: ["habeas-data"], responseDeadline: null, sources: [], verified: false },
  breachNotification: { summary: "No rule.", authorityDeadlineHours: null, sources: [], verified: false },
  retention: {
    summary: "Keep data only as long as the purpose needs (no specific period in the reference).",
    sources: [],
    verified: false,
  },
} as const satisfies Jurisdiction;
