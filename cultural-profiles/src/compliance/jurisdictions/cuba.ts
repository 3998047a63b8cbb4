import type { Jurisdiction } from "../types.ts";

export const cuba = {
  market: "CU",
  locales: ["es-CU"],
  name: "Cuba",
  law: {
    title: "Ley 149/2022 (Gaceta Oficial No. 90 Ord., 2022-08-25)",
    status: "in-force",
    sources: ["S203", "S204"],
    verified: true,
    note: "Tacit consent valid.",
  },
  authority: null,
  crossBorderTransfer: {
    usAdequate: false,
    acceptedBases: ["prior-authorization"],
    summary: "International transfers require prior authorization of official bodies, only in listed cases: avoid.",
    sources: ["S204"],
    verified: true,
  },
  dataSubjectRights: {
    rights: ["access", "rectification", "deletion"],
    responseDeadline: { amount: 10, unit: "days" },
    sources: ["S204"],
    verified: true,
  },
  breachNotification: { summary: "Not in the reference.", authorityDeadlineHours: null, sources: [], verified: false },
  retention: {
    summary: "Keep data only as long as the purpose needs (no specific period in the reference).",
    sources: [],
    verified: false,
  },
} as const satisfies Jurisdiction;
