import { router } from "../trpc.ts";
import { analyticsRouter } from "./analytics.ts";
import { complianceRouter } from "./compliance.ts";
import { contentRouter } from "./content.ts";
import { feedbackRouter } from "./feedback.ts";
import { jobsRouter } from "./jobs.ts";
import { keysRouter } from "./keys.ts";
import { webhooksRouter } from "./webhooks.ts";

/** One router per domain, merged here. */
export const appRouter = router({
  analytics: analyticsRouter,
  compliance: complianceRouter,
  content: contentRouter,
  jobs: jobsRouter,
  feedback: feedbackRouter,
  keys: keysRouter,
  webhooks: webhooksRouter,
});

export type AppRouter = typeof appRouter;
