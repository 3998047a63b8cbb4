import { defineConfig } from "drizzle-kit";

// `pnpm --filter @frontier-ai/server db:generate` writes the SQL migrations for both dialects; commit them.
export default defineConfig({
  dialect: "mysql",
  schema: "./src/db/mysql/schema.ts",
  out: "./src/db/mysql/migrations",
});
