import { describe, expect, it } from "vitest";
import { FrontierApiError } from "./frontier-api-error.ts";
import { apiUrl, bearer, errorFromBody } from "./request.ts";

describe("apiUrl", () => {
  it("joins base and path, keeps a path prefix and skips empty query values", () => {
    expect(apiUrl("https://copy.example.com/frontier/", "/api/v1/content/a%20b", { locale: "es-AR", key: "" })).toBe(
      "https://copy.example.com/frontier/api/v1/content/a%20b?locale=es-AR",
    );
  });
});

describe("bearer", () => {
  it("sends a token or a publishable key, nothing when empty, and refuses secret keys", () => {
    expect(bearer("eyJ.token")).toEqual({ Authorization: "Bearer eyJ.token" });
    expect(bearer("fk_pub_abc")).toEqual({ Authorization: "Bearer fk_pub_abc" });
    expect(bearer("")).toEqual({});
    expect(() => bearer("fk_live_abc")).toThrow(FrontierApiError);
    try {
      bearer("fk_live_abc");
    } catch (error) {
      expect(error).toMatchObject({ name: "FrontierApiError", code: "secret_key_refused", status: 0 });
    }
  });
});

describe("errorFromBody", () => {
  it("reads the server's error shape with its issues", () => {
    const error = errorFromBody(
      {
        error: {
          code: "validation_failed",
          message: "Invalid request.",
          issues: [{ path: "prompt", message: "Required" }],
        },
      },
      400,
    );
    expect(error).toMatchObject({ code: "validation_failed", status: 400, message: "Invalid request." });
    expect(error.issues).toEqual([{ path: "prompt", message: "Required" }]);
    expect(error.isRetryable).toBe(false);
  });

  it("falls back to the status when the body is something else, and marks 429/5xx retryable", () => {
    const error = errorFromBody("<html>Bad gateway</html>", 502);
    expect(error).toMatchObject({ code: "http_502", status: 502, message: "The Frontier server answered 502." });
    expect(error.isRetryable).toBe(true);
    expect(errorFromBody(undefined, 429).isRetryable).toBe(true);
  });
});
