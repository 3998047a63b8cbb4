import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Badge, Banner, BlockStack, Box, Button, Card, InlineStack, Layout, List, Page, Text } from "@shopify/polaris";
import { readProduct, readShopContext, resolveTargets } from "../admin/resources.server.ts";
import { appDatabase, frontier } from "../context.server.ts";
import { FrontierApiError } from "../frontier/errors.ts";
import { sourceFields, translationStatus } from "../localization/fields.ts";
import { type LocalizedTarget, localizeFields, writeLocalizedFields } from "../localization/localize-product.server.ts";
import { storefrontCopyOf, storefrontDocumentId } from "../localization/storefront-copy.server.ts";
import { readSettings } from "../settings.server.ts";
import { authenticate } from "../shopify.server.ts";

function productGid(id: string | undefined): string {
  if (!id || !/^\d+$/.test(id)) throw new Response("Unknown product", { status: 404 });
  return `gid://shopify/Product/${id}`;
}

async function load(request: Request, id: string | undefined) {
  const { admin, session } = await authenticate.admin(request);
  const settings = readSettings(appDatabase, session.shop);
  const context = await readShopContext(admin.graphql);
  const targets = resolveTargets(context, settings.targetLocales);
  const product = await readProduct(admin.graphql, targets, productGid(id));
  if (!product) throw new Response("Unknown product", { status: 404 });
  return { admin, session, settings, targets, product };
}

/** Preview page: the product's copy localized for each market, with the adaptations Frontier made. */
export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { session, settings, targets, product } = await load(request, params.id);
  let frontierError: string | null = null;
  const fields = sourceFields(product.content, settings);
  let localized: LocalizedTarget[];
  try {
    localized = await localizeFields(frontier, product, targets, settings, { kind: "all" });
  } catch (error) {
    if (!(error instanceof FrontierApiError)) throw error;
    // Show the page with the current status and the reason, rather than an error screen.
    localized = targets.map((target) => ({ target, fields: [] }));
    frontierError = error.message;
  }
  const published = storefrontCopyOf(appDatabase, session.shop, product.resourceId);
  return {
    frontierError,
    storefront: {
      documentId: storefrontDocumentId(product.resourceId),
      // Every locale the theme block may ask for: the source and each target market, published or not yet.
      locales: [
        settings.sourceLocale,
        ...targets.filter((target) => !target.problem).map((target) => target.locale),
      ].map(
        (locale) =>
          published.find((copy) => copy.locale === locale) ?? {
            locale,
            status: "not published" as const,
            version: null,
            error: null,
            updatedAt: null,
          },
      ),
    },
    title: product.content.find((entry) => entry.key === "title")?.value ?? product.resourceId,
    markets: localized.map(({ target, fields: localizedFields }, index) => ({
      locale: target.locale,
      label: target.label,
      problem: target.problem,
      status: target.problem ? null : translationStatus(fields, product.translations[index] ?? []),
      fields: localizedFields.map((field) => ({
        key: field.key,
        format: field.format,
        source: field.value,
        localized: field.localized,
        adaptations: field.adaptations,
      })),
    })),
  };
};

/** Writes every field of this product for every available market. */
export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { admin, session, settings, targets, product } = await load(request, params.id);
  const dependencies = { graphql: admin.graphql, frontier, database: appDatabase, shop: session.shop };
  const localized = await localizeFields(frontier, product, targets, settings, { kind: "all" });
  const outcome = await writeLocalizedFields(dependencies, product, localized, settings);
  return {
    written: outcome.written,
    requeued: outcome.requeued,
    errors: outcome.errors,
    storefront: outcome.storefront,
  };
};

const storefrontTone = {
  published: "success",
  pending: "warning",
  failed: "critical",
  "not published": undefined,
} as const;

export default function ProductPreview() {
  const { title, markets, frontierError, storefront } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  return (
    <Page title={title} backAction={{ content: "Products", url: "/app" }}>
      <Layout>
        {frontierError ? (
          <Layout.Section>
            <Banner tone="critical" title="Frontier could not localize this product">
              <p>{frontierError}</p>
            </Banner>
          </Layout.Section>
        ) : null}
        {result ? (
          <Layout.Section>
            <Banner
              tone={result.errors.length > 0 ? "critical" : result.requeued ? "warning" : "success"}
              title={`${result.written} translations written`}
            >
              {result.requeued ? (
                <p>The product changed while it was being translated: preview again and save.</p>
              ) : null}
              {result.errors.map((error) => (
                <p key={error}>{error}</p>
              ))}
              {result.storefront.published > 0 ? (
                <p>Storefront copy published in {result.storefront.published} languages.</p>
              ) : null}
              {result.storefront.errors.map((error) => (
                <p key={error}>{error}</p>
              ))}
            </Banner>
          </Layout.Section>
        ) : null}
        <Layout.Section>
          <Card>
            <BlockStack gap="200">
              <Text as="h2" variant="headingMd">
                Storefront copy
              </Text>
              <Text as="p" tone="subdued">
                The theme block reads the description published in Frontier as {storefront.documentId}.
              </Text>
              {storefront.locales.map((copy) => (
                <InlineStack key={copy.locale} gap="200" blockAlign="center">
                  <Text as="span" variant="bodyMd">
                    {copy.locale}
                  </Text>
                  <Badge tone={storefrontTone[copy.status]}>
                    {copy.status === "published" && copy.version !== null
                      ? `published (version ${copy.version})`
                      : copy.status === "pending"
                        ? "waiting to publish (retried on the next update or save)"
                        : copy.status}
                  </Badge>
                  {copy.error ? (
                    <Text as="span" tone="critical">
                      {copy.error}
                    </Text>
                  ) : null}
                </InlineStack>
              ))}
            </BlockStack>
          </Card>
        </Layout.Section>
        {markets.map((market) => (
          <Layout.Section key={market.locale}>
            <Card>
              <BlockStack gap="300">
                <InlineStack gap="200" blockAlign="center">
                  <Text as="h2" variant="headingMd">
                    {market.label}
                  </Text>
                  {market.status ? <Badge>{market.status}</Badge> : null}
                </InlineStack>
                {market.problem ? <Banner tone="warning">{market.problem}</Banner> : null}
                {market.fields.map((field) => (
                  <BlockStack key={field.key} gap="100">
                    <Text as="h3" variant="headingSm">
                      {field.key}
                    </Text>
                    <Box background="bg-surface-secondary" padding="200">
                      <Text as="p">{field.localized}</Text>
                    </Box>
                    {field.adaptations.length > 0 ? (
                      <List>
                        {field.adaptations.map((adaptation) => (
                          <List.Item key={`${adaptation.from}-${adaptation.to}`}>
                            {adaptation.from} → {adaptation.to}: {adaptation.reason}
                          </List.Item>
                        ))}
                      </List>
                    ) : null}
                  </BlockStack>
                ))}
              </BlockStack>
            </Card>
          </Layout.Section>
        ))}
        <Layout.Section>
          <Form method="post">
            <InlineStack align="end">
              <Button submit variant="primary" loading={navigation.state === "submitting"}>
                Save translations
              </Button>
            </InlineStack>
          </Form>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
