import { describe, expect, it } from "vitest";
import { readRetryAfterMs, readShouldRetry } from "./retry-headers.ts";

describe("readRetryAfterMs", () => {
  it("reads seconds, milliseconds and HTTP dates, preferring retry-after-ms", () => {
    expect(readRetryAfterMs({ "retry-after": "2" })).toBe(2000);
    expect(readRetryAfterMs({ "retry-after": "0.5" })).toBe(500);
    expect(readRetryAfterMs({ "retry-after-ms": "150", "retry-after": "9" })).toBe(150);
    const now = Date.parse("2026-11-25T12:00:00Z");
    expect(readRetryAfterMs({ "retry-after": "Wed, 25 Nov 2026 12:00:07 GMT" }, now)).toBe(7000);
    expect(readRetryAfterMs({ "retry-after": "Wed, 25 Nov 2026 11:00:00 GMT" }, now)).toBe(0);
  });

  it("ignores absent and unusable values", () => {
    expect(readRetryAfterMs({})).toBeUndefined();
    expect(readRetryAfterMs({ "retry-after": "soon" })).toBeUndefined();
    expect(readRetryAfterMs({ "retry-after-ms": "-5" })).toBeUndefined();
    expect(readRetryAfterMs({ "retry-after-ms": "abc", "retry-after": "3" })).toBe(3000);
  });
});

describe("readShouldRetry", () => {
  it("reads only the explicit verdicts", () => {
    expect(readShouldRetry({ "x-should-retry": "true" })).toBe(true);
    expect(readShouldRetry({ "x-should-retry": "false" })).toBe(false);
    expect(readShouldRetry({ "x-should-retry": "maybe" })).toBeUndefined();
    expect(readShouldRetry({})).toBeUndefined();
  });
});
