import { createHash } from "node:crypto";
import type { JobItemRequest, JobItemResult } from "./services/frontier-client.ts";
import { type Segment, segmentKey } from "./transform.ts";

/** One entry of a bulk run and where its items sit in the server job (items × target locales, in order). */
export interface RunDocument {
  documentId: string;
  start: number;
  items: number;
}

export interface RunError {
  documentId: string;
  locale?: string;
  message: string;
}

/** A bulk run as the plugin stores it: enough to follow the server job again after a restart. */
export interface BulkRun {
  id: string;
  serverJobId: string | null;
  uid: string;
  sourceLocale: string;
  targetLocales: string[];
  documents: RunDocument[];
  applied: string[];
  written: number;
  errors: RunError[];
  status: "running" | "done" | "failed";
  startedAt: number;
  deadline: number;
  server: { status: string; counts: Record<string, number> } | null;
}

const SETTLED = new Set(["succeeded", "failed", "cancelled"]);

/** The job item field of a text: its format and a digest, so the same text of a document is sent once. */
export const segmentField = (segment: Segment): string =>
  `${segment.format}:${createHash("sha256").update(segmentKey(segment)).digest("hex").slice(0, 40)}`;

/** A document's texts as job items. */
export function jobItems(documentId: string, segments: Iterable<Segment>): JobItemRequest[] {
  return [...segments].map((segment) => ({
    document: documentId,
    field: segmentField(segment),
    text: segment.text,
    format: segment.format,
  }));
}

/** Documents not applied yet that have items on the server. */
export function pendingWithItems(run: BulkRun): RunDocument[] {
  const applied = new Set(run.applied);
  return run.documents.filter((document) => !applied.has(document.documentId) && document.items > 0);
}

/** Where to start reading the job's items: the first item of the first document still pending. */
export function firstPendingPosition(run: BulkRun): number | null {
  const starts = pendingWithItems(run).map((document) => document.start);
  return starts.length > 0 ? Math.min(...starts) : null;
}

/** Pending documents whose every item has settled, each with its items. */
export function settledDocuments(run: BulkRun, items: JobItemResult[]): Map<string, JobItemResult[]> {
  const settled = new Map<string, JobItemResult[]>();
  for (const document of pendingWithItems(run)) {
    const own = items.filter(
      (item) => item.position >= document.start && item.position < document.start + document.items,
    );
    if (own.length === document.items && own.every((item) => SETTLED.has(item.status))) {
      settled.set(document.documentId, own);
    }
  }
  return settled;
}

/** The next wait between polls: doubling from `min`, never above `max`. */
export const nextDelay = (previous: number, bounds: { min: number; max: number }): number =>
  Math.min(Math.max(previous * 2, bounds.min), bounds.max);

/** Done when every document is applied: failed when none of them could be written. */
export function finalStatus(run: BulkRun): BulkRun["status"] {
  if (run.applied.length < run.documents.length) return "running";
  return run.written === 0 && run.errors.length > 0 ? "failed" : "done";
}
