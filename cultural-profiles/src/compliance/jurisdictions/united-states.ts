import type { Jurisdiction } from "../types.ts";

export const unitedStates = {
  market: "US",
  locales: ["es-US"],
  name: "United States (Hispanic market)",
  law: {
    title: "No federal omnibus law; CAN-SPAM, TCPA, state laws (CCPA/CPRA …)",
    status: "no-comprehensive-law",
    sources: [],
    verified: false,
  },
  authority: { name: "FTC / FCC / state attorneys general", sources: [], verified: false },
  crossBorderTransfer: {
    usAdequate: true,
    acceptedBases: ["adequacy"],
    summary: "Processing in the US stays under US law.",
    sources: [],
    verified: false,
  },
  dataSubjectRights: { rights: [], responseDeadline: null, sources: [], verified: false },
  breachNotification: { summary: "State laws.", authorityDeadlineHours: null, sources: [], verified: false },
  retention: {
    summary: "Keep data only as long as the purpose needs (no specific period in the reference).",
    sources: [],
    verified: false,
  },
} as const satisfies Jurisdiction;
