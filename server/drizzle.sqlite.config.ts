import { defineConfig } from "drizzle-kit";

// `pnpm --filter @frontier-ai/server db:generate` writes the SQL migrations for both dialects; commit them.
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/db/sqlite/schema.ts",
  out: "./src/db/sqlite/migrations",
});
