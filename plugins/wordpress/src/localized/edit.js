import { InspectorControls, RichText, useBlockProps } from "@wordpress/block-editor";
import { PanelBody, TextControl } from "@wordpress/components";
import { __ } from "@wordpress/i18n";

export default function Edit({ attributes, setAttributes }) {
  const { contentId, locale, fallback } = attributes;
  return (
    <>
      <InspectorControls>
        <PanelBody title={__("Frontier content", "frontier")}>
          <TextControl
            __nextHasNoMarginBottom
            label={__("Content ID", "frontier")}
            value={contentId}
            onChange={(value) => setAttributes({ contentId: value })}
          />
          <TextControl
            __nextHasNoMarginBottom
            label={__("Market (empty: the visitor's)", "frontier")}
            value={locale}
            onChange={(value) => setAttributes({ locale: value })}
          />
        </PanelBody>
      </InspectorControls>
      <div {...useBlockProps()}>
        <RichText
          tagName="p"
          value={fallback}
          onChange={(value) => setAttributes({ fallback: value })}
          placeholder={__("Fallback text shown until the localized copy loads…", "frontier")}
        />
      </div>
    </>
  );
}
