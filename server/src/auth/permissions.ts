import type { ApiKeyKind, Role } from "../types.ts";
import { roles } from "../types.ts";

/**
 * Who may do what. Each permission names the least role that holds it; a key's optional scopes narrow its role
 * further, and a publishable key can only ever hold the storefront scopes.
 */
export const permissions = {
  "content:read": "viewer",
  "content:write": "editor",
  "content:publish": "admin",
  "jobs:read": "viewer",
  "jobs:write": "editor",
  "feedback:read": "viewer",
  "feedback:write": "editor",
  "analytics:read": "viewer",
  "compliance:read": "admin",
  "compliance:write": "admin",
  "webhooks:read": "admin",
  "webhooks:write": "admin",
  "keys:read": "admin",
  "keys:write": "admin",
  "audit:read": "admin",
  "budget:write": "admin",
  "tenant:manage": "owner",
  // What a storefront may do with a publishable key: read published copy, send events, record consent.
  "storefront:read": "viewer",
  "events:write": "viewer",
  "consent:write": "viewer",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof permissions;
export const allPermissions = Object.keys(permissions) as Permission[];
export const publishableScopes = ["storefront:read", "events:write", "consent:write"] as const satisfies Permission[];

/** owner > admin > editor > viewer. */
export function roleRank(role: Role): number {
  return roles.length - roles.indexOf(role);
}

export function roleAtLeast(role: Role, least: Role): boolean {
  return roleRank(role) >= roleRank(least);
}

/** The permissions a key of this kind and role holds, narrowed by its scopes when it has any. */
export function grantedPermissions(kind: ApiKeyKind, role: Role, scopes: readonly string[] | null): Permission[] {
  const ceiling: readonly Permission[] = kind === "publishable" ? publishableScopes : allPermissions;
  return ceiling.filter(
    (permission) => roleAtLeast(role, permissions[permission]) && (scopes === null || scopes.includes(permission)),
  );
}

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(permissions, value);
}
