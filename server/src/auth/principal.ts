import { ForbiddenError } from "../errors.ts";
import type { ApiKeyKind, Role } from "../types.ts";
import type { Permission } from "./permissions.ts";
import { roleAtLeast } from "./permissions.ts";

/** Who is calling: the authenticated key (directly or through an access token) and what it may do. */
export interface Principal {
  tenantId: string;
  keyId: string;
  kind: ApiKeyKind;
  role: Role;
  permissions: ReadonlySet<Permission>;
  via: "key" | "token";
  /** Requests per minute for this key when it has its own quota. */
  quotaPerMinute: number | null;
}

export function requirePermission(principal: Principal, permission: Permission): void {
  if (!principal.permissions.has(permission)) {
    throw new ForbiddenError(`this ${principal.kind} key lacks the ${permission} permission`, permission);
  }
}

export function requireRole(principal: Principal, role: Role): void {
  if (!roleAtLeast(principal.role, role)) {
    throw new ForbiddenError(`this action needs the ${role} role or higher; the key is ${principal.role}`, role);
  }
}
