import { and, eq, lte } from "drizzle-orm";
import type { LibSQLDatabase } from "drizzle-orm/libsql";
import { ConflictError } from "../../errors.ts";
import {
  claimAttempts,
  type IdempotencyKeyScope,
  type IdempotencyRepository,
  toIdempotencyRecord,
} from "../idempotency-repository.ts";
import { newId } from "../repository.ts";
import * as t from "./schema.ts";

// Kept line for line parallel to ../mysql/idempotency-repository.ts.

const table = t.idempotencyKeys;

function scoped(scope: IdempotencyKeyScope) {
  return and(eq(table.tenantId, scope.tenantId), eq(table.route, scope.route), eq(table.key, scope.key));
}

export function createSqliteIdempotencyRepository(db: LibSQLDatabase<typeof t>): IdempotencyRepository {
  return {
    async claim(scope, claim) {
      for (let attempt = 0; attempt < claimAttempts; attempt += 1) {
        const claimId = newId("idk");
        const inserted = await db
          .insert(table)
          .values({
            ...scope,
            fingerprint: claim.fingerprint,
            claimId,
            state: "in_flight",
            responseStatus: null,
            responseHeaders: null,
            responseBody: null,
            createdAt: claim.now,
            expiresAt: claim.expiresAt,
          })
          .onConflictDoNothing();
        if (inserted.rowsAffected === 1) return { outcome: "claimed", claimId };
        const [row] = await db.select().from(table).where(scoped(scope));
        if (!row) continue;
        if (row.expiresAt > claim.now) return { outcome: "exists", record: toIdempotencyRecord(row) };
        await db
          .delete(table)
          .where(and(scoped(scope), eq(table.claimId, row.claimId), lte(table.expiresAt, claim.now)));
      }
      throw new ConflictError(`Idempotency-Key ${scope.key} is being claimed by other requests; retry`);
    },
    async complete(scope, claimId, response, expiresAt) {
      const result = await db
        .update(table)
        .set({
          state: "completed",
          responseStatus: response.status,
          responseHeaders: response.headers,
          responseBody: response.body,
          expiresAt,
        })
        .where(and(scoped(scope), eq(table.claimId, claimId), eq(table.state, "in_flight")));
      return result.rowsAffected === 1;
    },
    async release(scope, claimId) {
      const result = await db
        .delete(table)
        .where(and(scoped(scope), eq(table.claimId, claimId), eq(table.state, "in_flight")));
      return result.rowsAffected === 1;
    },
    async purgeExpired(now) {
      const result = await db.delete(table).where(lte(table.expiresAt, now));
      return result.rowsAffected;
    },
  };
}
