import { router } from "../trpc.ts";
import { complianceRouter } from "./compliance.ts";
import { contentRouter } from "./content.ts";
import { keysRouter } from "./keys.ts";

/** One router per domain, merged here. */
export const appRouter = router({
  compliance: complianceRouter,
  content: contentRouter,
  keys: keysRouter,
});

export type AppRouter = typeof appRouter;
