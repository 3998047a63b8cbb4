import type { GenerateResult } from "../api/types.ts";

/** A generation finished: `result` is the server's final answer for `market`. */
export class FrontierGeneratedEvent extends Event {
  static readonly eventName = "frontier-generated";
  readonly market: string;
  readonly result: GenerateResult;

  constructor(market: string, result: GenerateResult) {
    super(FrontierGeneratedEvent.eventName, { bubbles: true, composed: true });
    this.market = market;
    this.result = result;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "frontier-generated": FrontierGeneratedEvent;
  }
}
