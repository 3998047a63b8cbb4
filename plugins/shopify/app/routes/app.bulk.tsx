import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useFetcher, useLoaderData } from "@remix-run/react";
import { Banner, BlockStack, Button, Card, InlineStack, Page, ProgressBar, Text } from "@shopify/polaris";
import { useEffect } from "react";
import { countProducts, readShopContext, resolveTargets } from "../admin/resources.server.ts";
import { appDatabase, frontier } from "../context.server.ts";
import {
  type BulkJob,
  cancelBulkJob,
  latestBulkJob,
  runBulkStep,
  startBulkJob,
} from "../localization/bulk-job.server.ts";
import { readSettings } from "../settings.server.ts";
import { authenticate } from "../shopify.server.ts";

/** Products per step: small enough that one request stays well inside proxy and Shopify time limits. */
export const bulkPageSize = 5;

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const settings = readSettings(appDatabase, session.shop);
  return { job: latestBulkJob(appDatabase, session.shop), targetLocales: settings.targetLocales };
};

/** `start` opens a job, `step` localizes the next page (the page asks for steps while the job runs), `cancel`. */
export const action = async ({ request }: ActionFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const intent = String((await request.formData()).get("intent") ?? "");
  const settings = readSettings(appDatabase, session.shop);
  if (intent === "cancel") {
    cancelBulkJob(appDatabase, session.shop);
    return { job: latestBulkJob(appDatabase, session.shop), error: null };
  }
  if (settings.targetLocales.length === 0) return { job: null, error: "Choose target markets first." };
  if (intent === "start") {
    const total = await countProducts(admin.graphql);
    return { job: startBulkJob(appDatabase, session.shop, total), error: null };
  }
  if (intent !== "step") throw new Response(`Unknown intent: ${intent}`, { status: 400 });
  const job = latestBulkJob(appDatabase, session.shop);
  if (job?.status !== "running") return { job, error: null };
  const dependencies = { graphql: admin.graphql, frontier, database: appDatabase, shop: session.shop };
  try {
    const targets = resolveTargets(await readShopContext(admin.graphql), settings.targetLocales);
    const next = await runBulkStep(dependencies, { job, targets, settings, pageSize: bulkPageSize });
    return { job: next, error: null };
  } catch (error) {
    // The page stops asking for steps on an error; the saved cursor lets the merchant resume.
    if (error instanceof Response) throw error;
    return { job, error: error instanceof Error ? error.message : String(error) };
  }
};

function progress(job: BulkJob): number {
  if (job.status === "completed") return 100;
  return job.total > 0 ? Math.min(100, Math.round((job.processed / job.total) * 100)) : 0;
}

export default function BulkLocalization() {
  const loaded = useLoaderData<typeof loader>();
  const fetcher = useFetcher<typeof action>();
  const job = fetcher.data?.job ?? loaded.job;
  const running = job?.status === "running";

  const failed = Boolean(fetcher.data?.error);

  // While the job runs, ask for the next step as soon as the previous one answered, unless it failed.
  useEffect(() => {
    if (running && !failed && fetcher.state === "idle") fetcher.submit({ intent: "step" }, { method: "post" });
  }, [running, failed, fetcher.state, fetcher.submit]);

  return (
    <Page title="Localize catalog" backAction={{ content: "Products", url: "/app" }}>
      <Card>
        <BlockStack gap="400">
          <Text as="p">
            Localizes every product's missing or outdated fields for{" "}
            {loaded.targetLocales.join(", ") || "no market yet"}. Progress is saved: you can close this page and come
            back.
          </Text>
          {fetcher.data?.error ? <Banner tone="critical">{fetcher.data.error}</Banner> : null}
          {job ? (
            <BlockStack gap="200">
              <ProgressBar progress={progress(job)} tone={job.failed > 0 ? "critical" : "primary"} />
              <Text as="p">
                {job.status}: {job.processed} of {job.total} products, {job.written} translations written,{" "}
                {job.requeued} re-queued after a source change, {job.failed} failed
              </Text>
              {job.lastError ? (
                <Text as="p" tone="critical">
                  {job.lastError}
                </Text>
              ) : null}
            </BlockStack>
          ) : null}
          <InlineStack gap="200">
            <Button
              variant="primary"
              disabled={running}
              onClick={() => fetcher.submit({ intent: "start" }, { method: "post" })}
            >
              Localize catalog
            </Button>
            {running && failed ? (
              <Button onClick={() => fetcher.submit({ intent: "step" }, { method: "post" })}>Resume</Button>
            ) : null}
            {running ? (
              <Button onClick={() => fetcher.submit({ intent: "cancel" }, { method: "post" })}>Stop</Button>
            ) : null}
          </InlineStack>
        </BlockStack>
      </Card>
    </Page>
  );
}
