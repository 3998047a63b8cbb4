import type { CulturalAdaptation } from "../api/types.ts";

/** Keyboard or pointer moved to one highlighted change of a variant. */
export class FrontierChangeSelectEvent extends Event {
  static readonly eventName = "frontier-change-select";
  readonly locale: string;
  readonly adaptation: CulturalAdaptation;

  constructor(locale: string, adaptation: CulturalAdaptation) {
    super(FrontierChangeSelectEvent.eventName, { bubbles: true, composed: true });
    this.locale = locale;
    this.adaptation = adaptation;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "frontier-change-select": FrontierChangeSelectEvent;
  }
}
