import type { ModelResult } from "./model-result.ts";

export interface TextDeltaEvent {
  type: "text-delta";
  text: string;
}

/**
 * Emitted by the router only: the attempt that produced the text so far failed mid-stream and the
 * request starts over on `provider`/`model`. Discard every delta received before this event.
 */
export interface RestartEvent {
  type: "restart";
  provider: string;
  model: string;
  /** The `code` of the error that ended the previous attempt. */
  reason: string;
}

export interface FinishEvent {
  type: "finish";
  result: ModelResult;
}

export type ModelStreamEvent = TextDeltaEvent | RestartEvent | FinishEvent;
