import type { Jurisdiction } from "../types.ts";

export const peru = {
  market: "PE",
  locales: ["es-PE"],
  name: "Peru",
  law: {
    title: "Ley 29733; Reglamento DS 016-2024-JUS (El Peruano 2024-11-30)",
    status: "in-force",
    inForceFrom: "2025-03-30",
    sources: ["S164", "S165", "S166", "S167", "S168"],
    verified: false,
    note: "Sources conflict on the reglamento's start: 2025-03-30 or 2025-03-31 [C]. Extraterritorial scope.",
  },
  authority: {
    name: "ANPD — Autoridad Nacional de Protección de Datos Personales (MINJUSDH)",
    sources: ["S164"],
    verified: true,
  },
  crossBorderTransfer: {
    usAdequate: null,
    acceptedBases: ["consent", "standard-contractual-clauses"],
    summary: "The 2024 reglamento specifies criteria for an 'adequate level' of protection at destination.",
    sources: ["S164"],
    verified: false,
    note: "Adequacy of the US and the mechanism are uncertain in the reference.",
  },
  dataSubjectRights: {
    rights: ["access", "rectification", "cancellation", "opposition", "portability"],
    responseDeadline: null,
    sources: ["S164", "S166"],
    verified: true,
  },
  breachNotification: {
    summary: "Notify the ANPD within 48 hours.",
    authorityDeadlineHours: 48,
    sources: ["S164", "S166"],
    verified: true,
  },
  retention: { summary: "Keep data only as long as the purpose needs.", sources: [], verified: false },
} as const satisfies Jurisdiction;
