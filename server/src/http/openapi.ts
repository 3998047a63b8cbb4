import { z } from "zod";
import type { RestRoute } from "./rest-route.ts";

const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

function jsonSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  // draft-2020-12 is the dialect OpenAPI 3.1 uses; `unrepresentable: "any"` keeps transforms from throwing.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return rest;
}

function parameters(schema: z.ZodType | undefined, location: "query" | "path"): unknown[] {
  if (!schema) return [];
  const described = jsonSchema(schema, "input");
  const properties = (described.properties ?? {}) as Record<string, unknown>;
  const required = new Set((described.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: location,
    required: location === "path" || required.has(name),
    schema: property,
  }));
}

const idempotencyKeyParameter = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description:
    "A unique value per operation (a UUID), 1–255 printable ASCII characters, no space at either end. A retry with the same key and body " +
    "gets the first answer back (`Idempotent-Replayed: true`) without running again, for 24 hours, per tenant and " +
    "route. Not accepted on a streamed (text/event-stream) answer.",
  schema: { type: "string", minLength: 1, maxLength: 255, pattern: "^[\\x21-\\x7e]([\\x20-\\x7e]*[\\x21-\\x7e])?$" },
};

/** An OpenAPI 3.1 document for the REST routes, generated from the zod schemas they validate with. */
export function buildOpenApiDocument(routes: readonly RestRoute[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, "{$1}");
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(route.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.schema
          ? {
              content: {
                [response.contentType ?? "application/json"]: { schema: jsonSchema(response.schema, "output") },
              },
            }
          : {}),
      };
    }
    if (route.body || route.query || route.params) {
      responses["400"] ??= {
        description: "Invalid input; `issues` names each field",
        content: { "application/json": { schema: jsonSchema(errorSchema, "output") } },
      };
    }
    if (route.auth.kind === "key") {
      responses["401"] ??= { description: "Missing, unknown or expired credential" };
      responses["403"] ??= { description: "The credential lacks the permission or origin" };
      responses["429"] ??= { description: "Rate limited; see Retry-After" };
    }
    if (route.idempotency) {
      responses["409"] ??= {
        description: "The first request with this Idempotency-Key is still running; see Retry-After",
      };
      const reused = "the Idempotency-Key was already used with a different request (`idempotency_key_reused`)";
      const unprocessable = responses["422"] as { description: string } | undefined;
      responses["422"] = unprocessable
        ? { ...unprocessable, description: `${unprocessable.description}; or ${reused}` }
        : { description: `${reused[0]?.toUpperCase()}${reused.slice(1)}` };
    }
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      summary: route.summary,
      tags: route.tags,
      ...(route.auth.kind === "key" ? { security: [{ bearer: [] }] } : { security: [] }),
      parameters: [
        ...parameters(route.params, "path"),
        ...parameters(route.query, "query"),
        ...(route.idempotency ? [idempotencyKeyParameter] : []),
      ],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { "application/json": { schema: jsonSchema(route.body, "input") } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info,
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    components: {
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          description:
            "A secret key (fk_live_...), an access token from POST /oauth/token, or a publishable key (fk_pub_...) where a route allows it",
        },
      },
    },
    paths,
  };
}
