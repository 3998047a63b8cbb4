import { router } from "../trpc.ts";
import { analyticsRouter } from "./analytics.ts";
import { contentRouter } from "./content.ts";
import { feedbackRouter } from "./feedback.ts";
import { keysRouter } from "./keys.ts";

/** One router per domain, merged here. */
export const appRouter = router({
  analytics: analyticsRouter,
  content: contentRouter,
  feedback: feedbackRouter,
  keys: keysRouter,
});

export type AppRouter = typeof appRouter;
