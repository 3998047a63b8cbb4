import {
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Toggle,
  Typography,
} from "@strapi/design-system";
import { Layouts, Page, useFetchClient, useNotification } from "@strapi/strapi/admin";
import { useEffect, useState } from "react";
import { type Locale, messageOf, useT } from "../i18n.ts";

type Mode = "localize" | "copy" | "ignore";
interface Settings {
  serverUrl: string;
  hasSecretKey: boolean;
  autoLocalize: { enabled: boolean; targetLocales: string[] };
  contentTypes: Record<string, Record<string, Mode>>;
}
interface PlannedType {
  uid: string;
  fields: { name: string; type: string; mode: Mode; modes: Mode[] }[];
}

/** Settings › Frontier: server, secret key (write-only), auto-localize and the field plan per content type. */
export function SettingsPage() {
  const t = useT();
  const { get, put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [types, setTypes] = useState<PlannedType[]>([]);
  const [locales, setLocales] = useState<Locale[]>([]);
  const [secretKey, setSecretKey] = useState("");

  useEffect(() => {
    get<Settings>("/frontier/settings").then(({ data }) => setSettings(data));
    get<PlannedType[]>("/frontier/content-types").then(({ data }) => setTypes(data));
    get<Locale[]>("/i18n/locales").then(({ data }) => setLocales(data));
  }, [get]);

  if (!settings) return <Page.Loading />;

  const setMode = (uid: string, field: string, mode: Mode) =>
    setSettings({
      ...settings,
      contentTypes: { ...settings.contentTypes, [uid]: { ...settings.contentTypes[uid], [field]: mode } },
    });
  const auto = settings.autoLocalize;

  const save = async () => {
    try {
      const { data } = await put<Settings>("/frontier/settings", { ...settings, ...(secretKey ? { secretKey } : {}) });
      setSettings(data);
      setSecretKey("");
      toggleNotification({ type: "success", message: t("settings.saved") });
    } catch (error) {
      toggleNotification({ type: "danger", message: t("error", { message: messageOf(error) }) });
    }
  };

  return (
    <Layouts.Root>
      <Layouts.Header
        title={t("settings.title")}
        primaryAction={<Button onClick={save}>{t("settings.save")}</Button>}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Field.Root name="serverUrl">
            <Field.Label>{t("settings.serverUrl")}</Field.Label>
            <TextInput
              value={settings.serverUrl}
              onChange={(e: { target: { value: string } }) => setSettings({ ...settings, serverUrl: e.target.value })}
            />
          </Field.Root>
          <Field.Root name="secretKey" hint={settings.hasSecretKey ? t("settings.secretKey.set") : undefined}>
            <Field.Label>{t("settings.secretKey")}</Field.Label>
            <TextInput
              type="password"
              autoComplete="off"
              value={secretKey}
              onChange={(e: { target: { value: string } }) => setSecretKey(e.target.value)}
            />
            <Field.Hint />
          </Field.Root>
          <Field.Root name="autoLocalize">
            <Field.Label>{t("settings.auto")}</Field.Label>
            <Toggle
              checked={auto.enabled}
              onLabel="On"
              offLabel="Off"
              onChange={() => setSettings({ ...settings, autoLocalize: { ...auto, enabled: !auto.enabled } })}
            />
          </Field.Root>
          <Typography variant="sigma">{t("settings.autoTargets")}</Typography>
          <Flex gap={2} wrap="wrap">
            {locales.map((locale) => {
              const on = auto.targetLocales.includes(locale.code);
              const targetLocales = on
                ? auto.targetLocales.filter((c) => c !== locale.code)
                : [...auto.targetLocales, locale.code];
              return (
                <Button
                  key={locale.code}
                  variant={on ? "default" : "tertiary"}
                  onClick={() => setSettings({ ...settings, autoLocalize: { ...auto, targetLocales } })}
                >
                  {locale.code}
                </Button>
              );
            })}
          </Flex>
          <Typography variant="beta">{t("settings.fields")}</Typography>
          {types.map((type) => (
            <Box key={type.uid} padding={4} background="neutral0" hasRadius>
              <Typography variant="delta">{type.uid}</Typography>
              {type.fields.map((field) => (
                <Flex key={field.name} gap={4} paddingTop={2}>
                  <Box width="240px">
                    <Typography>{`${field.name} (${field.type})`}</Typography>
                  </Box>
                  <SingleSelect
                    aria-label={field.name}
                    disabled={field.modes.length < 2}
                    value={settings.contentTypes[type.uid]?.[field.name] ?? field.mode}
                    onChange={(value: string | number) => setMode(type.uid, field.name, String(value) as Mode)}
                  >
                    {field.modes.map((mode) => (
                      <SingleSelectOption key={mode} value={mode}>
                        {t(`settings.mode.${mode}`)}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Flex>
              ))}
            </Box>
          ))}
        </Flex>
      </Layouts.Content>
    </Layouts.Root>
  );
}

export default SettingsPage;
