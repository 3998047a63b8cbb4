import type { ModelTask } from "./model-task.ts";

/** Who and what a call is for: used for routing, budgets, idempotency and events, never sent as prompt text. */
export interface CallMetadata {
  task?: ModelTask;
  /** e.g. `product_description`, `social_post` (the whitepaper's content types). */
  contentType?: string;
  tenant?: string;
  /** Same key + same request → the first result; same key + another request → `IdempotencyConflictError`. */
  idempotencyKey?: string;
  /** `batch` work (whole catalogs) may be routed to the high-volume own model. */
  volume?: "interactive" | "batch";
  /** Source and target locales of a translation, e.g. `es-MX` → `pt-BR`; checked against provider capabilities. */
  languagePair?: { from: string; to: string };
}
