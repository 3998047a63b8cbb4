import { randomUUID } from "node:crypto";
import {
  type ComplianceContext,
  type ConsentRecord,
  isPastRetention,
  type Jurisdiction,
  localProviders,
  type PolicyResult,
  parseJurisdictions,
  policy,
  type RetainedKind,
  recordConsent,
  type TenantComplianceSettings,
  withdrawConsent,
} from "@frontier-ai/core";
import { jurisdictions as jurisdictionData, resolveMarket } from "@frontier-ai/cultural-profiles";
import { z } from "zod";
import type { Services } from "../context.ts";
import { UnprocessableError } from "../errors.ts";
import { DatabaseComplianceStore } from "./database-store.ts";
import { complianceCipher, tenantSalt } from "./keys.ts";
import { buildNotice, type ConsentNotice } from "./notice.ts";

export const complianceSettingsSchema = z.strictObject({
  crossBorderTransfer: z.enum(["allowed", "forbidden"]).optional(),
  pseudonymize: z.boolean().optional(),
  transferBases: z
    .array(z.enum(["adequacy", "standard-contractual-clauses", "consent", "prior-authorization"]))
    .max(4)
    .optional(),
});

const settingsName = "compliance";
const retainedKinds: readonly string[] = ["vault", "feedback", "consent-record", "audit-entry", "incident-record"];

export interface ComplianceService {
  store: DatabaseComplianceStore;
  jurisdictions: Readonly<Record<string, Jurisdiction>>;
  /** The consent notice for `AR` or `es-AR`, built once per market. */
  notice(market: string): ConsentNotice;
  context(tenantId: string): ComplianceContext;
  /** A consent decision from a storefront: granted records a consent, refused withdraws and keeps the refusal. */
  decide(
    tenantId: string,
    input: { subjectId: string; purpose: string; market: string; textVersion: string; granted: boolean },
  ): Promise<ConsentRecord>;
  settings(tenantId: string): Promise<TenantComplianceSettings>;
  saveSettings(tenantId: string, settings: TenantComplianceSettings): Promise<void>;
  check(tenantId: string, market: string, provider: string): Promise<PolicyResult>;
  /** Throws 422 when the tenant's policy refuses sending its text for `markets` to `provider`. */
  assertTransferAllowed(tenantId: string, provider: string | undefined, markets: readonly string[]): Promise<void>;
  /** Deletes the tenant's records past their retention; returns how many went. */
  sweep(tenantId: string, now: Date): Promise<{ deleted: number; kept: number }>;
}

const services = new WeakMap<Services, ComplianceService>();

/** The compliance service for a server's services, built on first use and kept for the process. */
export function complianceFor(server: Services): ComplianceService {
  const existing = services.get(server);
  if (existing) return existing;
  const created = createComplianceService(server);
  services.set(server, created);
  return created;
}

/** `es-AR`, `AR` or `argentina` → `AR` (the profile's country when the cultural profiles know the market). */
export function marketCode(value: string): string {
  const known = resolveMarket(value);
  if (known) return known.country;
  const parts = value.split("-");
  return (parts[1] ?? parts[0] ?? "").toUpperCase();
}

function createComplianceService(server: Services): ComplianceService {
  const { repository, keys, config } = server;
  const jurisdictions = parseJurisdictions(jurisdictionData);
  const salt = (tenantId: string) => tenantSalt(keys, tenantId);
  const store = new DatabaseComplianceStore(repository, complianceCipher(config, keys), salt);
  const context = (tenantId: string): ComplianceContext => ({
    store,
    tenantSalt: salt(tenantId),
    now: () => new Date(server.now()),
  });
  const settings = async (tenantId: string): Promise<TenantComplianceSettings> => {
    const parsed = complianceSettingsSchema.safeParse(await repository.tenantSettings.get(tenantId, settingsName));
    return parsed.success ? parsed.data : {};
  };
  const check = async (tenantId: string, market: string, provider: string) =>
    policy({ tenantSettings: await settings(tenantId), market: marketCode(market), provider, jurisdictions });

  const notices = new Map<string, ConsentNotice>();
  return {
    store,
    jurisdictions,
    notice(market) {
      let notice = notices.get(market);
      if (!notice) {
        notice = buildNotice(market, jurisdictions);
        notices.set(market, notice);
      }
      return notice;
    },
    context,
    async decide(tenantId, input) {
      const base = { tenantId, subjectId: input.subjectId, purpose: input.purpose };
      if (input.granted)
        return recordConsent(context(tenantId), { ...base, ...input, market: marketCode(input.market) });
      // A refusal withdraws what stood (audited) and is kept as proof, withdrawn from the moment it was given.
      await withdrawConsent(context(tenantId), base);
      const at = new Date(server.now()).toISOString();
      const record: ConsentRecord = {
        id: randomUUID(),
        ...base,
        market: marketCode(input.market),
        textVersion: input.textVersion,
        grantedAt: at,
        withdrawnAt: at,
      };
      await store.saveConsent(record);
      return record;
    },
    settings,
    async saveSettings(tenantId, value) {
      await repository.tenantSettings.put(tenantId, settingsName, complianceSettingsSchema.parse(value));
    },
    check,
    async assertTransferAllowed(tenantId, provider, markets) {
      // Without a named provider, the router may pick any configured one: every remote one must be allowed.
      const candidates = provider ? [provider] : server.models.providers.filter((id) => !localProviders.includes(id));
      if (candidates.every((id) => localProviders.includes(id))) return;
      const tenantSettings = await settings(tenantId);
      for (const candidate of candidates) {
        for (const market of markets) {
          const result = policy({ tenantSettings, market: marketCode(market), provider: candidate, jurisdictions });
          if (result.decision === "refuse") {
            throw new UnprocessableError("provider", `${result.reason} (${result.code})`);
          }
        }
      }
    },
    async sweep(tenantId, now) {
      const rows = await repository.subjectRecords.list(tenantId);
      const expired = rows.filter((row) => {
        const kind = row.kind === "consent" ? "consent-record" : row.kind;
        if (!retainedKinds.includes(kind)) return false;
        return isPastRetention(
          {
            kind: kind as RetainedKind,
            market: row.market,
            createdAt: new Date(row.createdAt).toISOString(),
            withdrawnAt: row.withdrawnAt === null ? null : new Date(row.withdrawnAt).toISOString(),
          },
          jurisdictions,
          now,
        );
      });
      const deleted = await repository.subjectRecords.deleteByIds(
        tenantId,
        expired.map((row) => row.id),
      );
      return { deleted, kept: rows.length - deleted };
    },
  };
}
