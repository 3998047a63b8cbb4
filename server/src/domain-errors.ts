import {
  InvalidContentRequestError,
  MarkupIntegrityError,
  MarkupParseError,
  ModelAnswerRejectedError,
  BudgetExceededError as ModelBudgetExceededError,
  NoProviderAvailableError,
  UnsupportedByProvidersError,
} from "@frontier-ai/core";
import { UnknownMarketError } from "@frontier-ai/cultural-profiles";
import {
  BudgetExceededError,
  ServerError,
  UnprocessableError,
  UpstreamInvalidError,
  UpstreamUnavailableError,
  ValidationError,
} from "./errors.ts";

/**
 * The one place the engine's domain errors become the server's, so REST, SSE and tRPC answer them alike:
 * a bad request field is a 400 naming it, a request this configuration cannot serve a 422, a model that
 * answered badly a 502, no reachable model a 503. Anything else is not ours to explain (undefined).
 */
export function toServerError(error: unknown): ServerError | undefined {
  if (error instanceof ServerError) return error;
  if (error instanceof InvalidContentRequestError) {
    // `target_locales[1]` → `target_locales.1`, the path style of every other 400.
    const path = error.field.replace(/\[(\d+)\]/g, ".$1");
    return new ValidationError([{ path, message: error.message }], { cause: error });
  }
  if (error instanceof UnknownMarketError) {
    return new ValidationError([{ path: "locale", message: error.message }], { cause: error });
  }
  if (error instanceof MarkupParseError) {
    return new ValidationError([{ path: "content", message: error.message }], { cause: error });
  }
  if (error instanceof UnsupportedByProvidersError)
    return new UnprocessableError("provider", error.message, { cause: error });
  if (error instanceof ModelBudgetExceededError) {
    // Name the budget: the tenant's own (an owner or admin sets it) or a provider's (the deployment's).
    const budget =
      error.tenant !== undefined
        ? "The tenant's spend budget (analytics.setSpendBudget) cannot hold this call"
        : `The spend budget of provider "${error.provider}" (FRONTIER_SPEND_BUDGETS_USD) cannot hold this call`;
    return new BudgetExceededError(`${budget}: ${error.message}`, { cause: error });
  }
  if (error instanceof ModelAnswerRejectedError || error instanceof MarkupIntegrityError) {
    return new UpstreamInvalidError(error.message, { cause: error });
  }
  if (error instanceof NoProviderAvailableError) return new UpstreamUnavailableError(error.message, { cause: error });
  return undefined;
}
