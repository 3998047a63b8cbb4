import type { ModelResult } from "../contract/model-result.ts";
import type { ModelStreamEvent } from "../contract/model-stream-event.ts";
import { ProviderApiError } from "../errors/provider-api-error.ts";
import { type CallTracker, errorCode } from "./call-tracker.ts";
import type { EventChannel } from "./event-channel.ts";
import type { Attempt } from "./route-runner.ts";

/**
 * The streaming attempt: forwards each provider's deltas to the consumer and, when a later attempt
 * starts after text was already delivered, first sends `restart`. Resuming on another model would
 * splice two different texts, so the consumer starts over instead (see README, "restart, not resume").
 */
export function createRestartingAttempt(channel: EventChannel<ModelStreamEvent>, tracker: CallTracker): Attempt {
  let emittedText = false;
  let lastFailure = "";
  return async (provider, model, request) => {
    if (emittedText) {
      channel.push({ type: "restart", provider: provider.id, model, reason: lastFailure });
      tracker.restarts += 1;
      emittedText = false;
    }
    try {
      let result: ModelResult | undefined;
      for await (const event of provider.stream(model, request)) {
        if (event.type === "text-delta") {
          tracker.markFirstByte();
          emittedText = true;
          channel.push(event);
        } else if (event.type === "finish") {
          result = event.result;
        }
      }
      if (!result) {
        throw new ProviderApiError({ message: `${provider.id}: stream ended without finish`, provider: provider.id });
      }
      return result;
    } catch (error) {
      lastFailure = errorCode(error);
      throw error;
    }
  };
}
