/** A generated text was copied to the clipboard (`copied` is false when the browser refused). */
export class FrontierCopyEvent extends Event {
  static readonly eventName = "frontier-copy";
  readonly market: string;
  readonly content: string;
  readonly copied: boolean;

  constructor(market: string, content: string, copied: boolean) {
    super(FrontierCopyEvent.eventName, { bubbles: true, composed: true });
    this.market = market;
    this.content = content;
    this.copied = copied;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "frontier-copy": FrontierCopyEvent;
  }
}
