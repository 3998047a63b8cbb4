import { router } from "../trpc.ts";
import { keysRouter } from "./keys.ts";

/** One router per domain, merged here. */
export const appRouter = router({
  keys: keysRouter,
});

export type AppRouter = typeof appRouter;
