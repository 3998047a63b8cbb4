import apiFetch from "@wordpress/api-fetch";
import { store as blockEditorStore, useBlockProps } from "@wordpress/block-editor";
import {
  Button,
  Notice,
  Placeholder,
  SelectControl,
  Spinner,
  TextareaControl,
  TextControl,
} from "@wordpress/components";
import { useDispatch, useSelect } from "@wordpress/data";
import { useState } from "@wordpress/element";
import { __, sprintf } from "@wordpress/i18n";
import { marketOptions } from "../markets.js";
import { copyToBlocks } from "./to-blocks.js";

function contentTypeOptions() {
  return [
    { value: "blog_intro", label: __("Blog introduction", "frontier") },
    { value: "product_description", label: __("Product description", "frontier") },
    { value: "social_post", label: __("Social post", "frontier") },
    { value: "email_subject", label: __("E-mail subject", "frontier") },
    { value: "email_body", label: __("E-mail body", "frontier") },
    { value: "ad_headline", label: __("Ad headline", "frontier") },
    { value: "sms", label: __("SMS", "frontier") },
  ];
}

function toneOptions() {
  return [
    { value: "friendly", label: __("Friendly", "frontier") },
    { value: "professional", label: __("Professional", "frontier") },
    { value: "enthusiastic", label: __("Enthusiastic", "frontier") },
    { value: "premium", label: __("Premium", "frontier") },
    { value: "urgent", label: __("Urgent", "frontier") },
  ];
}

function lengthOptions() {
  return [
    { value: "short", label: __("Short", "frontier") },
    { value: "medium", label: __("Medium", "frontier") },
    { value: "long", label: __("Long", "frontier") },
  ];
}

function Adaptations({ adaptations }) {
  if (!Array.isArray(adaptations) || adaptations.length === 0) {
    return <p>{__("No cultural adaptations were needed.", "frontier")}</p>;
  }
  return (
    <ul className="frontier-copy__adaptations">
      {adaptations.map((adaptation) => (
        <li key={`${adaptation.from}→${adaptation.to}`}>
          {sprintf(
            /* translators: 1: original wording, 2: adapted wording, 3: why. */
            __("%1$s → %2$s (%3$s)", "frontier"),
            adaptation.from,
            adaptation.to,
            adaptation.reason,
          )}
        </li>
      ))}
    </ul>
  );
}

export default function Edit({ attributes, setAttributes, clientId }) {
  const { prompt, market, contentType, industry, tone, length } = attributes;
  const [state, setState] = useState({ status: "idle" });
  const { insertBlocks, replaceBlocks } = useDispatch(blockEditorStore);
  const { index, rootClientId } = useSelect(
    (select) => ({
      index: select(blockEditorStore).getBlockIndex(clientId),
      rootClientId: select(blockEditorStore).getBlockRootClientId(clientId),
    }),
    [clientId],
  );

  const generate = async () => {
    setState({ status: "loading" });
    try {
      const result = await apiFetch({
        path: "/frontier/v1/generate",
        method: "POST",
        data: { prompt, market, content_type: contentType, industry, tone, length },
      });
      setState({ status: "done", result });
    } catch (error) {
      setState({ status: "error", message: error?.message ?? __("Generation failed.", "frontier") });
    }
  };

  const result = state.status === "done" ? state.result : null;

  return (
    <div {...useBlockProps()}>
      <Placeholder icon="translation" label={__("Frontier copy", "frontier")}>
        <div style={{ width: "100%" }}>
          <TextareaControl
            __nextHasNoMarginBottom
            label={__("What is the copy about?", "frontier")}
            value={prompt}
            onChange={(value) => setAttributes({ prompt: value })}
          />
          <SelectControl
            __nextHasNoMarginBottom
            label={__("Market", "frontier")}
            value={market}
            options={marketOptions()}
            onChange={(value) => setAttributes({ market: value })}
          />
          <SelectControl
            __nextHasNoMarginBottom
            label={__("Content type", "frontier")}
            value={contentType}
            options={contentTypeOptions()}
            onChange={(value) => setAttributes({ contentType: value })}
          />
          <TextControl
            __nextHasNoMarginBottom
            label={__("Industry", "frontier")}
            value={industry}
            onChange={(value) => setAttributes({ industry: value })}
          />
          <SelectControl
            __nextHasNoMarginBottom
            label={__("Tone", "frontier")}
            value={tone}
            options={toneOptions()}
            onChange={(value) => setAttributes({ tone: value })}
          />
          <SelectControl
            __nextHasNoMarginBottom
            label={__("Length", "frontier")}
            value={length}
            options={lengthOptions()}
            onChange={(value) => setAttributes({ length: value })}
          />
          <div className="frontier-copy__actions">
            <Button
              variant="primary"
              onClick={generate}
              disabled={prompt.trim() === "" || state.status === "loading"}
              isBusy={state.status === "loading"}
            >
              {__("Generate", "frontier")}
            </Button>
            {state.status === "loading" && <Spinner />}
          </div>
          {state.status === "error" && (
            <Notice status="error" isDismissible={false}>
              {state.message}
            </Notice>
          )}
          {result && (
            <div className="frontier-copy__result">
              <p className="frontier-copy__score">
                {sprintf(
                  /* translators: %d: performance score from 0 to 100. */
                  __("Score: %d/100", "frontier"),
                  Math.round(Number(result.performance_score) || 0),
                )}
              </p>
              <p className="frontier-copy__preview">{result.content}</p>
              <h4>{__("Cultural adaptations", "frontier")}</h4>
              <Adaptations adaptations={result.cultural_adaptations} />
              <div className="frontier-copy__actions">
                <Button
                  variant="primary"
                  onClick={() => insertBlocks(copyToBlocks(result.content), index + 1, rootClientId)}
                >
                  {__("Insert below", "frontier")}
                </Button>
                <Button variant="secondary" onClick={() => replaceBlocks(clientId, copyToBlocks(result.content))}>
                  {__("Replace this block", "frontier")}
                </Button>
              </div>
            </div>
          )}
        </div>
      </Placeholder>
    </div>
  );
}
