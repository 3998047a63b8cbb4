import { Earth } from "@strapi/icons";
import { useFetchClient } from "@strapi/strapi/admin";
import { messageOf, useT } from "../i18n.ts";
import { LocaleForm } from "./LocaleForm.tsx";

interface EditViewProps {
  model: string;
  documentId?: string;
  document?: { locale?: string | null } | null;
}

/** The "Localize with Frontier" document action of the content manager's edit view. */
export function LocalizeAction({ model, documentId, document }: EditViewProps) {
  const t = useT();
  const { post } = useFetchClient();
  const sourceLocale = document?.locale;
  if (!documentId || !sourceLocale) return null;

  const localize = async (targetLocales: string[]) => {
    try {
      await post("/frontier/localize", { uid: model, documentId, sourceLocale, targetLocales });
      return t("localize.done", { locales: targetLocales.join(", ") });
    } catch (error) {
      return t("error", { message: messageOf(error) });
    }
  };

  return {
    label: t("action.localize"),
    icon: <Earth />,
    position: "panel",
    dialog: {
      type: "modal" as const,
      title: t("localize.title"),
      content: ({ onClose }: { onClose: () => void }) => (
        <LocaleForm sourceLocale={sourceLocale} onSubmit={localize} onClose={onClose} />
      ),
    },
  };
}
LocalizeAction.type = "frontier-localize";
