import type { FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { Permission } from "../auth/permissions.ts";
import type { Principal } from "../auth/principal.ts";
import { requirePermission } from "../auth/principal.ts";
import type { Services } from "../context.ts";
import { ForbiddenError, type Issue, toIssues, UnauthenticatedError, ValidationError } from "../errors.ts";

/**
 * A REST route and its schemas in one value: `registerRestRoutes` serves it and `buildOpenApiDocument` describes
 * it, so the document cannot drift from what the server accepts. A new route is a new `defineRestRoute(...)` in
 * the list passed to `buildApp`.
 */
export type RouteAuth =
  | { kind: "none" }
  /** A secret key or access token holding `permission`; publishable keys too when `publishable` is true. */
  | { kind: "key"; permission: Permission; publishable: boolean };

export interface RouteResponse {
  description: string;
  schema?: z.ZodType;
  /** Defaults to application/json. */
  contentType?: string;
}

export interface RestRoute<
  Body extends z.ZodType = z.ZodType,
  Query extends z.ZodType = z.ZodType,
  Params extends z.ZodType = z.ZodType,
> {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Fastify syntax (`/api/v1/content/:id`); the document shows it as `/api/v1/content/{id}`. */
  path: string;
  summary: string;
  tags: string[];
  auth: RouteAuth;
  body?: Body;
  query?: Query;
  params?: Params;
  responses: Record<number, RouteResponse>;
  /** Errors use RFC 6749's `{error, error_description}` instead of ours (for `POST /oauth/token`). */
  errorStyle?: "frontier" | "oauth";
  /** The JSON body may also come as text/plain, as `navigator.sendBeacon` sends it (no CORS preflight). */
  beacon?: boolean;
  /**
   * The route honours `Idempotency-Key` (routes that cost money or create things). `streamed` tells a request the
   * route answers as a stream, where the header is refused: a stream cannot be replayed.
   */
  idempotency?: { streamed?: (request: FastifyRequest) => boolean };
  handler: (input: {
    body: z.output<Body>;
    query: z.output<Query>;
    params: z.output<Params>;
    principal: Principal | null;
    services: Services;
    request: FastifyRequest;
    reply: FastifyReply;
  }) => Promise<unknown>;
}

/** Keeps the schemas' types for the handler; a route list then holds them as plain `RestRoute`s. */
export function defineRestRoute<Body extends z.ZodType, Query extends z.ZodType, Params extends z.ZodType>(
  route: RestRoute<Body, Query, Params>,
): RestRoute {
  return route as unknown as RestRoute;
}

/** Validates params, query and body together, so one 400 names every field at fault. */
export function parseInputs(
  route: RestRoute,
  request: { params: unknown; query: unknown; body: unknown },
): { params: unknown; query: unknown; body: unknown } {
  const issues: Issue[] = [];
  const causes: unknown[] = [];
  const parse = (schema: z.ZodType | undefined, value: unknown, where: "params" | "query" | "body") => {
    if (!schema) return value;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    causes.push(result.error);
    for (const issue of toIssues(result.error.issues)) {
      issues.push({
        path: where === "body" ? issue.path : [where, issue.path].filter(Boolean).join("."),
        message: issue.message,
      });
    }
    return undefined;
  };
  const parsed = {
    params: parse(route.params, request.params, "params"),
    query: parse(route.query, request.query, "query"),
    body: parse(route.body, request.body ?? {}, "body"),
  };
  if (issues.length > 0) throw new ValidationError(issues, { cause: causes[0] });
  return parsed;
}

export function authorize(route: RestRoute, principal: Principal | null): void {
  if (route.auth.kind === "none") return;
  if (!principal) throw new UnauthenticatedError("send `Authorization: Bearer <key or access token>`");
  if (principal.kind === "publishable" && !route.auth.publishable) {
    throw new ForbiddenError("a publishable key can only call storefront routes", "secret key");
  }
  requirePermission(principal, route.auth.permission);
}

/**
 * The principal of a key route's handler. `authorize` has already refused a request without one, so this only
 * narrows the type; the error stays the one `authorize` gives.
 */
export function requirePrincipal(principal: Principal | null): Principal {
  if (!principal) throw new UnauthenticatedError("send `Authorization: Bearer <key or access token>`");
  return principal;
}
