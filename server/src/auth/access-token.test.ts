import { describe, expect, it } from "vitest";
import { UnauthenticatedError } from "../errors.ts";
import { issueAccessToken, verifyAccessToken } from "./access-token.ts";
import type { Principal } from "./principal.ts";

const key = new Uint8Array(32).fill(9);
const principal: Principal = {
  tenantId: "ten_a",
  keyId: "key_a",
  kind: "secret",
  role: "editor",
  permissions: new Set(["content:read", "content:write"]),
  via: "key",
  quotaPerMinute: null,
};

describe("access tokens", () => {
  it("round-trips tenant, role, key id and the granted scopes", async () => {
    const token = await issueAccessToken(key, principal, ["content:read"], 60, 1_000_000);
    const verified = await verifyAccessToken(key, token, 1_000_000 + 59_000);
    expect(verified).toMatchObject({ tenantId: "ten_a", keyId: "key_a", role: "editor", via: "token", kind: "secret" });
    expect([...verified.permissions]).toEqual(["content:read"]);
  });

  it("refuses an expired token and says so", async () => {
    const token = await issueAccessToken(key, principal, ["content:read"], 60, 1_000_000);
    const failure = verifyAccessToken(key, token, 1_000_000 + 61_000);
    await expect(failure).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(failure).rejects.toThrow(/expired/);
  });

  it("refuses a token signed with another key, or altered", async () => {
    const token = await issueAccessToken(key, principal, ["content:read"], 60, 1_000_000);
    await expect(verifyAccessToken(new Uint8Array(32).fill(8), token, 1_000_000)).rejects.toThrow(/invalid/);
    const [header, , signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ tenant: "ten_b", role: "owner", scope: "keys:write", sub: "key_a" }));
    await expect(
      verifyAccessToken(key, `${header}.${forged.toString("base64url")}.${signature}`, 1_000_000),
    ).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
