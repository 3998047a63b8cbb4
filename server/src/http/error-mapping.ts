import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import type { ErrorCode, Issue } from "../errors.ts";
import { ServerError, ValidationError } from "../errors.ts";

/** The one place domain errors become HTTP statuses and tRPC codes. */
const mapping = {
  validation_failed: { status: 400, trpc: "BAD_REQUEST" },
  unauthenticated: { status: 401, trpc: "UNAUTHORIZED" },
  forbidden: { status: 403, trpc: "FORBIDDEN" },
  not_found: { status: 404, trpc: "NOT_FOUND" },
  conflict: { status: 409, trpc: "CONFLICT" },
  payload_too_large: { status: 413, trpc: "PAYLOAD_TOO_LARGE" },
  unprocessable: { status: 422, trpc: "UNPROCESSABLE_CONTENT" },
  budget_exceeded: { status: 402, trpc: "PAYMENT_REQUIRED" },
  upstream_invalid: { status: 502, trpc: "BAD_GATEWAY" },
  upstream_unavailable: { status: 503, trpc: "SERVICE_UNAVAILABLE" },
  rate_limited: { status: 429, trpc: "TOO_MANY_REQUESTS" },
  configuration: { status: 500, trpc: "INTERNAL_SERVER_ERROR" },
  idempotency_key_reused: { status: 422, trpc: "UNPROCESSABLE_CONTENT" },
  idempotency_key_in_use: { status: 409, trpc: "CONFLICT" },
} as const satisfies Record<ErrorCode, { status: number; trpc: TRPC_ERROR_CODE_KEY }>;

export function httpStatusFor(error: ServerError): number {
  return mapping[error.code].status;
}

export function trpcCodeFor(error: ServerError): TRPC_ERROR_CODE_KEY {
  return mapping[error.code].trpc;
}

/** The REST error body: `{error: {code, message, issues?}}`. */
export interface ErrorBody {
  error: { code: string; message: string; issues?: Issue[] };
}

export function errorBody(error: ServerError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error instanceof ValidationError ? { issues: [...error.issues] } : {}),
    },
  };
}

export function isServerError(error: unknown): error is ServerError {
  return error instanceof ServerError;
}
