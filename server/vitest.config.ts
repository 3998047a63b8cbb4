import { configDefaults, defineProject } from "vitest/config";

// Tests against MySQL and Redis exist only when their services are named (CI names both; the test
// command names them when they answer on loopback), so a run never reports them as skipped.
const needsService = [
  ...(process.env.MYSQL_URL ? [] : ["**/*.mysql.test.ts"]),
  ...(process.env.REDIS_URL ? [] : ["**/*.redis.test.ts"]),
];

export default defineProject({
  test: {
    name: "@frontier-ai/server",
    exclude: [...configDefaults.exclude, ...needsService],
  },
});
