import type { Jurisdiction } from "../types.ts";

export const paraguay = {
  market: "PY",
  locales: ["es-PY"],
  name: "Paraguay",
  law: {
    title: "Ley 7593/2025 De Protección de Datos Personales (promulgated 2025-11-27)",
    status: "enacted-not-in-force",
    inForceFrom: "2027-11-27",
    sources: ["S188", "S189", "S190", "S191"],
    verified: false,
    note: "Enters into force 24 months after promulgation (~2027-11-27); Ley 6534/2020 (credit data) stays partly.",
  },
  authority: {
    name: "Agencia Nacional de Protección de Datos Personales (within MITIC)",
    sources: ["S188", "S191"],
    verified: true,
  },
  crossBorderTransfer: {
    usAdequate: null,
    acceptedBases: ["consent", "standard-contractual-clauses"],
    summary: "The law requires transparency about international transfers; not in force until ~2027-11.",
    sources: ["S189"],
    verified: false,
  },
  dataSubjectRights: {
    rights: ["access", "rectification", "opposition", "deletion", "portability", "revoke-consent"],
    responseDeadline: null,
    sources: ["S188", "S189"],
    verified: true,
  },
  breachNotification: { summary: "Not in the reference.", authorityDeadlineHours: null, sources: [], verified: false },
  retention: {
    summary: "Keep data only as long as the purpose needs (no specific period in the reference).",
    sources: [],
    verified: false,
  },
} as const satisfies Jurisdiction;
