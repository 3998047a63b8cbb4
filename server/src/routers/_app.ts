import { router } from "../trpc.ts";
import { contentRouter } from "./content.ts";
import { jobsRouter } from "./jobs.ts";
import { keysRouter } from "./keys.ts";
import { webhooksRouter } from "./webhooks.ts";

/** One router per domain, merged here. */
export const appRouter = router({
  content: contentRouter,
  jobs: jobsRouter,
  keys: keysRouter,
  webhooks: webhooksRouter,
});

export type AppRouter = typeof appRouter;
