import type { ApiKeyRecord, Repository } from "../db/repository.ts";
import { ValidationError } from "../errors.ts";
import type { ApiKeyKind, Role } from "../types.ts";
import { normaliseOrigin } from "./authenticator.ts";
import { generateKey, hashKey } from "./key-format.ts";
import { isPermission, publishableScopes } from "./permissions.ts";
import type { ServerKeys } from "./secrets.ts";

export interface CreateKeyInput {
  name: string;
  kind: ApiKeyKind;
  role: Role;
  allowedOrigins?: readonly string[];
  scopes?: readonly string[] | null;
  quotaPerMinute?: number | null;
}

/** What a caller sees of a key: everything but its hash. */
export type ApiKeyView = Omit<ApiKeyRecord, "secretHash">;

export function viewKey(record: ApiKeyRecord): ApiKeyView {
  const { secretHash: _hidden, ...view } = record;
  return view;
}

/**
 * Creates a key and returns its plaintext, which exists only in this return value: shown once, stored hashed.
 * Publishable keys are viewers with storefront scopes and need at least one allowed origin.
 */
export async function createApiKey(
  repository: Repository,
  keys: ServerKeys,
  tenantId: string,
  input: CreateKeyInput,
): Promise<{ key: ApiKeyView; plaintext: string }> {
  const allowedOrigins = (input.allowedOrigins ?? []).map((origin, index) => {
    const normalised = normaliseOrigin(origin);
    if (normalised === null || normalised !== origin.replace(/\/$/, "")) {
      throw new ValidationError([
        { path: `allowedOrigins.${index}`, message: "must be an origin such as https://shop.example" },
      ]);
    }
    return normalised;
  });
  let scopes = input.scopes ?? null;
  scopes?.forEach((scope, index) => {
    if (!isPermission(scope))
      throw new ValidationError([{ path: `scopes.${index}`, message: `unknown scope ${scope}` }]);
  });
  if (input.kind === "publishable") {
    if (allowedOrigins.length === 0) {
      throw new ValidationError([{ path: "allowedOrigins", message: "a publishable key needs at least one origin" }]);
    }
    if (input.role !== "viewer") {
      throw new ValidationError([{ path: "role", message: "a publishable key is always a viewer" }]);
    }
    scopes ??= [...publishableScopes];
    scopes.forEach((scope, index) => {
      if (!(publishableScopes as readonly string[]).includes(scope)) {
        throw new ValidationError([{ path: `scopes.${index}`, message: `a publishable key cannot hold ${scope}` }]);
      }
    });
  } else if (allowedOrigins.length > 0) {
    throw new ValidationError([{ path: "allowedOrigins", message: "only publishable keys have allowed origins" }]);
  }
  const generated = generateKey(input.kind);
  const record = await repository.apiKeys.create(tenantId, {
    name: input.name,
    kind: input.kind,
    role: input.role,
    prefix: generated.displayPrefix,
    secretHash: hashKey(keys.keyPepper, generated.plaintext),
    allowedOrigins,
    scopes: scopes === null ? null : [...scopes],
    quotaPerMinute: input.quotaPerMinute ?? null,
  });
  return { key: viewKey(record), plaintext: generated.plaintext };
}
