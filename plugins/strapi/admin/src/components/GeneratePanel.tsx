import { Box, Button, Flex, SingleSelect, SingleSelectOption, Textarea, Typography } from "@strapi/design-system";
import { unstable_useContentManagerContext as useContentManagerContext, useFetchClient } from "@strapi/strapi/admin";
import { useState } from "react";
import { messageOf, useT } from "../i18n.ts";

const CONTENT_TYPES = [
  "product_description",
  "social_post",
  "email_subject",
  "email_body",
  "ad_headline",
  "blog_intro",
];

/** Market of the entry's locale ("es-MX" → "es-MX"; a bare language falls back to Mexico). */
const marketOf = (locale: string | null | undefined) => (locale?.includes("-") ? locale : "es-MX");

function GenerateForm({ locale }: { locale: string | null | undefined }) {
  const t = useT();
  const { post } = useFetchClient();
  const context = useContentManagerContext();
  // The hook types its form as unknown; onChange(name, value) is the edit form's documented setter.
  const form = context.form as { onChange(name: string, value: unknown): void };
  const textFields = Object.entries(context.contentType?.attributes ?? {})
    .filter(([, attribute]) => attribute.type === "string" || attribute.type === "text")
    .map(([name]) => name);
  const [prompt, setPrompt] = useState("");
  const [contentType, setContentType] = useState("product_description");
  const [field, setField] = useState(textFields[0] ?? "");
  const [result, setResult] = useState<{ content: string; score: number } | null>(null);
  const [error, setError] = useState("");

  const generate = async () => {
    setError("");
    try {
      const { data } = await post<{ content: string; performance_score: number }>("/frontier/generate", {
        prompt,
        content_type: contentType,
        target_country: marketOf(locale),
        length: "short",
      });
      setResult({ content: data.content, score: data.performance_score });
    } catch (failure) {
      setError(t("error", { message: messageOf(failure) }));
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Textarea
        aria-label={t("generate.prompt")}
        placeholder={t("generate.prompt")}
        value={prompt}
        onChange={(event: { target: { value: string } }) => setPrompt(event.target.value)}
      />
      <SingleSelect
        aria-label={t("generate.type")}
        value={contentType}
        onChange={(v: string | number) => setContentType(String(v))}
      >
        {CONTENT_TYPES.map((type) => (
          <SingleSelectOption key={type} value={type}>
            {type}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Button onClick={generate} disabled={prompt.trim() === ""}>
        {t("generate.submit")}
      </Button>
      {error ? <Typography textColor="danger600">{error}</Typography> : null}
      {result ? (
        <Box>
          <Typography variant="pi">{t("generate.score", { score: result.score })}</Typography>
          <Typography tag="p">{result.content}</Typography>
          <SingleSelect
            aria-label={t("generate.field")}
            value={field}
            onChange={(v: string | number) => setField(String(v))}
          >
            {textFields.map((name) => (
              <SingleSelectOption key={name} value={name}>
                {name}
              </SingleSelectOption>
            ))}
          </SingleSelect>
          <Button variant="secondary" disabled={field === ""} onClick={() => form.onChange(field, result.content)}>
            {t("generate.insert")}
          </Button>
        </Box>
      ) : null}
    </Flex>
  );
}

/** Edit view side panel: generate copy for a text field of the open entry in its locale's market. */
export function GeneratePanel({ document }: { document?: { locale?: string | null } | null }) {
  const t = useT();
  return { title: t("generate.title"), content: <GenerateForm locale={document?.locale} /> };
}
GeneratePanel.type = "frontier-generate";
