import type { PublishedContent } from "../api/types.ts";

/** Published copy replaced the fallback; `content.locale` is the locale of the chain that answered. */
export class FrontierLoadEvent extends Event {
  static readonly eventName = "frontier-load";
  readonly content: PublishedContent;

  constructor(content: PublishedContent) {
    super(FrontierLoadEvent.eventName, { bubbles: true, composed: true });
    this.content = content;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "frontier-load": FrontierLoadEvent;
  }
}
