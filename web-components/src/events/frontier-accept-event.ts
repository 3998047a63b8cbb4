/** The user accepted a generated text; it is now the element's form value. Cancelable. */
export class FrontierAcceptEvent extends Event {
  static readonly eventName = "frontier-accept";
  readonly market: string;
  readonly content: string;

  constructor(market: string, content: string) {
    super(FrontierAcceptEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.market = market;
    this.content = content;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "frontier-accept": FrontierAcceptEvent;
  }
}
