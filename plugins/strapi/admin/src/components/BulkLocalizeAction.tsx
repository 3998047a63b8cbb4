import { useFetchClient } from "@strapi/strapi/admin";
import { messageOf, useT } from "../i18n.ts";
import { LocaleForm } from "./LocaleForm.tsx";

interface ListViewProps {
  model: string;
  documents: { documentId: string; locale?: string | null }[];
}

interface Job {
  id: string;
  status: "running" | "done" | "failed";
  total: number;
  done: number;
  errors: { documentId: string; locale?: string; message: string }[];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Bulk action of the list view: queues the selected entries as one Frontier server job (the plugin follows it and
 * writes each entry as its results come in) and polls the plugin for the run's progress.
 */
export function BulkLocalizeAction({ model, documents }: ListViewProps) {
  const t = useT();
  const { post, get } = useFetchClient();
  const sourceLocale = documents[0]?.locale;
  if (!sourceLocale || documents.length === 0) return null;

  const localize = async (targetLocales: string[]) => {
    try {
      const documentIds = documents.map((d) => d.documentId);
      let { data: job } = await post<Job>("/frontier/bulk-localize", {
        uid: model,
        documentIds,
        sourceLocale,
        targetLocales,
      });
      while (job.status === "running") {
        await pause(500);
        job = (await get<Job>(`/frontier/jobs/${job.id}`)).data;
      }
      // An entry with a failed locale is reported, not counted as localized.
      const failed = new Set(job.errors.map((e) => e.documentId)).size;
      const done = t("localize.progress", { done: job.done - failed, total: job.total });
      const problems = job.errors.map((e) => `${e.documentId}${e.locale ? ` (${e.locale})` : ""}: ${e.message}`);
      return problems.length > 0 ? `${done} — ${problems.join("; ")}` : done;
    } catch (error) {
      return t("error", { message: messageOf(error) });
    }
  };

  return {
    label: t("action.bulk"),
    dialog: {
      type: "modal" as const,
      title: t("localize.title"),
      content: ({ onClose }: { onClose: () => void }) => (
        <LocaleForm sourceLocale={sourceLocale} onSubmit={localize} onClose={onClose} />
      ),
    },
  };
}
BulkLocalizeAction.type = "frontier-bulk-localize";
