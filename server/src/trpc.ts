import { initTRPC, TRPCError } from "@trpc/server";
import type { Permission } from "./auth/permissions.ts";
import { requirePermission, requireRole } from "./auth/principal.ts";
import type { Context } from "./context.ts";
import { toServerError } from "./domain-errors.ts";
import { ForbiddenError, type Issue, toIssues, UnauthenticatedError, ValidationError } from "./errors.ts";
import { trpcCodeFor } from "./http/error-mapping.ts";
import type { Role } from "./types.ts";

function issuesOf(cause: unknown): Issue[] | undefined {
  if (cause instanceof ValidationError) return [...cause.issues];
  if (typeof cause === "object" && cause !== null && "issues" in cause && Array.isArray(cause.issues)) {
    return toIssues(cause.issues);
  }
  return undefined;
}

const t = initTRPC.context<Context>().create({
  // Validation failures carry `data.issues: [{path, message}]` naming each field, as REST's 400s do.
  errorFormatter: ({ shape, error }) => {
    const issues = error.code === "BAD_REQUEST" ? issuesOf(error.cause) : undefined;
    // Zod's message is its whole issue list as JSON; say the first issue plainly instead.
    const first = issues?.[0];
    const message = first ? `${first.path || "input"}: ${first.message}` : shape.message;
    return { ...shape, message, data: { ...shape.data, stack: undefined, ...(issues ? { issues } : {}) } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** Turns our domain errors into tRPC errors once, for every procedure. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  const cause = result.ok ? undefined : toServerError(result.error.cause);
  if (cause) throw new TRPCError({ code: trpcCodeFor(cause), message: cause.message, cause });
  return result;
});

export const publicProcedure = t.procedure.use(mapDomainErrors);

/** A secret key or an access token; publishable keys are refused (they only reach storefront procedures). */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  const { principal } = ctx;
  if (!principal) throw new UnauthenticatedError("send `Authorization: Bearer <secret key or access token>`");
  if (principal.kind !== "secret") {
    throw new ForbiddenError("a publishable key can only call storefront routes", "secret key");
  }
  return next({ ctx: { ...ctx, principal } });
});

/** At least `role` (owner > admin > editor > viewer). */
export function roleProcedure(role: Role) {
  return authedProcedure.use(({ ctx, next }) => {
    requireRole(ctx.principal, role);
    return next();
  });
}

/** Holds `permission` (the role's, narrowed by the key's or token's scopes). */
export function permissionProcedure(permission: Permission) {
  return authedProcedure.use(({ ctx, next }) => {
    requirePermission(ctx.principal, permission);
    return next();
  });
}

/** Storefront procedures: a publishable key from an allowed origin (checked at authentication) or a secret key. */
export function storefrontProcedure(permission: Permission) {
  return publicProcedure.use(({ ctx, next }) => {
    const { principal } = ctx;
    if (!principal) throw new UnauthenticatedError("send `Authorization: Bearer <publishable key>`");
    requirePermission(principal, permission);
    return next({ ctx: { ...ctx, principal } });
  });
}
