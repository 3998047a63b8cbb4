import type { ConsentRecord } from "../api/types.ts";

/** The visitor's choices were recorded by the server, one record per purpose. */
export class FrontierConsentEvent extends Event {
  static readonly eventName = "frontier-consent";
  readonly market: string;
  readonly records: readonly ConsentRecord[];

  constructor(market: string, records: readonly ConsentRecord[]) {
    super(FrontierConsentEvent.eventName, { bubbles: true, composed: true });
    this.market = market;
    this.records = records;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "frontier-consent": FrontierConsentEvent;
  }
}
