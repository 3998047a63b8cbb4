import { describe, expect, it } from "vitest";
import { roles } from "../types.ts";
import { allPermissions, grantedPermissions, publishableScopes, roleAtLeast } from "./permissions.ts";

describe("permissions", () => {
  it("orders roles owner > admin > editor > viewer", () => {
    expect(roleAtLeast("owner", "admin")).toBe(true);
    expect(roleAtLeast("admin", "admin")).toBe(true);
    expect(roleAtLeast("editor", "admin")).toBe(false);
    expect(roleAtLeast("viewer", "editor")).toBe(false);
  });

  it("gives each higher role a superset of the lower role's permissions", () => {
    for (let i = 0; i + 1 < roles.length; i++) {
      const [higher, lower] = [roles[i], roles[i + 1]];
      if (!higher || !lower) throw new Error("roles");
      const higherSet = new Set(grantedPermissions("secret", higher, null));
      const lowerSet = grantedPermissions("secret", lower, null);
      expect(lowerSet.every((permission) => higherSet.has(permission))).toBe(true);
      expect(higherSet.size).toBeGreaterThan(lowerSet.length);
    }
    expect(grantedPermissions("secret", "owner", null)).toEqual(allPermissions);
  });

  it("keeps viewers and editors away from keys, and only owners manage the tenant", () => {
    expect(grantedPermissions("secret", "viewer", null)).not.toContain("content:write");
    expect(grantedPermissions("secret", "editor", null)).toContain("content:write");
    expect(grantedPermissions("secret", "editor", null)).not.toContain("keys:write");
    expect(grantedPermissions("secret", "admin", null)).not.toContain("tenant:manage");
  });

  it("limits publishable keys to storefront scopes whatever their role or scopes say", () => {
    expect(grantedPermissions("publishable", "owner", null)).toEqual([...publishableScopes]);
    expect(grantedPermissions("publishable", "viewer", ["storefront:read", "keys:write"])).toEqual(["storefront:read"]);
  });

  it("narrows a role by the key's scopes", () => {
    expect(grantedPermissions("secret", "admin", ["keys:read", "tenant:manage"])).toEqual(["keys:read"]);
  });
});
