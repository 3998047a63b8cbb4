import { eraseSubject, exportSubject, withdrawConsent } from "@frontier-ai/core";
import { z } from "zod";
import { complianceFor, complianceSettingsSchema } from "../compliance/service.ts";
import { permissionProcedure, router } from "../trpc.ts";

const subject = z.strictObject({ subjectId: z.string().trim().min(1).max(200) });
const market = z.string().regex(/^([a-z]{2,3}-)?[A-Za-z]{2}$/, "a market (AR) or a locale (es-AR)");

/** Consent and data-subject requests, the tenant's transfer settings and the policy check (admins). */
export const complianceRouter = router({
  recordConsent: permissionProcedure("compliance:write")
    .input(
      subject.extend({
        purpose: z.string().min(1).max(100),
        market,
        textVersion: z.string().min(1).max(100),
        granted: z.boolean().default(true),
      }),
    )
    .mutation(({ ctx, input }) => complianceFor(ctx.services).decide(ctx.principal.tenantId, input)),

  withdrawConsent: permissionProcedure("compliance:write")
    .input(subject.extend({ purpose: z.string().min(1).max(100) }))
    .mutation(({ ctx, input }) => {
      const service = complianceFor(ctx.services);
      return withdrawConsent(service.context(ctx.principal.tenantId), { tenantId: ctx.principal.tenantId, ...input });
    }),

  /** Access and portability: everything stored about the subject, decrypted. Audited (by hash). */
  exportSubject: permissionProcedure("compliance:read")
    .input(subject)
    .mutation(({ ctx, input }) => {
      const service = complianceFor(ctx.services);
      return exportSubject(service.context(ctx.principal.tenantId), { tenantId: ctx.principal.tenantId, ...input });
    }),

  /** Erasure: deletes every record of the subject; the audit entry keeps only the subject's hash and counts. */
  eraseSubject: permissionProcedure("compliance:write")
    .input(subject)
    .mutation(({ ctx, input }) => {
      const service = complianceFor(ctx.services);
      return eraseSubject(service.context(ctx.principal.tenantId), { tenantId: ctx.principal.tenantId, ...input });
    }),

  audit: permissionProcedure("audit:read").query(({ ctx }) =>
    complianceFor(ctx.services).store.listAudit(ctx.principal.tenantId),
  ),

  /** Deletes the tenant's records past their retention (Frontier's defaults lengthened by each law's minimum). */
  retentionSweep: permissionProcedure("compliance:write").mutation(({ ctx }) =>
    complianceFor(ctx.services).sweep(ctx.principal.tenantId, new Date(ctx.services.now())),
  ),

  /** Whether the tenant's text for a market may go to a provider: allow, allow-with-pseudonymization or refuse. */
  policy: permissionProcedure("compliance:read")
    .input(z.strictObject({ market, provider: z.string().min(1).max(40) }))
    .query(({ ctx, input }) => complianceFor(ctx.services).check(ctx.principal.tenantId, input.market, input.provider)),

  settings: permissionProcedure("compliance:read").query(({ ctx }) =>
    complianceFor(ctx.services).settings(ctx.principal.tenantId),
  ),

  saveSettings: permissionProcedure("compliance:write")
    .input(complianceSettingsSchema)
    .mutation(async ({ ctx, input }) => {
      await complianceFor(ctx.services).saveSettings(ctx.principal.tenantId, input);
      return complianceFor(ctx.services).settings(ctx.principal.tenantId);
    }),
});
