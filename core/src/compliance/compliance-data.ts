import { z } from "zod";

/**
 * The shapes core reads from @frontier-ai/cultural-profiles' compliance data (jurisdictions and claims rules).
 * The data package cannot import core, so the contract is checked here, at the edge, with zod: the server (or a
 * test) parses the data once and passes the typed values down.
 */

const sourced = {
  sources: z.array(z.string()).readonly(),
  verified: z.boolean(),
  note: z.string().optional(),
};

export const transferBases = ["adequacy", "standard-contractual-clauses", "consent", "prior-authorization"] as const;
export type TransferBasis = (typeof transferBases)[number];

export const jurisdictionSchema = z.object({
  market: z.string().regex(/^[A-Z]{2}$/),
  locales: z.array(z.string()).readonly(),
  name: z.string(),
  law: z.object({
    ...sourced,
    title: z.string(),
    status: z.enum(["in-force", "enacted-not-in-force", "no-comprehensive-law", "not-enforceable"]),
    inForceFrom: z.iso.date().optional(),
  }),
  authority: z.object({ ...sourced, name: z.string() }).nullable(),
  crossBorderTransfer: z.object({
    ...sourced,
    usAdequate: z.boolean().nullable(),
    acceptedBases: z.array(z.enum(transferBases)).readonly(),
    summary: z.string(),
  }),
  dataSubjectRights: z.object({
    ...sourced,
    rights: z.array(z.string()).readonly(),
    responseDeadline: z.object({ amount: z.number().positive(), unit: z.enum(["days", "business-days"]) }).nullable(),
  }),
  breachNotification: z.object({ ...sourced, summary: z.string(), authorityDeadlineHours: z.number().nullable() }),
  retention: z.object({
    ...sourced,
    summary: z.string(),
    minimumKeepDays: z.record(z.string(), z.number().nonnegative()).optional(),
  }),
});

export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

export const claimRuleSchema = z.object({
  id: z.string().min(1),
  markets: z.array(z.string()).readonly(),
  kind: z.enum(["requires-disclosure", "flag-phrase"]),
  trigger: z.string().min(1),
  requires: z.string().optional(),
  unless: z.string().optional(),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string(),
  suggestion: z.string().optional(),
  citation: z.object({ ...sourced, text: z.string() }),
  examples: z.object({ violating: z.array(z.string()).readonly(), clean: z.array(z.string()).readonly() }),
});

export type ClaimRule = z.infer<typeof claimRuleSchema>;

/** Raised when compliance data does not have the shape core reads. */
export class ComplianceDataError extends Error {
  override readonly name = "ComplianceDataError";
  readonly code = "invalid_compliance_data";
  readonly issues: readonly string[];

  constructor(issues: readonly string[], options?: { cause?: unknown }) {
    super(`Invalid compliance data: ${issues.slice(0, 5).join("; ")}`, options);
    this.issues = issues;
  }
}

function parseWith<T>(schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ComplianceDataError(issues, { cause: result.error });
  }
  return result.data;
}

export function parseJurisdictions(data: unknown): Readonly<Record<string, Jurisdiction>> {
  return parseWith(z.record(z.string(), jurisdictionSchema), data);
}

/** Parses claims rules and checks every pattern compiles, so a bad rule fails at load, not mid-lint. */
export function parseClaimRules(data: unknown): readonly ClaimRule[] {
  const rules = parseWith(z.array(claimRuleSchema), data);
  const issues: string[] = [];
  for (const rule of rules) {
    for (const pattern of [rule.trigger, rule.requires, rule.unless]) {
      if (pattern === undefined) continue;
      try {
        new RegExp(pattern, "giu");
      } catch (error) {
        issues.push(`${rule.id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if ((rule.kind === "requires-disclosure") !== (rule.requires !== undefined)) {
      issues.push(`${rule.id}: "requires" goes with kind "requires-disclosure" only`);
    }
  }
  if (issues.length > 0) throw new ComplianceDataError(issues);
  return rules;
}
