/**
 * The server's domain errors. Each has a stable `name` and `code`, a `cause`, and data the caller can act on;
 * `http/error-mapping.ts` maps them once to HTTP statuses and tRPC codes.
 */

export interface Issue {
  /** Dotted path of the offending field (`role`, `allowedOrigins.0`); empty for the whole value. */
  path: string;
  message: string;
}

export const ErrorCode = {
  validationFailed: "validation_failed",
  unauthenticated: "unauthenticated",
  forbidden: "forbidden",
  notFound: "not_found",
  conflict: "conflict",
  rateLimited: "rate_limited",
  payloadTooLarge: "payload_too_large",
  unprocessable: "unprocessable",
  budgetExceeded: "budget_exceeded",
  upstreamInvalid: "upstream_invalid",
  upstreamUnavailable: "upstream_unavailable",
  configuration: "configuration",
  idempotencyKeyReused: "idempotency_key_reused",
  idempotencyKeyInUse: "idempotency_key_in_use",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export abstract class ServerError extends Error {
  abstract readonly code: ErrorCode;
}

export class ValidationError extends ServerError {
  override readonly name = "ValidationError";
  readonly code = ErrorCode.validationFailed;
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[], options?: { cause?: unknown }) {
    const first = issues[0];
    super(first ? `${first.path || "body"}: ${first.message}` : "invalid input", options);
    this.issues = issues;
  }
}

export class UnauthenticatedError extends ServerError {
  override readonly name = "UnauthenticatedError";
  readonly code = ErrorCode.unauthenticated;
}

export class ForbiddenError extends ServerError {
  override readonly name = "ForbiddenError";
  readonly code = ErrorCode.forbidden;
  /** What was missing: a role (`admin`), a scope (`keys:write`) or an origin. */
  readonly required: string;
  constructor(message: string, required: string, options?: { cause?: unknown }) {
    super(message, options);
    this.required = required;
  }
}

export class NotFoundError extends ServerError {
  override readonly name = "NotFoundError";
  readonly code = ErrorCode.notFound;
  readonly resource: string;
  readonly id: string;
  constructor(resource: string, id: string) {
    super(`${resource} ${id} was not found`);
    this.resource = resource;
    this.id = id;
  }
}

export class ConflictError extends ServerError {
  override readonly name = "ConflictError";
  readonly code = ErrorCode.conflict;
}

export class RateLimitedError extends ServerError {
  override readonly name = "RateLimitedError";
  readonly code = ErrorCode.rateLimited;
  /** Whole seconds until the caller may retry; sent as `Retry-After`. */
  readonly retryAfterSeconds: number;
  /** Which limit ran out: `key`, `tenant` or `address`. */
  readonly limit: string;
  constructor(limit: string, retryAfterSeconds: number) {
    super(`rate limit per ${limit} exceeded; retry after ${retryAfterSeconds}s`);
    this.limit = limit;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export class PayloadTooLargeError extends ServerError {
  override readonly name = "PayloadTooLargeError";
  readonly code = ErrorCode.payloadTooLarge;
  readonly limitBytes: number;
  constructor(limitBytes: number) {
    super(`request body exceeds ${limitBytes} bytes`);
    this.limitBytes = limitBytes;
  }
}

/** A valid request this server cannot carry out as configured (Spanish → Portuguese with only the offline provider). */
export class UnprocessableError extends ServerError {
  override readonly name = "UnprocessableError";
  readonly code = ErrorCode.unprocessable;
  /** The request field a caller can change to make it work. */
  readonly field: string;
  constructor(field: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.field = field;
  }
}

/** The tenant's model spend budget is used up. */
export class BudgetExceededError extends ServerError {
  override readonly name = "BudgetExceededError";
  readonly code = ErrorCode.budgetExceeded;
}

/** A model answered, but not in a form that could be used, on every attempt. */
export class UpstreamInvalidError extends ServerError {
  override readonly name = "UpstreamInvalidError";
  readonly code = ErrorCode.upstreamInvalid;
}

/** No model provider could be reached in time (all failed, timed out, or their breakers are open). */
export class UpstreamUnavailableError extends ServerError {
  override readonly name = "UpstreamUnavailableError";
  readonly code = ErrorCode.upstreamUnavailable;
}

/** An `Idempotency-Key` already used with a different request (method, path or body) on the same route. */
export class IdempotencyKeyReusedError extends ServerError {
  override readonly name = "IdempotencyKeyReusedError";
  readonly code = ErrorCode.idempotencyKeyReused;
}

/** The first request with this `Idempotency-Key` is still running; the caller may retry after `retryAfterSeconds`. */
export class IdempotencyKeyInUseError extends ServerError {
  override readonly name = "IdempotencyKeyInUseError";
  readonly code = ErrorCode.idempotencyKeyInUse;
  readonly retryAfterSeconds: number;
  constructor(message: string, retryAfterSeconds: number) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** A configuration value that cannot be used; `variable` names the environment variable or flag. */
export class ConfigError extends ServerError {
  override readonly name = "ConfigError";
  readonly code = ErrorCode.configuration;
  readonly variable: string;
  constructor(variable: string, message: string, options?: { cause?: unknown }) {
    super(`${variable}: ${message}`, options);
    this.variable = variable;
  }
}

/** Converts zod-style issues (`path` as an array) into ours. */
export function toIssues(
  issues: ReadonlyArray<{ path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>; message: string }>,
): Issue[] {
  return issues.map((issue) => ({
    path: (issue.path ?? []).map((part) => String(typeof part === "object" ? part.key : part)).join("."),
    message: issue.message,
  }));
}
