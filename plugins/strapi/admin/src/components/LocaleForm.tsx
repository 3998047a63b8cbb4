import { Box, Button, Checkbox, Flex, Typography } from "@strapi/design-system";
import { useFetchClient } from "@strapi/strapi/admin";
import { useEffect, useState } from "react";
import { type Locale, useT } from "../i18n.ts";

interface Props {
  sourceLocale: string;
  /** Runs the localization into the chosen locales; resolves to a line to show. */
  onSubmit: (targets: string[]) => Promise<string>;
  onClose: () => void;
}

/** Picks target locales (those configured in i18n, minus the source) and runs the localization. */
export function LocaleForm({ sourceLocale, onSubmit, onClose }: Props) {
  const t = useT();
  const { get } = useFetchClient();
  const [locales, setLocales] = useState<Locale[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [status, setStatus] = useState<{ busy: boolean; message: string }>({ busy: false, message: "" });

  useEffect(() => {
    get("/i18n/locales").then(({ data }) => {
      const list = (Array.isArray(data) ? data : []) as Locale[];
      setLocales(list.filter((locale) => locale.code !== sourceLocale));
    });
  }, [get, sourceLocale]);

  const toggle = (code: string, on: boolean) =>
    setChosen((current) => (on ? [...current, code] : current.filter((c) => c !== code)));

  const run = async () => {
    setStatus({ busy: true, message: "" });
    setStatus({ busy: false, message: await onSubmit(chosen) });
  };

  return (
    <Box padding={4}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="omega">{t("localize.source", { locale: sourceLocale })}</Typography>
        <Typography variant="sigma">{t("localize.targets")}</Typography>
        {locales.length === 0 ? <Typography>{t("localize.noLocales")}</Typography> : null}
        {locales.map((locale) => (
          <Checkbox
            key={locale.code}
            name={`frontier-target-${locale.code}`}
            checked={chosen.includes(locale.code)}
            onCheckedChange={(on: boolean | "indeterminate") => toggle(locale.code, on === true)}
          >
            {`${locale.name} (${locale.code})`}
          </Checkbox>
        ))}
        {status.message ? (
          <Typography role="status" data-testid="frontier-status">
            {status.message}
          </Typography>
        ) : null}
        <Flex gap={2} justifyContent="flex-end">
          <Button variant="tertiary" onClick={onClose}>
            {t("localize.cancel")}
          </Button>
          <Button onClick={run} loading={status.busy} disabled={chosen.length === 0}>
            {t("localize.submit")}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
}
