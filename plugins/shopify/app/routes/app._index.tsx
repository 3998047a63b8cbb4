import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Badge, Banner, Card, IndexTable, Page, Text } from "@shopify/polaris";
import { readProductsPage, readShopContext, resolveTargets } from "../admin/resources.server.ts";
import { appDatabase } from "../context.server.ts";
import { sourceFields, type TranslationStatus, translationStatus } from "../localization/fields.ts";
import { readSettings } from "../settings.server.ts";
import { authenticate } from "../shopify.server.ts";

export const pageSize = 20;

export type MarketStatus = TranslationStatus | "unavailable";

/** Products page: each product's translation status per target market (missing / outdated / done). */
export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const settings = readSettings(appDatabase, session.shop);
  if (settings.targetLocales.length === 0) {
    return { configured: false as const, markets: [], rows: [], nextCursor: null };
  }
  const context = await readShopContext(admin.graphql);
  const targets = resolveTargets(context, settings.targetLocales);
  const after = new URL(request.url).searchParams.get("after");
  const page = await readProductsPage(admin.graphql, targets, { first: pageSize, after });
  const rows = page.products.map((product) => {
    const fields = sourceFields(product.content, settings);
    const title = product.content.find((entry) => entry.key === "title")?.value ?? product.resourceId;
    return {
      resourceId: product.resourceId,
      numericId: product.resourceId.split("/").pop() ?? product.resourceId,
      title,
      statuses: targets.map(
        (target, index): MarketStatus =>
          target.problem ? "unavailable" : translationStatus(fields, product.translations[index] ?? []),
      ),
    };
  });
  return {
    configured: true as const,
    markets: targets.map(({ locale, label, problem }) => ({ locale, label, problem })),
    rows,
    nextCursor: page.nextCursor,
  };
};

const badgeTone = { done: "success", outdated: "attention", missing: "critical", unavailable: undefined } as const;

export default function Products() {
  const { configured, markets, rows, nextCursor } = useLoaderData<typeof loader>();
  if (!configured) {
    return (
      <Page title="Products">
        <Banner title="Choose your markets first" tone="info">
          <Link to="/app/settings">Pick the source language and the markets to localize for.</Link>
        </Banner>
      </Page>
    );
  }
  return (
    <Page
      title="Products"
      primaryAction={{ content: "Localize catalog", url: "/app/bulk" }}
      pagination={nextCursor ? { hasNext: true, nextURL: `/app?after=${encodeURIComponent(nextCursor)}` } : undefined}
    >
      <Card padding="0">
        <IndexTable
          resourceName={{ singular: "product", plural: "products" }}
          itemCount={rows.length}
          selectable={false}
          headings={
            [{ title: "Product" }, ...markets.map((market) => ({ title: market.locale }))] as [
              { title: string },
              ...{ title: string }[],
            ]
          }
        >
          {rows.map((row, index) => (
            <IndexTable.Row id={row.resourceId} key={row.resourceId} position={index}>
              <IndexTable.Cell>
                <Link to={`/app/products/${row.numericId}`}>
                  <Text as="span" fontWeight="semibold">
                    {row.title}
                  </Text>
                </Link>
              </IndexTable.Cell>
              {row.statuses.map((status, marketIndex) => (
                <IndexTable.Cell key={markets[marketIndex]?.locale ?? marketIndex}>
                  <Badge tone={badgeTone[status]}>{status}</Badge>
                </IndexTable.Cell>
              ))}
            </IndexTable.Row>
          ))}
        </IndexTable>
      </Card>
    </Page>
  );
}
