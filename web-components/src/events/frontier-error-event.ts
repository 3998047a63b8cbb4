import type { FrontierApiError } from "../api/frontier-api-error.ts";

/** A request to the Frontier server failed; the element shows a message (or keeps its fallback). */
export class FrontierErrorEvent extends Event {
  static readonly eventName = "frontier-error";
  readonly error: FrontierApiError;

  constructor(error: FrontierApiError) {
    super(FrontierErrorEvent.eventName, { bubbles: true, composed: true });
    this.error = error;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "frontier-error": FrontierErrorEvent;
  }
}
