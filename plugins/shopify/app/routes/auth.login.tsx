import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button, Card, FormLayout, Page, AppProvider as PolarisAppProvider, Text, TextField } from "@shopify/polaris";
import polarisStyles from "@shopify/polaris/build/esm/styles.css?url";
import polarisTranslations from "@shopify/polaris/locales/en.json" with { type: "json" };
import { LoginErrorType } from "@shopify/shopify-app-remix/server";
import { useState } from "react";
import { login } from "../shopify.server.ts";

export const links = () => [{ rel: "stylesheet", href: polarisStyles }];

/** Installing from outside the Shopify admin: the merchant types the shop domain. */
function errorMessage(result: Awaited<ReturnType<typeof login>>): string | null {
  if (result.shop === LoginErrorType.MissingShop) return "Please enter your shop domain to log in.";
  if (result.shop === LoginErrorType.InvalidShop) return "Please enter a valid shop domain to log in.";
  return null;
}

export const loader = async ({ request }: LoaderFunctionArgs) => ({
  error: errorMessage(await login(request)),
  polarisTranslations,
});

export const action = async ({ request }: ActionFunctionArgs) => ({ error: errorMessage(await login(request)) });

export default function Login() {
  const loaded = useLoaderData<typeof loader>();
  const submitted = useActionData<typeof action>();
  const [shop, setShop] = useState("");
  const error = submitted?.error ?? loaded.error;
  return (
    <PolarisAppProvider i18n={loaded.polarisTranslations}>
      <Page>
        <Card>
          <Form method="post">
            <FormLayout>
              <Text variant="headingMd" as="h2">
                Log in
              </Text>
              <TextField
                type="text"
                name="shop"
                label="Shop domain"
                helpText="example.myshopify.com"
                value={shop}
                onChange={setShop}
                autoComplete="on"
                error={error ?? undefined}
              />
              <Button submit>Log in</Button>
            </FormLayout>
          </Form>
        </Card>
      </Page>
    </PolarisAppProvider>
  );
}
