((blocks, element, blockEditor) => {
  var el = element.createElement;
  function body(props, wrapperProps) {
    return el(
      "figure",
      wrapperProps,
      el("blockquote", null, props.attributes.text),
      el("figcaption", null, props.attributes.citation),
    );
  }
  blocks.registerBlockType("frontier-fixture/testimonial", {
    apiVersion: 3,
    title: "Testimonial (fixture)",
    category: "text",
    attributes: {
      text: { type: "string", default: "" },
      citation: { type: "string", default: "" },
      rating: { type: "number", default: 5 },
    },
    edit: (props) => body(props, blockEditor.useBlockProps()),
    save: (props) => body(props, blockEditor.useBlockProps.save()),
  });
})(window.wp.blocks, window.wp.element, window.wp.blockEditor);
