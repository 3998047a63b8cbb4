/**
 * Base of every error the models layer throws. `code` is stable (log it, branch on it); `isRetryable`
 * is the one flag retry and fallback decide from.
 */
export abstract class ModelError extends Error {
  abstract readonly code: string;
  abstract readonly isRetryable: boolean;
}

/** Narrows unknown values caught from a call. */
export function isModelError(error: unknown): error is ModelError {
  return error instanceof ModelError;
}
