import type { Jurisdiction } from "../types.ts";

export const puertoRico = {
  market: "PR",
  locales: ["es-PR"],
  name: "Puerto Rico",
  law: {
    title: "US federal law (FTC Act, CAN-SPAM, TCPA, COPPA) + PR breach-notification law (Ley 111-2005)",
    status: "no-comprehensive-law",
    sources: [],
    verified: false,
  },
  authority: { name: "FTC / FCC; PR DACO", sources: [], verified: false },
  crossBorderTransfer: {
    usAdequate: true,
    acceptedBases: ["adequacy"],
    summary: "Processing in the US stays under US law.",
    sources: [],
    verified: false,
  },
  dataSubjectRights: { rights: [], responseDeadline: null, sources: [], verified: false },
  breachNotification: {
    summary: "PR breach-notification law (Ley 111-2005).",
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
