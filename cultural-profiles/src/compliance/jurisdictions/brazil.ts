import type { Jurisdiction } from "../types.ts";

export const brazil = {
  market: "BR",
  locales: ["pt-BR"],
  name: "Brazil",
  law: {
    title: "LGPD — Lei 13.709/2018 (amended by Lei 13.853/2019)",
    status: "in-force",
    inForceFrom: "2020-08-16",
    sources: ["S209", "S211", "S212", "S213", "S214"],
    verified: true,
    note: "Sanctions apply from 2021-08-01.",
  },
  authority: { name: "ANPD — Autoridade Nacional de Proteção de Dados", sources: ["S211"], verified: true },
  crossBorderTransfer: {
    usAdequate: false,
    acceptedBases: ["standard-contractual-clauses", "consent"],
    summary:
      "LGPD art. 33: adequate country or controller guarantees (specific or standard clauses, global corporate rules, " +
      "seals). No ANPD adequacy decisions; ANPD standard contractual clauses (Res. CD/ANPD 19/2024) had to be in " +
      "existing contracts by 2025-08-23. List destination countries in the privacy notice.",
    sources: ["S210", "S211"],
    verified: true,
    note: "Consent as a transfer basis (art. 33 VIII) is background knowledge, not in the reference.",
  },
  dataSubjectRights: {
    rights: [
      "confirmation",
      "access",
      "correction",
      "anonymization-blocking-deletion",
      "portability",
      "deletion",
      "information-on-sharing",
      "revoke-consent",
    ],
    responseDeadline: null,
    sources: ["S214"],
    verified: false,
    note: "Arts. 17–22 (art. 18 list) per the reference; the list detail and deadline are not sourced.",
  },
  breachNotification: {
    summary:
      "Res. CD/ANPD 15/2024: notify ANPD and data subjects within 3 business days of knowing (doubled for small " +
      "agents); complement within 20 business days; public notice ≥ 90 days if individual notice is impossible.",
    authorityDeadlineHours: 72,
    sources: ["S209"],
    verified: true,
    note: "3 business days stored as 72 hours, the shortest reading.",
  },
  retention: {
    summary: "Keep personal data only as long as the purpose needs; keep security-incident records at least 5 years.",
    minimumKeepDays: { "incident-record": 5 * 365 },
    sources: ["S209"],
    verified: true,
  },
} as const satisfies Jurisdiction;
