import { randomUUID } from "node:crypto";
import type { Core } from "@strapi/strapi";
import {
  type BulkRun,
  finalStatus,
  firstPendingPosition,
  jobItems,
  nextDelay,
  pendingWithItems,
  segmentField,
  settledDocuments,
} from "../bulk-run.ts";
import { FrontierRequestError, LocalizeInputError } from "../errors.ts";
import { record } from "../schema.ts";
import type { JobItemRequest, JobItemResult } from "./frontier-client.ts";
import { createFrontierClient } from "./frontier-client.ts";
import type { Checked, LocalizeRequest, Translation } from "./localizer.ts";

/** How the plugin follows a server job: poll bounds, the overall limit, and each call's limit. */
export const FOLLOW = { minPollMs: 500, maxPollMs: 5_000, timeoutMs: 30 * 60_000, callTimeoutMs: 30_000, page: 500 };

/** What the admin sees of a bulk run. */
export interface BulkJobView {
  id: string;
  status: BulkRun["status"];
  total: number;
  done: number;
  errors: BulkRun["errors"];
  job: { id: string; status: string; counts: Record<string, number> } | null;
  startedAt: string;
}

const ACTIVE = "jobs:active";
const runKey = (id: string) => `job:${id}`;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

// Worth polling again: the server could not be reached, timed out, was rate limited or failed for a moment.
const transient = (error: unknown) =>
  error instanceof FrontierRequestError && (error.status === 0 || error.status === 429 || error.status >= 500);

function view(run: BulkRun): BulkJobView {
  return {
    id: run.id,
    status: run.status,
    total: run.documents.length,
    done: run.applied.length,
    errors: run.errors,
    job: run.serverJobId && run.server ? { id: run.serverJobId, ...run.server } : null,
    startedAt: new Date(run.startedAt).toISOString(),
  };
}

/**
 * Bulk localization as one Frontier server job: the entries' texts are queued at once, then the job is polled and
 * each entry's target locales are written as soon as all its items have settled. Runs live in the plugin store, so
 * a restarted Strapi follows the unfinished ones again (`resume`).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: "plugin", name: "frontier" });
  const localizer = () => strapi.plugin("frontier").service("localizer");
  const following = new Map<string, Promise<void>>();
  const sleeping = new Set<() => void>();
  let stopping = false;

  const load = async (id: string): Promise<BulkRun | null> =>
    (record(await store().get({ key: runKey(id) })) as BulkRun | null) ?? null;
  const save = (run: BulkRun) => store().set({ key: runKey(run.id), value: run });
  const active = async (): Promise<string[]> => {
    const ids: unknown = await store().get({ key: ACTIVE });
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : [];
  };
  const setActive = (ids: string[]) => store().set({ key: ACTIVE, value: ids });

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        sleeping.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      sleeping.add(wake);
    });

  const clientFor = (checked: Checked) =>
    createFrontierClient({
      serverUrl: checked.config.serverUrl,
      secretKey: checked.config.secretKey,
      timeoutMs: FOLLOW.callTimeoutMs,
    });

  /** Writes one entry's target locales from its settled items; a locale with a failed item is reported, not written. */
  async function apply(run: BulkRun, checked: Checked, documentId: string, items: JobItemResult[]) {
    const byField = new Map(items.map((item) => [`${item.field}\u0000${item.locale}`, item]));
    try {
      const document = await localizer().read(checked, documentId);
      let complete = true;
      for (const locale of checked.targets) {
        const problems = new Set<string>();
        for (const segment of document.segments.values()) {
          const item = byField.get(`${segmentField(segment)}\u0000${locale}`);
          if (!item) problems.add("the source changed after the job was queued; run it again");
          else if (item.status !== "succeeded" || item.content === null) problems.add(item.error ?? item.status);
        }
        if (problems.size > 0) {
          run.errors.push({ documentId, locale, message: [...problems].join("; ") });
          complete = false;
          continue;
        }
        const translation: Translation = (segment, l) =>
          byField.get(`${segmentField(segment)}\u0000${l}`)?.content ?? undefined;
        await localizer().write(checked, document, locale, translation);
        run.written += 1;
      }
      if (complete) await localizer().remember(checked, document);
    } catch (error) {
      run.errors.push({ documentId, message: message(error) });
    }
    run.applied.push(documentId);
  }

  /** One poll: reads the job from the first pending entry on and applies every entry that has settled. */
  async function step(run: BulkRun) {
    const checked: Checked = await localizer().check(run);
    for (const document of run.documents) {
      if (document.items === 0 && !run.applied.includes(document.documentId)) {
        await apply(run, checked, document.documentId, []);
      }
    }
    let offset = firstPendingPosition(run);
    if (run.serverJobId !== null && offset !== null) {
      const client = clientFor(checked);
      const items: JobItemResult[] = [];
      while (offset !== null) {
        const page = await client.job(run.serverJobId, { offset, limit: FOLLOW.page });
        run.server = { status: page.status, counts: page.counts };
        items.push(...page.items);
        offset = page.items.length > 0 ? page.nextOffset : null;
      }
      for (const [documentId, own] of settledDocuments(run, items)) await apply(run, checked, documentId, own);
    }
    run.status = finalStatus(run);
  }

  async function follow(run: BulkRun) {
    let delay = 0;
    while (run.status === "running" && !stopping) {
      try {
        await step(run);
      } catch (error) {
        if (!transient(error)) {
          run.status = "failed";
          run.errors.push({ documentId: "", message: message(error) });
        }
      }
      if (run.status === "running" && Date.now() > run.deadline) {
        run.status = "failed";
        for (const document of pendingWithItems(run)) {
          run.errors.push({ documentId: document.documentId, message: "the job did not finish in time" });
        }
      }
      await save(run);
      if (run.status !== "running") break;
      delay = nextDelay(delay, { min: FOLLOW.minPollMs, max: FOLLOW.maxPollMs });
      await sleep(delay);
    }
    if (run.status !== "running") await setActive((await active()).filter((id) => id !== run.id));
  }

  function track(run: BulkRun) {
    if (following.has(run.id)) return;
    const loop = follow(run)
      .catch((error: unknown) => {
        strapi.log.error(`frontier: following job ${run.id} failed: ${message(error)}`);
      })
      .finally(() => following.delete(run.id));
    following.set(run.id, loop);
  }

  return {
    /** Queues the entries' texts as one server job and starts following it; answers at once. */
    async start(request: Omit<LocalizeRequest, "documentId"> & { documentIds: string[] }): Promise<BulkJobView> {
      const checked: Checked = await localizer().check(request);
      const now = Date.now();
      const run: BulkRun = {
        id: randomUUID(),
        serverJobId: null,
        uid: request.uid,
        sourceLocale: request.sourceLocale,
        targetLocales: checked.targets,
        documents: [],
        applied: [],
        written: 0,
        errors: [],
        status: "running",
        startedAt: now,
        deadline: now + FOLLOW.timeoutMs,
        server: null,
      };
      const items: JobItemRequest[] = [];
      for (const documentId of new Set(request.documentIds)) {
        try {
          const own = jobItems(documentId, (await localizer().read(checked, documentId)).segments.values());
          run.documents.push({ documentId, start: items.length * checked.targets.length, items: own.length });
          items.push(...own);
        } catch (error) {
          if (!(error instanceof LocalizeInputError)) throw error;
          run.documents.push({ documentId, start: 0, items: 0 });
          run.applied.push(documentId);
          run.errors.push({ documentId, message: error.message });
        }
      }
      // Positions on the server are item-major: each text once per target locale.
      for (const document of run.documents) document.items *= checked.targets.length;
      if (items.length > 0 && checked.targets.length > 0) {
        const job = await clientFor(checked).createJob(items, checked.sourceLocale, checked.targets, run.id);
        run.serverJobId = job.id;
        run.server = { status: job.status, counts: job.counts };
      }
      run.status = finalStatus(run);
      await save(run);
      if (run.status === "running") {
        await setActive([...(await active()), run.id]);
        track(run);
      }
      return view(run);
    },

    async get(id: string): Promise<BulkJobView | null> {
      const run = await load(id);
      return run ? view(run) : null;
    },

    /** Follows again every run that was still running when Strapi stopped. */
    async resume() {
      for (const id of await active()) {
        const run = await load(id);
        if (run?.status === "running") track(run);
      }
    },

    /** Stops following (on shutdown); the runs stay stored and `resume` picks them up. */
    async stop() {
      stopping = true;
      for (const wake of [...sleeping]) wake();
      await Promise.all(following.values());
    },
  };
};
