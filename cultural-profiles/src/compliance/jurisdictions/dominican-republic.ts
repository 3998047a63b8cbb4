import type { Jurisdiction } from "../types.ts";

export const dominicanRepublic = {
  market: "DO",
  locales: ["es-DO"],
  name: "Dominican Republic",
  law: {
    title: "Ley 172-13 (2013-12-13); Constitution art. 44(2) habeas data",
    status: "in-force",
    sources: ["S200", "S201", "S202"],
    verified: true,
    note: "No general data-protection authority.",
  },
  authority: null,
  crossBorderTransfer: {
    usAdequate: null,
    acceptedBases: ["consent"],
    summary: "Not detailed in the reference.",
    sources: [],
    verified: false,
  },
  dataSubjectRights: {
    rights: ["access", "rectification", "deletion"],
    responseDeadline: null,
    sources: ["S200", "S201"],
    verified: true,
  },
  breachNotification: {
    summary: "No general duty; INDOTEL telecom rules require breach notice.",
    authorityDeadlineHours: null,
    sources: ["S200"],
    verified: true,
  },
  retention: {
    summary: "Keep data only as long as the purpose needs (no specific period in the reference).",
    sources: [],
    verified: false,
  },
} as const satisfies Jurisdiction;
