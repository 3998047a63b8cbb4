import type { EditOperation } from "@frontier-ai/core/learning";
import { type AnyColumn, type SQL, sql } from "drizzle-orm";

// The learning loop's storage contract; implemented in sqlite/ and mysql/ learning-repository.ts and checked by
// learning-contract.ts. Every function takes the tenant's id first and filters by it.

export type StorefrontEventType = "impression" | "click" | "add_to_cart" | "conversion";
export type SuggestionStatus = "open" | "accepted" | "rejected";

export interface SegmentEditRecord {
  id: string;
  tenantId: string;
  contentId: string;
  locale: string;
  segmentIndex: number;
  kind: "generate" | "localize";
  prompt: string;
  generated: string;
  final: string;
  operations: EditOperation[];
  edited: boolean;
  createdAt: number;
}

export interface StorefrontEventRecord {
  contentId: string;
  locale: string;
  variantId: string | null;
  type: StorefrontEventType;
  occurredAt: number;
}

export interface VariantRecord {
  id: string;
  tenantId: string;
  contentId: string;
  locale: string;
  name: string;
  content: string;
  control: boolean;
  createdAt: number;
  /** When its experiment ended; null while the read path serves it. */
  endedAt: number | null;
}

export interface VariantCounts {
  variantId: string;
  impressions: number;
  conversions: number;
}

export interface EventCounts {
  locale: string;
  type: StorefrontEventType;
  count: number;
}

export interface LexiconSuggestionRecord {
  id: string;
  tenantId: string;
  locale: string;
  fromTerm: string;
  toTerm: string;
  replacements: number;
  occurrences: number;
  confidence: number;
  status: SuggestionStatus;
  decidedAt: number | null;
  createdAt: number;
}

export interface MemoryRecord {
  id: string;
  tenantId: string;
  locale: string;
  contentId: string;
  text: string;
  model: string;
  vector: Float32Array;
  performance: number;
  createdAt: number;
}

export interface LearningRepository {
  addEdits(tenantId: string, edits: Omit<SegmentEditRecord, "id" | "tenantId" | "createdAt">[]): Promise<void>;
  /** Oldest first. */
  listEdits(tenantId: string, filter?: { locale?: string; since?: number }): Promise<SegmentEditRecord[]>;
  addEvents(tenantId: string, events: StorefrontEventRecord[]): Promise<void>;
  eventCounts(tenantId: string, since: number): Promise<EventCounts[]>;
  variantCounts(tenantId: string, contentId: string, locale: string): Promise<VariantCounts[]>;
  /** Throws ConflictError when the name is taken for (content, locale). */
  addVariant(
    tenantId: string,
    variant: Pick<VariantRecord, "contentId" | "locale" | "name" | "content" | "control">,
  ): Promise<VariantRecord>;
  /** Oldest first; `active` leaves out the variants of an ended experiment. */
  listVariants(
    tenantId: string,
    contentId: string,
    locale: string,
    filter?: { active?: boolean },
  ): Promise<VariantRecord[]>;
  /** Ends the experiment of (content, locale): its active variants get `endedAt`; resolves to how many. */
  endVariants(tenantId: string, contentId: string, locale: string, at: number): Promise<number>;
  /** Inserts an open suggestion or refreshes its counts; a decided one keeps its status. */
  upsertSuggestion(
    tenantId: string,
    suggestion: Pick<
      LexiconSuggestionRecord,
      "locale" | "fromTerm" | "toTerm" | "replacements" | "occurrences" | "confidence"
    >,
  ): Promise<void>;
  listSuggestions(tenantId: string, status?: SuggestionStatus): Promise<LexiconSuggestionRecord[]>;
  /** Resolves to null when the suggestion does not exist in this tenant. */
  decideSuggestion(
    tenantId: string,
    id: string,
    status: "accepted" | "rejected",
    at: number,
  ): Promise<LexiconSuggestionRecord | null>;
  addMemory(tenantId: string, memory: Omit<MemoryRecord, "id" | "tenantId" | "createdAt">): Promise<MemoryRecord>;
  /** Newest first, at most `limit` (the in-memory search's bound). */
  listMemory(tenantId: string, locale: string, limit: number): Promise<MemoryRecord[]>;
}

export function vectorBuffer(vector: Float32Array): Buffer {
  const buffer = Buffer.alloc(vector.length * 4);
  for (let index = 0; index < vector.length; index += 1) buffer.writeFloatLE(vector[index] ?? 0, index * 4);
  return buffer;
}

export function bufferVector(buffer: Uint8Array): Float32Array {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const vector = new Float32Array(Math.floor(buffer.byteLength / 4));
  for (let index = 0; index < vector.length; index += 1) vector[index] = view.getFloat32(index * 4, true);
  return vector;
}

/** Model spend per budget scope (`provider:openai`) and period (`2026-05`), across tenants: the budgets' ledger. */
export interface SpendRepository {
  /** Adds to the period's sum in one statement, so processes sharing the database never lose an addition. */
  add(scope: string, period: string, usd: number): Promise<void>;
  /** 0 when nothing was spent in the period. */
  spentUsd(scope: string, period: string): Promise<number>;
  /**
   * Adds `usd` (a call's hold) only if the period's sum stays within `limitUsd` (a hold of 0: while the sum is
   * below it), in one conditional statement, so two processes can never both pass on the last room; false, and
   * nothing added, otherwise. An infinite limit always passes.
   */
  reserve(scope: string, period: string, usd: number, limitUsd: number): Promise<boolean>;
}

/**
 * The `reserve` condition on a ledger's `usd` column, compared in whole micro-dollars: the sum is a double built
 * from additions in whatever order concurrent calls ran, so 0.4 + 0.9 may read 1.2999999999999998 and pass a
 * limit of 1.3 that it has reached. Rounding both sides to 10⁻⁶ USD makes the answer the same in every order.
 */
export function spendFits(usdColumn: AnyColumn, usd: number, limitUsd: number): SQL {
  if (!Number.isFinite(limitUsd)) return sql`1 = 1`;
  const limit = Math.round(limitUsd * 1e6);
  return usd > 0
    ? sql`round((${usdColumn} + ${usd}) * 1000000) <= ${limit}`
    : sql`round(${usdColumn} * 1000000) < ${limit}`;
}
