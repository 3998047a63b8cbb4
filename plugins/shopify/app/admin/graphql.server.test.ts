import { describe, expect, it } from "vitest";
import { AdminApiError, adminRequest, waitForBucket } from "./graphql.server.ts";

const cost = (requested: number, available: number, restoreRate: number) => ({
  requestedQueryCost: requested,
  throttleStatus: { maximumAvailable: 1000, currentlyAvailable: available, restoreRate },
});

/** The error the library throws for GraphQL-level errors: a body with `errors.graphQLErrors` and `extensions`. */
function graphqlQueryError(errors: unknown[], extensions?: unknown): Error {
  return Object.assign(new Error("GraphQL error"), { body: { errors: { graphQLErrors: errors }, extensions } });
}

describe("waitForBucket", () => {
  it("waits for the missing points at the restore rate", () => {
    expect(waitForBucket(cost(120, 20, 50))).toBe(2000);
    expect(waitForBucket(cost(10, 20, 50))).toBe(0);
    expect(waitForBucket(undefined)).toBe(1000);
  });
});

describe("adminRequest", () => {
  it("retries a THROTTLED answer after the wait extensions.cost implies", async () => {
    const waits: number[] = [];
    let calls = 0;
    const graphql = async () => {
      calls++;
      if (calls === 1) {
        throw graphqlQueryError([{ message: "Throttled", extensions: { code: "THROTTLED" } }], {
          cost: cost(101, 1, 100),
        });
      }
      return new Response(JSON.stringify({ data: { ok: true } }));
    };
    const data = await adminRequest(graphql, "query { ok }", {}, { sleep: async (ms) => void waits.push(ms) });
    expect(data).toEqual({ ok: true });
    expect(waits).toEqual([1000]);
  });

  it("gives up after the configured number of throttled tries", async () => {
    const graphql = async (): Promise<Response> => {
      throw graphqlQueryError([{ message: "Throttled", extensions: { code: "THROTTLED" } }], { cost: cost(5, 0, 50) });
    };
    const error = await adminRequest(graphql, "q", {}, { maxThrottleRetries: 2, sleep: async () => {} }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AdminApiError);
    expect(error).toMatchObject({ code: "throttled" });
  });

  it("turns other GraphQL errors into an AdminApiError at once", async () => {
    let calls = 0;
    const graphql = async (): Promise<Response> => {
      calls++;
      throw graphqlQueryError([{ message: "Field 'nope' doesn't exist" }]);
    };
    await expect(adminRequest(graphql, "q", {}, { sleep: async () => {} })).rejects.toMatchObject({
      code: "graphql",
      message: "Field 'nope' doesn't exist",
    });
    expect(calls).toBe(1);
  });

  it("passes through errors that are not GraphQL answers", async () => {
    const failure = new Error("socket hang up");
    await expect(adminRequest(async () => Promise.reject(failure), "q", {})).rejects.toBe(failure);
  });
});
