import { randomUUID } from "node:crypto";
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from "fastify";
import type { Authenticator } from "../auth/authenticator.ts";
import type { Principal } from "../auth/principal.ts";
import type { Context, Services } from "../context.ts";
import { toServerError } from "../domain-errors.ts";
import {
  IdempotencyKeyInUseError,
  PayloadTooLargeError,
  RateLimitedError,
  type ServerError,
  ValidationError,
} from "../errors.ts";
import { type AppRouter, appRouter } from "../routers/_app.ts";
import { createCorsPolicy } from "./cors.ts";
import { errorBody, httpStatusFor } from "./error-mapping.ts";
import { createIdempotency, type Idempotency, keyOnStreamError, readIdempotencyKey } from "./idempotency.ts";
import { buildOpenApiDocument } from "./openapi.ts";
import type { RateLimits } from "./rate-limits.ts";
import type { RestRoute } from "./rest-route.ts";
import { authorize, defineRestRoute, parseInputs } from "./rest-route.ts";
import { healthRoute, type ProviderHealth } from "./routes/health.ts";
import { oauthTokenRoute } from "./routes/oauth-token.ts";
import { securityHeaders } from "./security-headers.ts";

declare module "fastify" {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    errorStyle?: "frontier" | "oauth";
    /** Health checks and scrapes are not counted against any budget. */
    unlimited?: boolean;
    /** The route also reads a JSON body sent as text/plain (a beacon). */
    beacon?: boolean;
  }
}

export interface AppOptions {
  services: Services;
  rateLimits: RateLimits;
  /** REST routes beyond the built-in ones (health, openapi, oauth token); each is served and documented. */
  routes?: (authenticator: Authenticator) => RestRoute[];
  providers?: () => Promise<ProviderHealth[]>;
  /** From `createLogger`; the app logs each request through it with the request's id. */
  logger: FastifyBaseLogger;
}

const procedurePaths = new Set(Object.keys(appRouter._def.procedures));

/** The label a request's latency is recorded under: the route pattern, never the raw URL (bounded cardinality). */
function routeLabel(request: FastifyRequest): string {
  const pattern = request.routeOptions.url;
  if (pattern === undefined) return "unmatched";
  if (!pattern.startsWith("/trpc")) return pattern;
  const procedure = request.url.slice("/trpc/".length).split("?")[0] ?? "";
  if (procedure.includes(",")) return "/trpc/(batch)";
  return procedurePaths.has(procedure) ? `/trpc/${procedure}` : "/trpc/(unknown)";
}

function oauthError(error: ServerError): { error: string; error_description: string } {
  const code =
    error.code === "unauthenticated"
      ? "invalid_client"
      : error.code === "forbidden"
        ? "invalid_scope"
        : error instanceof ValidationError && error.issues.some((issue) => issue.path === "grant_type")
          ? "unsupported_grant_type"
          : error.code === "validation_failed"
            ? "invalid_request"
            : error.code;
  return { error: code, error_description: error.message };
}

function sendError(request: FastifyRequest, reply: FastifyReply, error: ServerError): FastifyReply {
  let status = httpStatusFor(error);
  if (error instanceof RateLimitedError || error instanceof IdempotencyKeyInUseError) {
    reply.header("retry-after", String(error.retryAfterSeconds));
  }
  if (request.routeOptions.config?.errorStyle === "oauth") {
    // RFC 6749 §5.2: a bad scope is a 400, and a failed client authentication a 401 with a challenge.
    if (error.code === "forbidden") status = 400;
    if (error.code === "unauthenticated") reply.header("www-authenticate", 'Basic realm="frontier"');
    const issues = error instanceof ValidationError ? { issues: error.issues } : {};
    return reply.status(status).send({ ...oauthError(error), ...issues });
  }
  return reply.status(status).send(errorBody(error));
}

/** Storefront GETs may carry a publishable key as `?key=` so they stay simple, CDN-cacheable requests. */
function publishableKeyFromQuery(query: unknown): string | undefined {
  const key = (query as { key?: unknown } | undefined)?.key;
  return typeof key === "string" && key.startsWith("fk_pub_") ? `Bearer ${key}` : undefined;
}

/** Builds the HTTP server (not listening): tRPC at /trpc, REST v1, OAuth, metrics, security headers, limits. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { services, rateLimits } = options;
  const { authenticator } = services;
  const cors = createCorsPolicy(services.repository, services.now);

  const app = Fastify({
    loggerInstance: options.logger,
    bodyLimit: services.config.bodyLimitBytes,
    // The n nearest hops are ours (load balancers); the address before them is the client's.
    trustProxy: (_address: string, hop: number) => hop < services.config.trustProxyHops,
    // Our own ids, or the caller's when it looks like one, so a request can be followed through proxies.
    requestIdHeader: false,
    genReqId: (request) => {
      const incoming = request.headers["x-request-id"];
      return typeof incoming === "string" && /^[\w.:-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    },
  });
  app.decorateRequest("principal", null);
  app.decorateRequest("idempotencyClaim", null);
  const idempotency = createIdempotency(services.repository.idempotencyKeys, {
    now: services.now,
    log: options.logger,
    metrics: services.metrics,
  });

  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
  // navigator.sendBeacon and a fetch that must not wait for a CORS preflight send JSON as text/plain: beacon routes
  // read it as JSON; every other route keeps the text as it is (and refuses it as a body that is not an object).
  app.removeContentTypeParser("text/plain");
  app.addContentTypeParser("text/plain", { parseAs: "string" }, (request, body, done) => {
    if (!request.routeOptions.config?.beacon) return done(null, body);
    try {
      done(null, JSON.parse(String(body)));
    } catch (error) {
      done(new ValidationError([{ path: "", message: "the body is not JSON" }], { cause: error }));
    }
  });

  const security = await securityHeaders();

  app.addHook("onRequest", async (request, reply) => {
    reply.headers(security).header("x-request-id", request.id);
    if (request.method === "OPTIONS") return cors.preflight(request, reply);
    const authorization = request.headers.authorization ?? publishableKeyFromQuery(request.query);
    if (authorization !== undefined && !/^Basic\s/i.test(authorization)) {
      request.principal = await authenticator.authenticate(authorization, request.headers.origin);
    }
    if (!request.routeOptions.config?.unlimited) await rateLimits.consume(request.principal, request.ip);
  });

  app.addHook("onSend", async (request, reply) => {
    cors.decorate(request, reply);
  });

  app.addHook("onResponse", async (request, reply) => {
    const route = routeLabel(request);
    services.metrics.observeHttpRequest({
      method: request.method,
      route,
      status: reply.statusCode,
      seconds: reply.elapsedTime / 1000,
    });
    const principal = request.principal;
    // Usage is recorded for server-side callers; storefront reads (publishable keys) stay write-free.
    if (principal?.kind === "secret") {
      services.usage.record({
        tenantId: principal.tenantId,
        keyId: principal.keyId,
        route,
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime),
        units: 0,
        provider: null,
        createdAt: services.now(),
      });
    }
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const domain = toServerError(error);
    if (domain) return sendError(request, reply, domain);
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      return sendError(request, reply, new PayloadTooLargeError(services.config.bodyLimitBytes));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own 4xx (unparseable JSON, unsupported media type): the body as a whole is the field at fault.
      return sendError(request, reply, new ValidationError([{ path: "", message: error.message }], { cause: error }));
    }
    request.log.error({ err: error }, "unhandled error");
    return reply.status(500).send({ error: { code: "internal", message: `internal error (request ${request.id})` } });
  });

  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send({ error: { code: "not_found", message: `no route for ${request.method} ${request.url.split("?")[0]}` } }),
  );

  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      createContext: ({ req }): Context => ({ services, principal: req.principal, requestId: req.id }),
      onError: ({ error, req }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") req.log.error({ err: error.cause ?? error }, "procedure failed");
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });

  const routes: RestRoute[] = [
    healthRoute(options.providers ?? (async () => [])),
    oauthTokenRoute(authenticator),
    ...(options.routes?.(authenticator) ?? []),
  ];
  const document = () => buildOpenApiDocument(routes, { title: "Frontier API", version: services.version });
  routes.push(
    defineRestRoute({
      method: "GET",
      path: "/api/v1/openapi.json",
      summary: "This document",
      tags: ["operations"],
      auth: { kind: "none" },
      responses: { 200: { description: "OpenAPI 3.1" } },
      handler: async () => document(),
    }),
  );
  for (const route of routes) registerRestRoute(app, route, services, idempotency);

  app.get("/metrics", { config: { unlimited: true } }, async (_request, reply) => {
    reply.header("content-type", services.metrics.contentType);
    return services.metrics.render();
  });

  return app;
}

function registerRestRoute(app: FastifyInstance, route: RestRoute, services: Services, idempotency: Idempotency): void {
  app.route({
    method: route.method,
    url: route.path,
    config: {
      errorStyle: route.errorStyle ?? "frontier",
      unlimited: route.path === "/api/v1/health",
      beacon: route.beacon === true,
    },
    // Only the routes that take an Idempotency-Key pay for its hooks (the storefront read is the hot path).
    ...(route.idempotency && {
      // Stored before the answer leaves, so a retry that follows it at once finds it.
      onSend: async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
        await idempotency.settle(request, reply, payload);
        return payload;
      },
      onResponse: async (request: FastifyRequest) => {
        await idempotency.abandon(request);
      },
    }),
    handler: async (request, reply) => {
      authorize(route, request.principal);
      const key = route.idempotency ? readIdempotencyKey(request) : undefined;
      if (key !== undefined && route.idempotency?.streamed?.(request)) throw keyOnStreamError();
      // Invalid input is refused before the key is claimed: nothing ran, so a corrected retry may reuse the key.
      const { params, query, body } = parseInputs(route, request);
      if (key !== undefined && request.principal) {
        const scope = { tenantId: request.principal.tenantId, route: route.path, key };
        if (await idempotency.begin(request, reply, scope)) return reply;
      }
      return route.handler({ body, query, params, principal: request.principal, services, request, reply });
    },
  });
}
