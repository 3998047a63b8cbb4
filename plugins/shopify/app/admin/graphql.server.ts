/**
 * Admin GraphQL calls with Shopify's cost-based throttling handled: a THROTTLED error waits for the
 * bucket to refill enough for the query (from `extensions.cost`) and tries again.
 */

/** The `graphql` function that `authenticate.admin` and `authenticate.webhook` hand out. */
export type AdminGraphql = (query: string, options?: { variables?: Record<string, unknown> }) => Promise<Response>;

export type AdminRequestOptions = {
  maxThrottleRetries?: number;
  sleep?: (ms: number) => Promise<void>;
};

export class AdminApiError extends Error {
  override readonly name = "AdminApiError";
  readonly code: string;
  readonly errors: readonly { message: string; code?: string }[];

  constructor(
    message: string,
    details: { code: string; errors: readonly { message: string; code?: string }[]; cause?: unknown },
  ) {
    super(message, { cause: details.cause });
    this.code = details.code;
    this.errors = details.errors;
  }
}

type ThrottleStatus = { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
type Cost = { requestedQueryCost: number; throttleStatus: ThrottleStatus };

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function adminRequest(
  graphql: AdminGraphql,
  query: string,
  variables: Record<string, unknown>,
  options: AdminRequestOptions = {},
): Promise<unknown> {
  const maxRetries = options.maxThrottleRetries ?? 5;
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await graphql(query, { variables });
      const body = asRecord(await response.json());
      if (body?.errors)
        throw new AdminApiError("Admin API returned errors", { code: "graphql", errors: toErrors(body.errors) });
      return body?.data;
    } catch (error) {
      const failure = describeFailure(error);
      if (!failure) throw error;
      if (!failure.throttled) {
        throw new AdminApiError(failure.errors[0]?.message ?? "Admin API request failed", {
          code: "graphql",
          errors: failure.errors,
          cause: error,
        });
      }
      if (attempt >= maxRetries) {
        throw new AdminApiError("Admin API kept throttling", {
          code: "throttled",
          errors: failure.errors,
          cause: error,
        });
      }
      await sleep(waitForBucket(failure.cost));
    }
  }
}

/** Milliseconds until the bucket holds the query's cost again (restoreRate is points per second). */
export function waitForBucket(cost: Cost | undefined): number {
  if (!cost || cost.throttleStatus.restoreRate <= 0) return 1000;
  const missing = Math.max(0, cost.requestedQueryCost - cost.throttleStatus.currentlyAvailable);
  return Math.ceil((missing / cost.throttleStatus.restoreRate) * 1000);
}

/** Reads the library's GraphqlQueryError (its `body` carries `errors.graphQLErrors` and `extensions`). */
function describeFailure(
  error: unknown,
): { throttled: boolean; errors: { message: string; code?: string }[]; cost: Cost | undefined } | undefined {
  if (error instanceof AdminApiError) return { throttled: false, errors: [...error.errors], cost: undefined };
  const body = asRecord(asRecord(error)?.body);
  const graphQLErrors = asRecord(body?.errors)?.graphQLErrors;
  if (!Array.isArray(graphQLErrors)) return undefined;
  const errors = toErrors(graphQLErrors);
  return {
    throttled: errors.some((entry) => entry.code === "THROTTLED"),
    errors,
    cost: toCost(asRecord(body?.extensions)?.cost),
  };
}

function toErrors(value: unknown): { message: string; code?: string }[] {
  if (!Array.isArray(value)) return [{ message: String(value) }];
  return value.map((entry) => {
    const record = asRecord(entry);
    const code = asRecord(record?.extensions)?.code;
    return {
      message: typeof record?.message === "string" ? record.message : "unknown error",
      ...(typeof code === "string" ? { code } : {}),
    };
  });
}

function toCost(value: unknown): Cost | undefined {
  const cost = asRecord(value);
  const status = asRecord(cost?.throttleStatus);
  const numbers = [cost?.requestedQueryCost, status?.maximumAvailable, status?.currentlyAvailable, status?.restoreRate];
  if (!numbers.every((number) => typeof number === "number")) return undefined;
  const [requestedQueryCost, maximumAvailable, currentlyAvailable, restoreRate] = numbers as number[];
  return {
    requestedQueryCost: requestedQueryCost ?? 0,
    throttleStatus: {
      maximumAvailable: maximumAvailable ?? 0,
      currentlyAvailable: currentlyAvailable ?? 0,
      restoreRate: restoreRate ?? 0,
    },
  };
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
}
