import type { Jurisdiction } from "../types.ts";

export const colombia = {
  market: "CO",
  locales: ["es-CO"],
  name: "Colombia",
  law: {
    title: "Ley 1581/2012; Decreto 1377/2013 (in Decreto 1074/2015)",
    status: "in-force",
    sources: ["S153", "S155", "S156", "S157", "S158"],
    verified: true,
  },
  authority: {
    name: "SIC — Superintendencia de Industria y Comercio (Delegatura de Protección de Datos)",
    sources: ["S155", "S156"],
    verified: true,
  },
  crossBorderTransfer: {
    usAdequate: true,
    acceptedBases: ["adequacy"],
    summary:
      "Ley 1581 art. 26 prohibits transfers to non-adequate countries with exceptions; the US is on the SIC adequate " +
      "list (Circular Externa 005/2017; also 008/2017, 002/2018). Accountability still applies (art. 26 Decreto 1377/2013).",
    sources: ["S153", "S154"],
    verified: true,
  },
  dataSubjectRights: {
    rights: ["know", "update", "rectify", "revoke-authorization", "delete"],
    responseDeadline: null,
    sources: ["S153"],
    verified: false,
    note: "The list is tagged uncertain in the reference.",
  },
  breachNotification: {
    summary: "Report incidents to the SIC within 15 business days (duty art. 17 lit. n).",
    authorityDeadlineHours: 15 * 24,
    sources: ["S157", "S158"],
    verified: true,
    note: "15 business days stored as 15 calendar days, the shortest reading.",
  },
  retention: {
    summary: "Keep data only as long as the authorized purpose needs.",
    sources: [],
    verified: false,
  },
} as const satisfies Jurisdiction;
