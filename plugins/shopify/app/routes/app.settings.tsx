import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Banner, BlockStack, Button, Card, Checkbox, InlineStack, Layout, Page, Select, Text } from "@shopify/polaris";
import { useState } from "react";
import { readShopContext, resolveTargets } from "../admin/resources.server.ts";
import { appDatabase } from "../context.server.ts";
import { sourceLocales, targetMarkets } from "../markets.ts";
import { parseSettingsForm, readSettings, saveSettings } from "../settings.server.ts";
import { authenticate } from "../shopify.server.ts";

/** Markets page: the variant the shop's copy is written in, the target markets, handles or not. */
export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const settings = readSettings(appDatabase, session.shop);
  const context = await readShopContext(admin.graphql);
  const availability = resolveTargets(
    context,
    targetMarkets.map((market) => market.locale),
  ).map(({ locale, label, shopLocale, marketScoped, problem }) => ({
    locale,
    label,
    shopLocale,
    marketScoped,
    problem,
  }));
  return { settings, primaryLocale: context.primaryLocale, availability };
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const parsed = parseSettingsForm(await request.formData());
  if (!parsed.ok) return { saved: false, errors: parsed.errors };
  saveSettings(appDatabase, session.shop, parsed.settings);
  return { saved: true, errors: [] };
};

export default function Settings() {
  const { settings, primaryLocale, availability } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const [sourceLocale, setSourceLocale] = useState<string>(settings.sourceLocale);
  const [targets, setTargets] = useState<string[]>(settings.targetLocales);
  const [translateHandles, setTranslateHandles] = useState(settings.translateHandles);

  return (
    <Page title="Markets" subtitle={`Shop's primary language: ${primaryLocale}`}>
      <Form method="post">
        <Layout>
          {result?.saved ? (
            <Layout.Section>
              <Banner tone="success" title="Saved" />
            </Layout.Section>
          ) : null}
          {result && result.errors.length > 0 ? (
            <Layout.Section>
              <Banner tone="critical" title="Not saved">
                <ul>
                  {result.errors.map((error) => (
                    <li key={error}>{error}</li>
                  ))}
                </ul>
              </Banner>
            </Layout.Section>
          ) : null}
          <Layout.Section>
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">
                  Source
                </Text>
                <Select
                  label="Your product copy is written in"
                  name="sourceLocale"
                  options={sourceLocales.map((locale) => ({ label: locale, value: locale }))}
                  value={sourceLocale}
                  onChange={setSourceLocale}
                />
              </BlockStack>
            </Card>
          </Layout.Section>
          <Layout.Section>
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">
                  Target markets
                </Text>
                {availability.map((market) => (
                  <BlockStack key={market.locale} gap="100">
                    <Checkbox
                      label={`${market.label} — ${market.marketScoped ? `${market.shopLocale} for this market only` : market.shopLocale}`}
                      checked={targets.includes(market.locale)}
                      onChange={(checked) =>
                        setTargets((current) =>
                          checked ? [...current, market.locale] : current.filter((locale) => locale !== market.locale),
                        )
                      }
                    />
                    {market.problem ? (
                      <Text as="p" tone="caution">
                        {market.problem}
                      </Text>
                    ) : null}
                  </BlockStack>
                ))}
                {targets.map((locale) => (
                  <input key={locale} type="hidden" name="targetLocales" value={locale} />
                ))}
              </BlockStack>
            </Card>
          </Layout.Section>
          <Layout.Section>
            <Card>
              <Checkbox
                label="Also translate URL handles"
                helpText="Changes product URLs in those languages; Shopify redirects the old ones."
                checked={translateHandles}
                onChange={setTranslateHandles}
              />
              {translateHandles ? <input type="hidden" name="translateHandles" value="on" /> : null}
            </Card>
          </Layout.Section>
          <Layout.Section>
            <InlineStack align="end">
              <Button submit variant="primary" loading={navigation.state === "submitting"}>
                Save
              </Button>
            </InlineStack>
          </Layout.Section>
        </Layout>
      </Form>
    </Page>
  );
}
