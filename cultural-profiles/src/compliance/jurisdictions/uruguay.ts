import type { Jurisdiction } from "../types.ts";

export const uruguay = {
  market: "UY",
  locales: ["es-UY"],
  name: "Uruguay",
  law: {
    title: "Ley 18.331 (2008); Ley 19.670 arts. 37–40; Decreto 64/020 (DO 2020-02-21)",
    status: "in-force",
    sources: ["S169", "S170", "S171", "S172"],
    verified: true,
    note: "EU-adequate country; extraterritorial when offering goods or services to inhabitants.",
  },
  authority: {
    name: "URCDP — Unidad Reguladora y de Control de Datos Personales",
    sources: ["S170"],
    verified: true,
  },
  crossBorderTransfer: {
    usAdequate: false,
    acceptedBases: ["standard-contractual-clauses", "consent"],
    summary: "A DPIA is required for transfers to non-adequate countries; contract clauses or consent.",
    sources: ["S170"],
    verified: false,
    note: "US adequacy and the mechanism are uncertain in the reference.",
  },
  dataSubjectRights: {
    rights: ["access", "rectification", "cancellation", "opposition"],
    responseDeadline: null,
    sources: [],
    verified: false,
  },
  breachNotification: {
    summary:
      "Take measures within 24 h; notify the URCDP within 72 h; notify data subjects if their rights are " +
      "significantly affected.",
    authorityDeadlineHours: 72,
    sources: ["S169", "S171", "S172"],
    verified: true,
  },
  retention: { summary: "Keep data only as long as the purpose needs.", sources: [], verified: false },
} as const satisfies Jurisdiction;
