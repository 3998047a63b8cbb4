import apiFetch from "@wordpress/api-fetch";
import { store as blockEditorStore } from "@wordpress/block-editor";
import { parse } from "@wordpress/blocks";
import { Button, CheckboxControl, ExternalLink, Modal, Notice, SelectControl } from "@wordpress/components";
import { useDispatch, useSelect } from "@wordpress/data";
import { store as editorStore, PluginDocumentSettingPanel } from "@wordpress/editor";
import { useState } from "@wordpress/element";
import { __, sprintf } from "@wordpress/i18n";
import { marketOptions } from "../markets.js";
import { textChanges } from "./text-changes.js";

const configuredSource = window.frontierEditor?.sourceLocale ?? "es-ES";

function draftLabel(draft) {
  const score = Math.round(Number(draft.score) || 0);
  return draft.status === "updated"
    ? sprintf(
        /* translators: 1: locale such as es-AR, 2: score from 0 to 100. */
        __("%1$s draft updated (score %2$d)", "frontier"),
        draft.locale,
        score,
      )
    : sprintf(
        /* translators: 1: locale such as es-AR, 2: score from 0 to 100. */
        __("%1$s draft (score %2$d)", "frontier"),
        draft.locale,
        score,
      );
}

function DraftList({ drafts }) {
  return (
    <ul className="frontier-localize__drafts">
      {drafts.map((draft) => (
        <li key={draft.locale} className={`frontier-localize__draft is-${draft.status ?? "created"}`}>
          {draft.status === "busy" && draft.message}
          {draft.status === "exists_published" && (
            <>
              {draft.post_status === "future"
                ? sprintf(
                    /* translators: %s: locale such as es-AR. */
                    __("The %s version is scheduled and was left as it is.", "frontier"),
                    draft.locale,
                  )
                : sprintf(
                    /* translators: %s: locale such as es-AR. */
                    __("The %s version is already published and was left as it is.", "frontier"),
                    draft.locale,
                  )}{" "}
              <ExternalLink href={draft.edit_link}>
                {__("Open it and use Preview and replace there", "frontier")}
              </ExternalLink>
            </>
          )}
          {(draft.status === "created" || draft.status === "updated" || draft.status === undefined) && (
            <ExternalLink href={draft.edit_link}>{draftLabel(draft)}</ExternalLink>
          )}
        </li>
      ))}
    </ul>
  );
}

function PreviewModal({ preview, onReplace, onClose }) {
  return (
    <Modal title={__("Preview the localized content", "frontier")} onRequestClose={onClose} size="large">
      <table className="widefat frontier-localize__diff">
        <thead>
          <tr>
            <th>{__("Before", "frontier")}</th>
            <th>{__("After", "frontier")}</th>
          </tr>
        </thead>
        <tbody>
          {preview.changes.map((change, index) => (
            <tr key={index}>
              <td>
                <del>{change.before}</del>
              </td>
              <td>
                <ins>{change.after}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.changes.length === 0 && <p>{__("Nothing changed.", "frontier")}</p>}
      <p>
        <Button variant="primary" onClick={onReplace}>
          {__("Replace content", "frontier")}
        </Button>{" "}
        <Button variant="tertiary" onClick={onClose}>
          {__("Cancel", "frontier")}
        </Button>
      </p>
    </Modal>
  );
}

export default function LocalizePanel() {
  const [sourceLocale, setSourceLocale] = useState(configuredSource);
  const [targets, setTargets] = useState([]);
  const [state, setState] = useState({ status: "idle" });
  const { postId, isDirty, blocks, content } = useSelect((select) => ({
    postId: select(editorStore).getCurrentPostId(),
    isDirty: select(editorStore).isEditedPostDirty(),
    blocks: select(blockEditorStore).getBlocks(),
    content: select(editorStore).getEditedPostContent(),
  }));
  const { savePost } = useDispatch(editorStore);
  const { resetBlocks } = useDispatch(blockEditorStore);

  const toggle = (locale, checked) =>
    setTargets((current) => (checked ? [...current, locale] : current.filter((value) => value !== locale)));

  const fail = (error) =>
    setState({ status: "error", message: error?.message ?? __("Localization failed.", "frontier") });

  const createDrafts = async () => {
    setState({ status: "busy" });
    try {
      if (isDirty) await savePost();
      const answer = await apiFetch({
        path: "/frontier/v1/drafts",
        method: "POST",
        data: { post_id: postId, source_locale: sourceLocale, target_locales: targets },
      });
      setState({ status: "drafts", drafts: answer.drafts });
    } catch (error) {
      fail(error);
    }
  };

  const preview = async () => {
    setState({ status: "busy" });
    try {
      const answer = await apiFetch({
        path: "/frontier/v1/localize",
        method: "POST",
        data: { content, format: "gutenberg", source_locale: sourceLocale, target_locales: targets.slice(0, 1) },
      });
      const localized = answer.results[0];
      const localizedBlocks = parse(localized.content);
      setState({
        status: "preview",
        preview: { blocks: localizedBlocks, changes: textChanges(blocks, localizedBlocks) },
      });
    } catch (error) {
      fail(error);
    }
  };

  const busy = state.status === "busy";
  return (
    <PluginDocumentSettingPanel name="frontier-localize" title={__("Localize for market", "frontier")}>
      <SelectControl
        __nextHasNoMarginBottom
        label={__("From", "frontier")}
        value={sourceLocale}
        options={marketOptions()}
        onChange={setSourceLocale}
      />
      <fieldset>
        <legend>{__("To", "frontier")}</legend>
        {marketOptions()
          .filter((option) => option.value !== sourceLocale)
          .map((option) => (
            <CheckboxControl
              __nextHasNoMarginBottom
              key={option.value}
              label={option.label}
              checked={targets.includes(option.value)}
              onChange={(checked) => toggle(option.value, checked)}
            />
          ))}
      </fieldset>
      <p>
        <Button variant="primary" onClick={createDrafts} disabled={busy || targets.length === 0} isBusy={busy}>
          {__("Create drafts", "frontier")}
        </Button>{" "}
        <Button variant="secondary" onClick={preview} disabled={busy || targets.length !== 1}>
          {__("Preview and replace", "frontier")}
        </Button>
      </p>
      {state.status === "error" && (
        <Notice status="error" isDismissible={false}>
          {state.message}
        </Notice>
      )}
      {state.status === "drafts" && <DraftList drafts={state.drafts} />}
      {state.status === "preview" && (
        <PreviewModal
          preview={state.preview}
          onClose={() => setState({ status: "idle" })}
          onReplace={() => {
            resetBlocks(state.preview.blocks);
            setState({ status: "idle" });
          }}
        />
      )}
    </PluginDocumentSettingPanel>
  );
}
